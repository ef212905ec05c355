import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeStaff } from "@/test/staff";
import { addDays, dayOf, startOfDay } from "./days";
import { parseRange } from "./range";
import { exportTrafficCsv, shareOf, StatsAccessError, trafficReport } from "./report";
import { rollupDay, rollupTraffic } from "./rollup";

// Roll-up and retention on the real database, and the report built from both stored totals
// and today's raw rows.

const NOW = new Date("2026-11-29T10:00:00+08:00");
const TODAY = dayOf(NOW);

type ViewInput = { day: string; views?: number; path?: string; visitor?: string; ipVersion?: number; elder?: boolean; bot?: boolean; referrer?: string | null; entry?: boolean; browser?: string; dwellMs?: number };

function view(input: ViewInput) {
  return {
    at: new Date(startOfDay(input.day).getTime() + 3600_000),
    views: input.views ?? 1,
    path: input.path ?? "/",
    referrer: input.referrer ?? null,
    entry: input.entry ?? true,
    browser: input.browser ?? "Chrome",
    browserVersion: "131",
    os: "Windows",
    osVersion: "10",
    device: "desktop",
    ipVersion: input.ipVersion ?? 4,
    elder: input.elder ?? false,
    bot: input.bot ?? false,
    visitorKey: input.visitor ?? "visitor-a",
    dwellMs: input.dwellMs ?? 0,
  };
}

const rowColumns = { dimension: true, value: true, views: true, visitors: true, dwellSeconds: true, dwellVisitors: true } as const;
const daily = (day: string) => db.trafficDaily.findMany({ where: { day }, select: rowColumns, orderBy: [{ dimension: "asc" }, { value: "asc" }] });

beforeEach(async () => {
  await db.pageView.deleteMany();
  await db.trafficDaily.deleteMany();
});

describe("rollupTraffic", () => {
  it("totals each finished day per dimension, counting visitors once per day and crawlers apart", async () => {
    const yesterday = addDays(TODAY, -1);
    await db.pageView.createMany({
      data: [
        view({ day: yesterday, path: "/", visitor: "a", dwellMs: 30_000 }),
        view({ day: yesterday, path: "/contact", visitor: "a", views: 3 }),
        view({ day: yesterday, path: "/contact", visitor: "d", views: 0, dwellMs: 5_000, entry: false }), // a dwell report only
        view({ day: yesterday, path: "/article/1", visitor: "a", entry: false, dwellMs: 90_400 }),
        view({ day: yesterday, path: "/", visitor: "b", ipVersion: 6, elder: true, referrer: "www.baidu.com", browser: "WeChat" }),
        view({ day: yesterday, path: "/", visitor: "bot", bot: true }),
        view({ day: TODAY, path: "/", visitor: "c" }),
      ],
    });
    const result = await rollupTraffic({ now: NOW, retentionDays: 180 });
    expect(result).toEqual({ days: [yesterday], deleted: 0 });
    const rows = await daily(yesterday);
    const find = (dimension: string, value: string) => rows.find((row) => row.dimension === dimension && row.value === value);
    expect(find("total", "")).toEqual({ dimension: "total", value: "", views: 6, visitors: 2, dwellSeconds: 125, dwellVisitors: 2 });
    expect(find("path", "/contact")).toMatchObject({ views: 3, visitors: 1, dwellSeconds: 5, dwellVisitors: 1 });
    expect(find("agent", "bot")).toMatchObject({ views: 1 });
    expect(find("agent", "human")).toMatchObject({ views: 6, visitors: 2 });
    expect(find("path", "/")).toEqual({ dimension: "path", value: "/", views: 2, visitors: 2, dwellSeconds: 30, dwellVisitors: 1 });
    expect(find("path", "/article/1")).toMatchObject({ views: 1, dwellSeconds: 90, dwellVisitors: 1 });
    expect(find("entry", "/")).toMatchObject({ views: 2 });
    expect(find("entry", "/contact")).toMatchObject({ views: 3 });
    expect(find("entry", "/article/1")).toBeUndefined();
    expect(find("referrer", "www.baidu.com")).toMatchObject({ views: 1 });
    expect(find("ip", "6")).toMatchObject({ views: 1, visitors: 1 });
    expect(find("mode", "elder")).toMatchObject({ views: 1 });
    expect(find("browser", "WeChat")).toMatchObject({ views: 1 });
    expect(find("browserVersion", "Chrome 131")).toMatchObject({ views: 5, visitors: 1 });
    expect(await db.trafficDaily.count({ where: { day: TODAY } })).toBe(0); // today is not finished
  });

  it("is idempotent: running again, or rolling a day up again, replaces its totals", async () => {
    const day = addDays(TODAY, -3);
    await db.pageView.createMany({ data: [view({ day, visitor: "a" }), view({ day, visitor: "b" })] });
    await rollupTraffic({ now: NOW });
    const first = await daily(day);
    expect(await rollupTraffic({ now: NOW })).toEqual({ days: [addDays(TODAY, -1)], deleted: 0 }); // only yesterday, always
    expect(await daily(day)).toEqual(first);
    await db.pageView.create({ data: view({ day, visitor: "c" }), select: { id: true } });
    await rollupDay(day);
    await rollupDay(day);
    expect((await daily(day)).find((row) => row.dimension === "total")).toMatchObject({ views: 3, visitors: 3 });
    expect(await db.trafficDaily.count({ where: { day, dimension: "total" } })).toBe(1);
  });

  it("always rolls up yesterday again (late dwell times), and days without views as zero", async () => {
    const yesterday = addDays(TODAY, -1);
    await db.pageView.createMany({ data: [view({ day: addDays(TODAY, -2) }), view({ day: yesterday })] });
    expect((await rollupTraffic({ now: NOW })).days).toEqual([addDays(TODAY, -2), yesterday]);
    await db.pageView.updateMany({ where: { at: { gte: startOfDay(yesterday) } }, data: { dwellMs: 4_000 } });
    expect((await rollupTraffic({ now: NOW })).days).toEqual([yesterday]);
    expect((await daily(yesterday)).find((row) => row.dimension === "total")).toMatchObject({ dwellSeconds: 4, dwellVisitors: 1 });
  });

  it("deletes raw views older than the retention period after rolling them up; totals stay", async () => {
    const old = addDays(TODAY, -200);
    const kept = addDays(TODAY, -179);
    await db.pageView.createMany({ data: [view({ day: old }), view({ day: old, visitor: "b" }), view({ day: kept })] });
    const result = await rollupTraffic({ now: NOW, retentionDays: 180 });
    expect(result.deleted).toBe(2);
    expect(result.days).toHaveLength(200); // every day from the oldest to yesterday
    expect(await db.pageView.count()).toBe(1);
    expect((await daily(old)).find((row) => row.dimension === "total")).toMatchObject({ views: 2, visitors: 2 });
    // Its totals survive the next run, which does not roll up the deleted day again.
    expect((await rollupTraffic({ now: NOW, retentionDays: 180 })).days).toEqual([addDays(TODAY, -1)]);
    expect((await daily(old)).find((row) => row.dimension === "total")).toMatchObject({ views: 2 });
  });
});

describe("trafficReport and the CSV export", () => {
  it("combines stored totals with today's raw views; only with read:stats:any; the export is audited", async () => {
    const admin = await makeStaff("admin");
    const editor = await makeStaff("editor");
    const yesterday = addDays(TODAY, -1);
    await db.pageView.createMany({
      data: [
        view({ day: yesterday, path: "/=cmd()", visitor: "a" }),
        view({ day: TODAY, visitor: "a", ipVersion: 6 }),
        view({ day: TODAY, visitor: "b", elder: true }),
        view({ day: TODAY, visitor: "b", path: "/about", entry: false, dwellMs: 20_000 }),
      ],
    });
    await rollupTraffic({ now: NOW });
    const range = parseRange({ from: yesterday, to: TODAY });
    expect(range.ok).toBe(true);
    if (!range.ok) return;
    const report = await trafficReport(admin, range.range);
    // Only the real today has raw rows computed live; the test's NOW may differ from it.
    const today = report.daily.find((day) => day.day === TODAY)!;
    expect(report.daily.find((day) => day.day === yesterday)).toEqual({ day: yesterday, views: 1, visitors: 1 });
    if (TODAY === dayOf(new Date())) {
      expect(today).toEqual({ day: TODAY, views: 3, visitors: 2 });
      expect(shareOf(report, "ip", "6")).toBeCloseTo(1 / 4);
      expect(shareOf(report, "mode", "elder")).toBeCloseTo(1 / 4);
      expect(report.breakdowns.path.find((row) => row.value === "/about")).toMatchObject({ views: 1, dwellSeconds: 20, dwellVisitors: 1 });
    }
    await expect(trafficReport(editor, range.range)).rejects.toThrow(StatsAccessError);
    await expect(exportTrafficCsv(editor, range.range, "198.51.100.9")).rejects.toThrow(StatsAccessError);

    const csv = await exportTrafficCsv(admin, range.range, "198.51.100.9");
    expect(csv.startsWith("\uFEFF日期,维度,值,浏览量,访客数,停留总秒数,报告停留时间的访客数\r\n")).toBe(true);
    expect(csv).toContain(`${yesterday},total,,1,1,0,0\r\n`);
    expect(csv).toContain(`${yesterday},path,/=cmd(),1,1,0,0`); // starts with "/": not a formula
    const audit = await db.auditEntry.findMany({ where: { action: "stats.export" }, select: { actorId: true, targetId: true, ip: true, outcome: true } });
    expect(audit).toEqual([{ actorId: admin.id, targetId: `${yesterday}..${TODAY}`, ip: "198.51.100.9", outcome: "success" }]);
  });

  it("escapes cells that a spreadsheet would run as a formula", async () => {
    const admin = await makeStaff("admin");
    const yesterday = addDays(dayOf(new Date()), -1);
    await db.pageView.create({ data: view({ day: yesterday, referrer: "=HYPERLINK(1)" }), select: { id: true } });
    await rollupDay(yesterday);
    const csv = await exportTrafficCsv(admin, { from: yesterday, to: yesterday }, null);
    expect(csv).toContain(`${yesterday},referrer,'=HYPERLINK(1),1,1,0,0`);
  });
});

describe("parseRange", () => {
  it("defaults to the last 30 days and explains bad input in Chinese", () => {
    expect(parseRange({}, NOW)).toEqual({ ok: true, range: { from: addDays(TODAY, -29), to: TODAY }, values: { from: addDays(TODAY, -29), to: TODAY } });
    expect(parseRange({ from: "2026-13-01" }, NOW)).toMatchObject({ ok: false, errors: [{ field: "from", message: "日期不存在" }] });
    expect(parseRange({ to: "29.11.2026" }, NOW)).toMatchObject({ ok: false, errors: [{ field: "to", message: "请按 2026-01-31 的格式填写日期" }] });
    expect(parseRange({ from: "2026-11-29", to: "2026-11-01" }, NOW)).toMatchObject({ ok: false, errors: [{ message: "开始日期不能晚于结束日期" }] });
    expect(parseRange({ from: "2024-01-01", to: "2026-11-01" }, NOW)).toMatchObject({ ok: false, errors: [{ message: "日期范围不能超过 366 天" }] });
  });
});
