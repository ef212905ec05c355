import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { WORK_CALENDAR } from "@/prisma/seed-data/work-calendar";
import { seedWorkCalendar } from "@/prisma/seed";
import {
  addWorkingDays,
  chinaDate,
  endOfChinaDay,
  isValidDate,
  isWorkingDay,
  loadCalendarExceptions,
  workingDaysBetween,
} from "./calendar";

const calendar2026 = new Map(WORK_CALENDAR[2026]!.map((day) => [day.date, day.isWorkday]));
const none = new Map<string, boolean>();
/** An instant given in China time. */
const china = (local: string) => new Date(`${local}+08:00`);

describe("China dates", () => {
  it("takes the date in Beijing whatever the server's zone", () => {
    expect(chinaDate(new Date("2026-02-13T15:59:59Z"))).toBe("2026-02-13");
    expect(chinaDate(new Date("2026-02-13T16:00:00Z"))).toBe("2026-02-14");
    expect(endOfChinaDay("2026-03-11").toISOString()).toBe("2026-03-11T15:59:59.999Z");
  });

  it("validates dates", () => {
    expect(isValidDate("2026-02-28")).toBe(true);
    expect(isValidDate("2026-02-29")).toBe(false);
    expect(isValidDate("2026-2-1")).toBe(false);
  });
});

describe("working days", () => {
  it("knows weekends, holidays and make-up working days", () => {
    expect(isWorkingDay("2026-11-27", none)).toBe(true); // Friday
    expect(isWorkingDay("2026-11-28", none)).toBe(false); // Saturday
    expect(isWorkingDay("2026-02-16", calendar2026)).toBe(false); // 春节, a Monday
    expect(isWorkingDay("2026-02-14", calendar2026)).toBe(true); // 调休, a Saturday
    expect(isWorkingDay("2026-01-04", calendar2026)).toBe(true); // 调休, a Sunday
  });

  it("counts from the day after acceptance: Friday + 1 is the end of Monday", () => {
    expect(addWorkingDays(china("2026-11-27T09:00:00"), 1, none)).toEqual(endOfChinaDay("2026-11-30"));
    expect(addWorkingDays(china("2026-11-27T23:30:00"), 1, none)).toEqual(endOfChinaDay("2026-11-30"));
    expect(addWorkingDays(china("2026-11-27T09:00:00"), 0, none)).toEqual(endOfChinaDay("2026-11-27"));
  });

  it("puts the deadline of a letter accepted before 春节 2026 after the holiday, counting the make-up Saturdays", () => {
    // Thu 12 Feb: 13 (Fri), 14 (Sat, 调休), [15-23 春节], 24-27, 28 (Sat, 调休), 2-6 Mar, 9-11 Mar.
    expect(addWorkingDays(china("2026-02-12T10:00:00"), 15, calendar2026)).toEqual(endOfChinaDay("2026-03-11"));
    // Without the calendar the deadline would be 5 March.
    expect(addWorkingDays(china("2026-02-12T10:00:00"), 15, none)).toEqual(endOfChinaDay("2026-03-05"));
    // Accepted after midnight in Beijing (still 12 Feb in UTC): one day later.
    expect(addWorkingDays(new Date("2026-02-12T20:00:00Z"), 15, calendar2026)).toEqual(endOfChinaDay("2026-03-12"));
  });

  it("skips 国庆 and counts the make-up Saturday after it", () => {
    expect(addWorkingDays(china("2026-09-30T16:00:00"), 15, calendar2026)).toEqual(endOfChinaDay("2026-10-27"));
  });

  it("moves an end-of-day deadline by exactly n working days (an extension)", () => {
    expect(addWorkingDays(endOfChinaDay("2026-03-11"), 15, calendar2026)).toEqual(endOfChinaDay("2026-04-01"));
  });

  it("counts working days between two instants", () => {
    expect(workingDaysBetween(china("2026-02-12T10:00:00"), china("2026-02-12T18:00:00"), calendar2026)).toBe(0);
    expect(workingDaysBetween(china("2026-02-12T10:00:00"), china("2026-02-24T09:00:00"), calendar2026)).toBe(3);
    expect(workingDaysBetween(china("2026-02-12T10:00:00"), china("2026-03-11T23:00:00"), calendar2026)).toBe(15);
    expect(workingDaysBetween(china("2026-02-24T09:00:00"), china("2026-02-12T10:00:00"), calendar2026)).toBe(-3);
  });
});

describe("the seeded calendar", () => {
  it("loads 2026 and 2027 once and keeps staff edits", async () => {
    expect(await seedWorkCalendar(db)).toEqual([2026, 2027]);
    await db.workCalendarDay.update({ where: { date: "2026-01-04" }, data: { name: "改过的" }, select: { date: true } });
    expect(await seedWorkCalendar(db)).toEqual([]);
    const exceptions = await loadCalendarExceptions();
    expect(exceptions.get("2026-02-14")).toBe(true);
    expect(exceptions.get("2026-10-07")).toBe(false);
    expect(await db.workCalendarDay.findUnique({ where: { date: "2026-01-04" }, select: { name: true } })).toEqual({ name: "改过的" });
    // 2026 has 33 holiday entries and 6 make-up working days.
    expect(WORK_CALENDAR[2026]!.filter((day) => !day.isWorkday)).toHaveLength(33);
    expect(WORK_CALENDAR[2026]!.filter((day) => day.isWorkday)).toHaveLength(6);
  });
});
