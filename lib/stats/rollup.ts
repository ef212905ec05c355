import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { addDays, dayOf, startOfDay } from "./days";

// Raw page views -> daily totals per dimension (TrafficDaily), then the raw rows older than
// STATS_RAW_RETENTION_DAYS are deleted. Rolling a day up again replaces its totals, so it
// is safe to repeat (npm run stats:rollup, and daily by the server: lib/stats/schedule.ts).

/** The breakdowns kept per day. "total" and everything but "agent" count people, not crawlers. */
export const DIMENSIONS = ["total", "agent", "path", "entry", "referrer", "browser", "browserVersion", "os", "osVersion", "device", "ip", "mode"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface TrafficRow {
  day: string;
  dimension: Dimension;
  value: string;
  views: number;
  visitors: number;
  dwellSeconds: number;
  dwellVisitors: number;
}

const rawColumns = {
  id: true,
  views: true,
  path: true,
  referrer: true,
  entry: true,
  browser: true,
  browserVersion: true,
  os: true,
  osVersion: true,
  device: true,
  ipVersion: true,
  elder: true,
  bot: true,
  visitorKey: true,
  dwellMs: true,
} as const;

type RawView = { views: number; path: string; referrer: string | null; entry: boolean; browser: string; browserVersion: string; os: string; osVersion: string; device: string; ipVersion: number; elder: boolean; bot: boolean };

function valuesOf(view: RawView): [Dimension, string][] {
  if (view.bot) return [["agent", "bot"]];
  const values: [Dimension, string][] = [
    ["total", ""],
    ["agent", "human"],
    ["path", view.path],
    ["browser", view.browser],
    ["browserVersion", `${view.browser} ${view.browserVersion}`.trim()],
    ["os", view.os],
    ["osVersion", `${view.os} ${view.osVersion}`.trim()],
    ["device", view.device],
    ["ip", String(view.ipVersion)],
    ["mode", view.elder ? "elder" : "std"],
  ];
  if (view.entry) values.push(["entry", view.path]);
  if (view.referrer) values.push(["referrer", view.referrer]);
  return values;
}

const PAGE = 5_000;

/** The day's totals computed from the raw rows (nothing is written). Always has a "total" row. */
export async function aggregateDay(day: string): Promise<TrafficRow[]> {
  const at = { gte: startOfDay(day), lt: startOfDay(addDays(day, 1)) };
  type Total = { dimension: Dimension; value: string; views: number; visitors: Set<string>; dwellMs: number; dwellVisitors: Set<string> };
  const empty = (dimension: Dimension, value: string): Total => ({ dimension, value, views: 0, visitors: new Set(), dwellMs: 0, dwellVisitors: new Set() });
  const totals = new Map<string, Total>([["total\t", empty("total", "")]]);
  let after = 0;
  for (;;) {
    const rows = await db.pageView.findMany({ where: { at, id: { gt: after } }, select: rawColumns, orderBy: { id: "asc" }, take: PAGE });
    for (const row of rows) {
      for (const [dimension, value] of valuesOf(row)) {
        const key = `${dimension}\t${value}`;
        let total = totals.get(key);
        if (!total) totals.set(key, (total = empty(dimension, value)));
        if (row.views > 0) {
          total.views += row.views;
          total.visitors.add(row.visitorKey);
        }
        if (row.dwellMs > 0) {
          total.dwellMs += row.dwellMs;
          total.dwellVisitors.add(row.visitorKey);
        }
      }
    }
    if (rows.length < PAGE) break;
    after = rows.at(-1)!.id;
  }
  return [...totals.values()].map((total) => ({
    day,
    dimension: total.dimension,
    value: total.value,
    views: total.views,
    visitors: total.visitors.size,
    dwellSeconds: Math.round(total.dwellMs / 1000),
    dwellVisitors: total.dwellVisitors.size,
  }));
}

/** Replaces the day's stored totals with ones computed from the raw rows. */
export async function rollupDay(day: string): Promise<TrafficRow[]> {
  const rows = await aggregateDay(day);
  await db.$transaction([db.trafficDaily.deleteMany({ where: { day } }), db.trafficDaily.createMany({ data: rows })]);
  return rows;
}

/**
 * Rolls up every finished day that has raw rows but no totals yet, and yesterday again (dwell
 * times arrive late), then deletes raw rows older than the retention period.
 */
export async function rollupTraffic(options: { now?: Date; retentionDays?: number } = {}): Promise<{ days: string[]; deleted: number }> {
  const now = options.now ?? new Date();
  const retentionDays = options.retentionDays ?? env().STATS_RAW_RETENTION_DAYS;
  const today = dayOf(now);
  const oldest = await db.pageView.findFirst({ where: { at: { lt: startOfDay(today) } }, orderBy: { at: "asc" }, select: { at: true } });
  const days: string[] = [];
  if (oldest) {
    const first = dayOf(oldest.at);
    const done = await db.trafficDaily.findMany({ where: { dimension: "total", day: { gte: first } }, select: { day: true } });
    const rolledUp = new Set(done.map((row) => row.day));
    const yesterday = addDays(today, -1);
    for (let day = first; day < today; day = addDays(day, 1)) {
      if (!rolledUp.has(day) || day === yesterday) days.push(day);
    }
  }
  for (const day of days) await rollupDay(day);
  const cutoff = startOfDay(addDays(today, -retentionDays));
  const { count } = await db.pageView.deleteMany({ where: { at: { lt: cutoff } } });
  return { days, deleted: count };
}
