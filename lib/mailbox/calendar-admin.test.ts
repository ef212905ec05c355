import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeStaff } from "@/test/staff";
import { calendarDaySchema, removeCalendarDay, saveCalendarDay } from "./calendar-admin";
import { calendarYear, calendarYears } from "./calendar";

it("adds, edits and removes exceptions, audited; a make-up working day must be a Saturday or Sunday", async () => {
  const admin = await makeStaff("admin");
  const editor = await makeStaff("editor");
  expect(calendarDaySchema.safeParse({ date: "2028-02-30", kind: "holiday", name: "x" }).success).toBe(false);
  expect(await saveCalendarDay(admin, { date: "2028-10-02", kind: "holiday", name: "国庆节" })).toEqual({ ok: true });
  expect(await saveCalendarDay(admin, { date: "2028-10-02", kind: "holiday", name: "国庆节假期" })).toEqual({ ok: true });
  expect(await saveCalendarDay(admin, { date: "2028-10-09", kind: "workday", name: "调休" })).toMatchObject({ ok: false, field: "kind" });
  expect(await saveCalendarDay(admin, { date: "2028-10-08", kind: "workday", name: "国庆节调休上班" })).toEqual({ ok: true });
  expect(await saveCalendarDay(editor, { date: "2028-10-03", kind: "holiday", name: "国庆节" })).toMatchObject({ ok: false });
  expect(await calendarYear(2028)).toEqual([
    { date: "2028-10-02", isWorkday: false, name: "国庆节假期" },
    { date: "2028-10-08", isWorkday: true, name: "国庆节调休上班" },
  ]);
  expect(await calendarYears()).toEqual([2028]);
  expect(await removeCalendarDay(editor, "2028-10-02")).toMatchObject({ ok: false });
  expect(await removeCalendarDay(admin, "2028-10-02")).toEqual({ ok: true });
  expect(await removeCalendarDay(admin, "2028-10-02")).toEqual({ ok: false, error: "该日期不在日历中" });
  const audit = await db.auditEntry.findMany({ where: { targetType: "calendar" }, select: { action: true, outcome: true }, orderBy: { id: "asc" } });
  expect(audit.map((entry) => `${entry.action}:${entry.outcome}`)).toEqual([
    "calendar.save:success",
    "calendar.save:success",
    "calendar.save:success",
    "calendar.save:denied",
    "calendar.remove:denied",
    "calendar.remove:success",
  ]);
});
