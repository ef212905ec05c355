import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/admin/DataTable";
import { FilterForm, FilterSelect } from "@/components/admin/FilterForm";
import { requireStaffPermission } from "@/lib/auth/current";
import { REPORT_FIRST_YEAR, reportYear, yearReport } from "@/lib/ysq/report";

export const metadata: Metadata = { title: "依申请公开年度统计" };

// A year's figures for the 政府信息公开工作年度报告, and their CSV export.
export default async function AdminYsqReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPermission("handle:inforequest:any", "/admin/ysq/report");
  const year = reportYear((await searchParams).year);
  const report = await yearReport(year);
  const current = reportYear(undefined);
  const years = Array.from({ length: current - REPORT_FIRST_YEAR + 1 }, (_, index) => current - index);
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/ysq">返回申请列表</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">依申请公开年度统计（{year} 年）</h1>
      <FilterForm action="/admin/ysq/report">
        <FilterSelect id="year" label="年度" value={String(year)} options={years.map((value) => [value, `${value} 年`] as const)} />
      </FilterForm>
      <p className="mb-4">
        <a href={`/admin/ysq/report/export?year=${year}`} className="font-semibold underline" download>
          导出 CSV
        </a>
      </p>
      <DataTable caption={`${year} 年依申请公开情况`} columns={["项目", "分类", "数量"]}>
        <tr className="border-b border-line">
          <td className="p-2">收到申请</td>
          <td className="p-2">合计</td>
          <td className="p-2" data-testid="report-received">{report.received}</td>
        </tr>
        {report.byChannel.map((row) => (
          <tr key={row.channel} className="border-b border-line">
            <td className="p-2">收到申请</td>
            <td className="p-2">{row.label}</td>
            <td className="p-2">{row.count}</td>
          </tr>
        ))}
        <tr className="border-b border-line">
          <td className="p-2">答复</td>
          <td className="p-2">合计</td>
          <td className="p-2">{report.replied}</td>
        </tr>
        {report.byOutcome.map((row) => (
          <tr key={row.outcome} className="border-b border-line">
            <td className="p-2">答复</td>
            <td className="p-2">{row.label}</td>
            <td className="p-2">{row.count}</td>
          </tr>
        ))}
        {(
          [
            ["延期答复", report.extended],
            ["逾期答复", report.repliedLate],
            ["逾期未答复", report.openOverdue],
            ["年末未办结", report.pending],
          ] as const
        ).map(([name, count]) => (
          <tr key={name} className="border-b border-line">
            <td className="p-2">{name}</td>
            <td className="p-2">合计</td>
            <td className="p-2">{count}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
