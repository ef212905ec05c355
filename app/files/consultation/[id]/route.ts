import { getPublishedConsultationAttachment } from "@/lib/consultations/public";
import { readUpload } from "@/lib/files/uploads";

// An attachment of a published consultation (the draft as PDF or Word), as app/files/[id] serves articles'.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const attachment = /^[1-9]\d{0,9}$/.test(id) ? await getPublishedConsultationAttachment(Number(id)) : null;
  const bytes = attachment ? await readUpload(attachment.storageKey) : null;
  if (!attachment || !bytes) return new Response("未找到该附件", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": attachment.mimeType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=300",
    },
  });
}
