import { readPublishedAttachment } from "@/lib/content/files";
import { fileDownload, fileNotFound } from "@/lib/http/download";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const file = /^[1-9]\d{0,9}$/.test(id) ? await readPublishedAttachment(Number(id)) : null;
  return file ? fileDownload(file, "public, max-age=300") : fileNotFound();
}
