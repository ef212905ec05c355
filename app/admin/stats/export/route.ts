import { csvDownload } from "@/lib/http/download";
import { requestClientAddress } from "@/lib/http/request";
import { requireStaffPermission } from "@/lib/auth/current";
import { parseRange } from "@/lib/stats/range";
import { exportTrafficCsv } from "@/lib/stats/report";

// The daily totals of a date range as CSV (/admin/stats links here); every export is audited.
export async function GET(request: Request) {
  const user = await requireStaffPermission("read:stats:any", "/admin/stats");
  const parsed = parseRange(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.ok) {
    return new Response(parsed.errors.map((error) => error.message).join("\n"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const csv = await exportTrafficCsv(user, parsed.range, await requestClientAddress());
  const { from, to } = parsed.range;
  return csvDownload(csv, `traffic-${from}-${to}.csv`);
}
