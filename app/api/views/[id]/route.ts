import { countView } from "@/lib/content/views";
import { requestClientAddress } from "@/lib/http/request";

// A transparent 1x1 GIF requested by each article page; it adds one to the article's view
// count through an in-memory batch (lib/content/views.ts: once per client and article in a
// window, published articles only).
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (/^[1-9]\d{0,9}$/.test(id)) countView(Number(id), (await requestClientAddress()) ?? "unknown");
  return new Response(PIXEL, {
    headers: { "Content-Type": "image/gif", "Cache-Control": "no-store", "Content-Length": String(PIXEL.length) },
  });
}
