import { requireStaffPermission } from "@/lib/auth/current";
import { fileDownload, fileNotFound } from "@/lib/http/download";
import { requestClientAddress } from "@/lib/http/request";
import { readReplyFileForStaff } from "@/lib/ysq/files";

// A reply file for staff; every download is audited (inforequest.attachment_download).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  const actor = await requireStaffPermission("handle:inforequest:any", `/admin/ysq/${/^\d+$/.test(id) ? id : ""}`);
  const valid = /^\d{1,9}$/.test(id) && /^\d{1,9}$/.test(attachmentId);
  const file = valid ? await readReplyFileForStaff(actor, Number(id), Number(attachmentId), await requestClientAddress()) : null;
  return file ? fileDownload(file, "private, no-store") : fileNotFound();
}
