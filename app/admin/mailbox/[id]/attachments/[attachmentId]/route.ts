import { requestClientAddress } from "@/lib/http/request";
import { requireStaffPermission } from "@/lib/auth/current";
import { fileDownload, fileNotFound } from "@/lib/http/download";
import { readLetterAttachment } from "@/lib/mailbox/staff";

// A letter's attachment for staff: only a letter in the reader's scope; every download is
// audited (letter.attachment_download). Never cached: it is personal data.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  const actor = await requireStaffPermission("handle:letter:department", `/admin/mailbox/${/^\d+$/.test(id) ? id : ""}`);
  const valid = /^\d{1,9}$/.test(id) && /^\d{1,9}$/.test(attachmentId);
  const file = valid ? await readLetterAttachment(actor, Number(id), Number(attachmentId), await requestClientAddress()) : null;
  return file ? fileDownload(file, "private, no-store") : fileNotFound();
}
