import { requireStaffPermission } from "@/lib/auth/current";
import { exportOpinionsCsv } from "@/lib/consultations/staff";
import { requestClientAddress } from "@/lib/http/request";

// A consultation's opinions as CSV (never ID numbers); every export is audited.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireStaffPermission("manage:consultation:any", "/admin/consultations");
  const csv = /^[1-9]\d{0,8}$/.test(id) ? await exportOpinionsCsv(user, Number(id), await requestClientAddress()) : null;
  if (csv === null) return new Response("未找到该征集项目", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="consultation-${id}-opinions.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
