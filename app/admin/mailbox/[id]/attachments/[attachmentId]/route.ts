import { requestClientAddress } from "@/lib/http/request";
import { requireStaffPermission } from "@/lib/auth/current";
import { readLetterAttachment } from "@/lib/mailbox/staff";

// A letter's attachment for staff: only a letter in the reader's scope; every download is
// audited (letter.attachment_download). Never cached: it is personal data.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  const actor = await requireStaffPermission("handle:letter:department", `/admin/mailbox/${/^\d+$/.test(id) ? id : ""}`);
  const valid = /^\d{1,9}$/.test(id) && /^\d{1,9}$/.test(attachmentId);
  const file = valid ? await readLetterAttachment(actor, Number(id), Number(attachmentId), await requestClientAddress()) : null;
  if (!file) return new Response("未找到该附件", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
