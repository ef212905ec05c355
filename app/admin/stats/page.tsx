import type { Metadata } from "next";
import { BarChart, DailyChart } from "@/components/admin/charts";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { requireStaffPermission } from "@/lib/auth/current";
import { env } from "@/lib/env";
import { averageDwell, percent, valueLabel } from "@/lib/stats/labels";
import { parseRange } from "@/lib/stats/range";
import { shareOf, trafficReport, type Breakdown } from "@/lib/stats/report";
import { FilterForm, FilterInput } from "@/components/admin/FilterForm";

export const metadata: Metadata = { title: "流量统计" };

const BREAKDOWNS: { breakdown: Breakdown; title: string; dwell?: boolean }[] = [
  { breakdown: "path", title: "热门页面", dwell: true },
  { breakdown: "entry", title: "入口页面" },
  { breakdown: "referrer", title: "来源网站" },
  { breakdown: "browser", title: "浏览器" },
  { breakdown: "browserVersion", title: "浏览器版本" },
  { breakdown: "os", title: "操作系统" },
  { breakdown: "osVersion", title: "操作系统版本" },
  { breakdown: "device", title: "设备类型" },
  { breakdown: "ip", title: "IPv4 / IPv6" },
  { breakdown: "mode", title: "标准版 / 长者版" },
];

export default async function StatsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireStaffPermission("read:stats:any", "/admin/stats");
  const parsed = parseRange(await searchParams);
  const report = parsed.ok ? await trafficReport(user, parsed.range) : null;
  const values = parsed.values;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">流量统计</h1>
      <p className="mb-4">
        统计公开页面的浏览情况（不含网络爬虫），不保存 IP 地址；访客按每天轮换的匿名标识去重。原始访问记录保存 {env().STATS_RAW_RETENTION_DAYS} 天，每日汇总长期保存；今天的数据实时计算。
      </p>
      <ErrorSummary errors={parsed.ok ? [] : parsed.errors} />
      <FilterForm action="/admin/stats" submitLabel="查询" className="mb-4">
        <FilterInput id="from" label="开始日期" type="date" value={values.from} invalid={!parsed.ok && parsed.errors.some((error) => error.field === "from")} />
        <FilterInput id="to" label="结束日期" type="date" value={values.to} invalid={!parsed.ok && parsed.errors.some((error) => error.field === "to")} />
      </FilterForm>
      {report ? (
        <>
          <p className="mb-6">
            <a href={`/admin/stats/export?${new URLSearchParams({ from: report.range.from, to: report.range.to }).toString()}`} className="font-semibold" download>
              导出 CSV（{report.range.from} 至 {report.range.to}）
            </a>
          </p>
          <section aria-labelledby="summary" className="mb-8">
            <h2 id="summary" className="mb-3 text-xl font-bold">
              {report.range.from} 至 {report.range.to} 概况
            </h2>
            <dl className="grid grid-cols-2 gap-4 md:grid-cols-5" data-testid="stats-summary">
              {[
                ["浏览量", String(report.views), "views"],
                ["访客数（每日去重后合计）", String(report.visitors), "visitors"],
                ["IPv6 访问占比", percent(shareOf(report, "ip", "6")), "ipv6"],
                ["长者版访问占比", percent(shareOf(report, "mode", "elder")), "elder"],
                ["网络爬虫访问（未计入）", String(report.bots), "bots"],
              ].map(([label, value, key]) => (
                <div key={key} className="rounded border-2 border-line bg-white p-3" data-stat={key}>
                  <dt>{label}</dt>
                  <dd className="text-2xl font-bold">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <DailyChart id="daily" days={report.daily} />
          {BREAKDOWNS.map(({ breakdown, title, dwell }) => (
            <BarChart
              key={breakdown}
              id={`by-${breakdown}`}
              title={title}
              valueLabel="浏览量"
              columns={dwell ? ["访客数", "平均停留时间（每位访客）"] : ["访客数"]}
              rows={report.breakdowns[breakdown].map((row) => ({
                label: valueLabel(breakdown, row.value),
                value: row.views,
                cells: dwell ? [row.visitors, averageDwell(row)] : [row.visitors],
              }))}
            />
          ))}
        </>
      ) : null}
    </>
  );
}
