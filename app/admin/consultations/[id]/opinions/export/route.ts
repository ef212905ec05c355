import { requireStaffPermission } from "@/lib/auth/current";
import { exportOpinionsCsv } from "@/lib/consultations/staff";
import { csvDownload, fileNotFound } from "@/lib/http/download";
import { requestClientAddress } from "@/lib/http/request";

// A consultation's opinions as CSV (never ID numbers); every export is audited.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireStaffPermission("manage:consultation:any", "/admin/consultations");
  const csv = /^[1-9]\d{0,8}$/.test(id) ? await exportOpinionsCsv(user, Number(id), await requestClientAddress()) : null;
  return csv === null ? fileNotFound("未找到该征集项目") : csvDownload(csv, `consultation-${id}-opinions.csv`);
}
