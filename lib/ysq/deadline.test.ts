import { describe, expect, it } from "vitest";
import { WORK_CALENDAR } from "@/prisma/seed-data/work-calendar";
import { endOfChinaDay, workingDaysBetween } from "@/lib/mailbox/calendar";
import { extendedDeadline, registrationDeadline, resumedDeadline, workingDaysLeft } from "./deadline";

const none = new Map<string, boolean>();
const calendar2026 = new Map(WORK_CALENDAR[2026]!.map((day) => [day.date, day.isWorkday]));
/** An instant given in China time. */
const china = (local: string) => new Date(`${local}+08:00`);

describe("the 20-working-day deadline of a request", () => {
  it("runs 20 working days from the day of registration", () => {
    // Registered Monday 2026-11-02: Nov 3 is the first working day, Nov 30 the 20th.
    expect(registrationDeadline(china("2026-11-02T09:00:00"), none)).toEqual(endOfChinaDay("2026-11-30"));
    // Late in the evening is the same China day.
    expect(registrationDeadline(china("2026-11-02T23:30:00"), none)).toEqual(endOfChinaDay("2026-11-30"));
  });

  it("skips public holidays and counts 调休 working days (国庆节 2026)", () => {
    const due = registrationDeadline(china("2026-09-28T10:00:00"), calendar2026);
    expect(workingDaysBetween(china("2026-09-28T10:00:00"), due, calendar2026)).toBe(20);
    // The holiday week adds to the plain Monday-Friday count.
    expect(due.getTime()).toBeGreaterThan(registrationDeadline(china("2026-09-28T10:00:00"), none).getTime());
  });

  it("stops during a 补正 and resumes with the working days that were left, then an extension adds 20", () => {
    const received = china("2026-11-02T09:00:00");
    const due = registrationDeadline(received, none);
    // 补正 asked on Wednesday 2026-11-11: 7 working days used (Nov 3-6, 9-11), 13 left.
    const asked = china("2026-11-11T15:00:00");
    const left = workingDaysLeft(asked, due, none);
    expect(left).toBe(13);
    // The applicant answers twelve days later, Monday 2026-11-23: the pause does not count.
    const resumed = resumedDeadline(china("2026-11-23T08:00:00"), left, none);
    expect(resumed).toEqual(endOfChinaDay("2026-12-10"));
    expect(workingDaysBetween(received, asked, none) + workingDaysBetween(china("2026-11-23T08:00:00"), resumed, none)).toBe(20);
    // One extension: 20 more working days after the resumed deadline.
    expect(extendedDeadline(resumed, none)).toEqual(endOfChinaDay("2027-01-07"));
  });

  it("never leaves fewer than one working day after an answer, nor negative days", () => {
    const due = endOfChinaDay("2026-11-30");
    expect(workingDaysLeft(china("2026-12-03T10:00:00"), due, none)).toBe(0);
    expect(resumedDeadline(china("2026-12-04T10:00:00"), 0, none)).toEqual(endOfChinaDay("2026-12-07"));
  });
});
