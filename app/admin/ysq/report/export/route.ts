import { csvDownload } from "@/lib/http/download";
import { requestClientAddress } from "@/lib/http/request";
import { requireStaffPermission } from "@/lib/auth/current";
import { exportYearReportCsv, reportYear } from "@/lib/ysq/report";

// A year's figures as CSV (/admin/ysq/report links here); every export is audited.
export async function GET(request: Request) {
  const user = await requireStaffPermission("handle:inforequest:any", "/admin/ysq/report");
  const year = reportYear(new URL(request.url).searchParams.get("year") ?? undefined);
  const csv = await exportYearReportCsv(user, year, await requestClientAddress());
  return csvDownload(csv, `ysq-report-${year}.csv`);
}
