import { db } from "@/lib/db/client";
import { csvDocument } from "@/lib/files/csv";
import { record } from "@/lib/audit/audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { dayOf, daysBetween, startOfDay } from "./days";
import type { DayRange } from "./range";
import { aggregateDay, type Dimension, type TrafficRow } from "./rollup";

// What /admin/stats shows and exports: the stored daily totals of the range, and for days
// not rolled up yet (today, or yesterday before the nightly run) totals computed from the
// raw page views. Only staff with read:stats:any.

export type Breakdown = Exclude<Dimension, "total" | "agent">;

export interface BreakdownRow {
  value: string;
  views: number;
  /** Sum of each day's unique visitors */
  visitors: number;
  /** Sum of the reported dwell times, and of each day's visitors who reported one */
  dwellSeconds: number;
  dwellVisitors: number;
}

export interface TrafficReport {
  range: DayRange;
  daily: { day: string; views: number; visitors: number }[];
  views: number;
  visitors: number;
  bots: number;
  breakdowns: Record<Breakdown, BreakdownRow[]>;
}

export class StatsAccessError extends Error {}

function assertCanRead(actor: Actor): void {
  if (!can(actor, "read:stats:any")) throw new StatsAccessError("read:stats:any required");
}

const rowColumns = { day: true, dimension: true, value: true, views: true, visitors: true, dwellSeconds: true, dwellVisitors: true } as const;

async function rowsOf(range: DayRange): Promise<TrafficRow[]> {
  const stored = (await db.trafficDaily.findMany({
    where: { day: { gte: range.from, lte: range.to } },
    select: rowColumns,
    orderBy: [{ day: "asc" }, { dimension: "asc" }, { value: "asc" }],
  })) as TrafficRow[];
  const rolledUp = new Set(stored.filter((row) => row.dimension === "total").map((row) => row.day));
  const today = dayOf(new Date());
  const last = range.to < today ? range.to : today;
  const oldestRaw = await db.pageView.findFirst({ where: { at: { gte: startOfDay(range.from) } }, orderBy: { at: "asc" }, select: { at: true } });
  if (!oldestRaw || range.from > last) return stored;
  const missing = daysBetween(dayOf(oldestRaw.at) > range.from ? dayOf(oldestRaw.at) : range.from, last).filter((day) => !rolledUp.has(day));
  const computed: TrafficRow[] = [];
  for (const day of missing) computed.push(...(await aggregateDay(day)));
  return [...stored, ...computed].sort((a, b) => a.day.localeCompare(b.day) || a.dimension.localeCompare(b.dimension) || a.value.localeCompare(b.value));
}

const BREAKDOWNS: Breakdown[] = ["path", "entry", "referrer", "browser", "browserVersion", "os", "osVersion", "device", "ip", "mode"];

export async function trafficReport(actor: Actor, range: DayRange): Promise<TrafficReport> {
  assertCanRead(actor);
  const rows = await rowsOf(range);
  const daily = new Map(daysBetween(range.from, range.to).map((day) => [day, { day, views: 0, visitors: 0 }]));
  const merged = new Map<string, BreakdownRow & { dimension: Dimension }>();
  let bots = 0;
  for (const row of rows) {
    if (row.dimension === "total") {
      const day = daily.get(row.day);
      if (day) Object.assign(day, { views: row.views, visitors: row.visitors });
    } else if (row.dimension === "agent") {
      if (row.value === "bot") bots += row.views;
    } else {
      const key = `${row.dimension}\t${row.value}`;
      const total = merged.get(key) ?? { dimension: row.dimension, value: row.value, views: 0, visitors: 0, dwellSeconds: 0, dwellVisitors: 0 };
      total.views += row.views;
      total.visitors += row.visitors;
      total.dwellSeconds += row.dwellSeconds;
      total.dwellVisitors += row.dwellVisitors;
      merged.set(key, total);
    }
  }
  const breakdowns = Object.fromEntries(BREAKDOWNS.map((dimension) => [dimension, [] as BreakdownRow[]])) as Record<Breakdown, BreakdownRow[]>;
  for (const { dimension, ...row } of merged.values()) breakdowns[dimension as Breakdown].push(row);
  for (const list of Object.values(breakdowns)) list.sort((a, b) => b.views - a.views || a.value.localeCompare(b.value));
  const days = [...daily.values()];
  return {
    range,
    daily: days,
    views: days.reduce((sum, day) => sum + day.views, 0),
    visitors: days.reduce((sum, day) => sum + day.visitors, 0),
    bots,
    breakdowns,
  };
}

/** The share (0..1) of the views whose value in the breakdown is `value`. */
export function shareOf(report: TrafficReport, breakdown: Breakdown, value: string): number {
  const views = report.breakdowns[breakdown].find((row) => row.value === value)?.views ?? 0;
  return report.views > 0 ? views / report.views : 0;
}

const CSV_HEADER = ["日期", "维度", "值", "浏览量", "访客数", "停留总秒数", "报告停留时间的访客数"];

/** Every daily total of the range as CSV (UTF-8 with BOM for spreadsheets); audited. */
export async function exportTrafficCsv(actor: Actor, range: DayRange, ip: string | null): Promise<string> {
  assertCanRead(actor);
  const rows = await rowsOf(range);
  await record({ actor, action: "stats.export", outcome: "success", targetType: "stats", targetId: `${range.from}..${range.to}`, ip });
  const lines = [CSV_HEADER, ...rows.map((row) => [row.day, row.dimension, row.value, row.views, row.visitors, row.dwellSeconds, row.dwellVisitors])];
  return csvDocument(lines);
}
