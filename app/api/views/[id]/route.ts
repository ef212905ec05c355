import { countView } from "@/lib/content/views";

// A transparent 1x1 GIF requested by each article page; it adds one to the article's view
// count through an in-memory batch (lib/content/views.ts).
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (/^[1-9]\d{0,9}$/.test(id)) countView(Number(id));
  return new Response(PIXEL, {
    headers: { "Content-Type": "image/gif", "Cache-Control": "no-store", "Content-Length": String(PIXEL.length) },
  });
}
