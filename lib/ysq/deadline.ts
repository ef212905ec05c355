import { addWorkingDays, workingDaysBetween, type CalendarExceptions } from "@/lib/mailbox/calendar";
import { EXTENSION_WORKING_DAYS, REPLY_WORKING_DAYS } from "./fields";

// The answer deadline of a request, on the mailbox's working-day calendar (lib/mailbox/calendar.ts).
// 登记 on day R: due at the end of the 20th working day after R. A 补正 asked on day P stops
// the clock: the working days left after P are kept and the deadline is cleared; when the
// applicant answers on day A the deadline is the end of the (left)-th working day after A
// (补正 time does not count, 第三十条). An extension (once) adds 20 working days to it.

/** 登记: the end of the 20th working day after the day of receipt. */
export function registrationDeadline(receivedAt: Date, exceptions: CalendarExceptions): Date {
  return addWorkingDays(receivedAt, REPLY_WORKING_DAYS, exceptions);
}

/** The working days still left when the clock stops at `pausedAt` (never negative). */
export function workingDaysLeft(pausedAt: Date, dueAt: Date, exceptions: CalendarExceptions): number {
  return Math.max(0, workingDaysBetween(pausedAt, dueAt, exceptions));
}

/** The clock runs again from the day of the applicant's answer with the days that were left. */
export function resumedDeadline(answeredAt: Date, daysLeft: number, exceptions: CalendarExceptions): Date {
  return addWorkingDays(answeredAt, Math.max(1, daysLeft), exceptions);
}

/** A granted extension: 20 more working days after the current deadline. */
export function extendedDeadline(dueAt: Date, exceptions: CalendarExceptions): Date {
  return addWorkingDays(dueAt, EXTENSION_WORKING_DAYS, exceptions);
}
