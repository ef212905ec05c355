import { db, type Prisma } from "@/lib/db/client";

// The working-day calendar of the reply deadline: Monday to Friday, except the dates in
// WorkCalendarDay (public holidays: isWorkday false; 调休 make-up working days on a Saturday
// or Sunday: isWorkday true). Every date is a China date (Asia/Shanghai, UTC+8 all year, no
// daylight saving), written YYYY-MM-DD. The arithmetic is pure; the loaders read the table.

/** date (YYYY-MM-DD) -> is it a working day; only the exceptions to Monday-Friday. */
export type CalendarExceptions = ReadonlyMap<string, boolean>;

const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;
/** No calendar has a year without working days; the cap stops a loop on a broken one. */
const MAX_SCAN_DAYS = 5 * 366;

export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The China date of an instant, e.g. 2026-02-13T17:00Z -> "2026-02-14". */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Milliseconds after China midnight of an "HH:MM" (the daily jobs' configured times). */
export function chinaTimeOfDay(time: string): number {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return (hours * 60 + minutes) * 60_000;
}

/** Milliseconds since China midnight at `now` (epoch milliseconds). */
export function sinceChinaMidnight(now: number): number {
  return (now + CHINA_OFFSET_MS) % DAY_MS;
}

/** How long from `now` until `at` (milliseconds after China midnight) next comes; never 0 (a full day instead). */
export function untilChinaTimeOfDay(now: number, at: number): number {
  const wait = at - sinceChinaMidnight(now);
  return wait > 0 ? wait : wait + DAY_MS;
}

/** The last millisecond of a China date (23:59:59.999 in Beijing). */
export function endOfChinaDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - CHINA_OFFSET_MS + DAY_MS - 1);
}

/** The first millisecond of a China date. */
export function startOfChinaDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - CHINA_OFFSET_MS);
}

export function nextDate(date: string, days = 1): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether a YYYY-MM-DD string names a real date (not 2026-02-30). */
export function isValidDate(date: string): boolean {
  return DATE_PATTERN.test(date) && new Date(`${date}T00:00:00.000Z`).toISOString().startsWith(date);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00.000Z`).getUTCDay();
}

export function isWorkingDay(date: string, exceptions: CalendarExceptions): boolean {
  const exception = exceptions.get(date);
  if (exception !== undefined) return exception;
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6;
}

/**
 * The end (23:59:59.999 China time) of the n-th working day after the China date of `start`:
 * accepted on Friday 2026-11-27 with n = 1 -> end of Monday 2026-11-30. The day of `start`
 * itself never counts, so a deadline that is already the end of a day moves by exactly n.
 */
export function addWorkingDays(start: Date, n: number, exceptions: CalendarExceptions): Date {
  let date = chinaDate(start);
  let left = n;
  for (let scanned = 0; left > 0; scanned++) {
    if (scanned > MAX_SCAN_DAYS) throw new Error("The work calendar has no working days");
    date = nextDate(date);
    if (isWorkingDay(date, exceptions)) left -= 1;
  }
  return endOfChinaDay(date);
}

/**
 * Working days after the China date of `a` up to and including that of `b`: 0 on the same
 * day, 1 on the next working day. Negative when b is before a.
 */
export function workingDaysBetween(a: Date, b: Date, exceptions: CalendarExceptions): number {
  const from = chinaDate(a);
  const to = chinaDate(b);
  if (to < from) return -workingDaysBetween(b, a, exceptions);
  let count = 0;
  for (let date = nextDate(from); date <= to; date = nextDate(date)) {
    if (isWorkingDay(date, exceptions)) count += 1;
  }
  return count;
}

// ---- Loaders ----

/** Every exception (a few dozen rows a year); `client` may be a transaction. */
export async function loadCalendarExceptions(client: Pick<Prisma.TransactionClient, "workCalendarDay"> = db): Promise<Map<string, boolean>> {
  const rows = await client.workCalendarDay.findMany({ select: { date: true, isWorkday: true } });
  return new Map(rows.map((row) => [row.date, row.isWorkday]));
}

export interface CalendarDay {
  date: string;
  isWorkday: boolean;
  name: string;
}

/** One year's exceptions in date order (for /admin/calendar). */
export async function calendarYear(year: number): Promise<CalendarDay[]> {
  return db.workCalendarDay.findMany({
    where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } },
    select: { date: true, isWorkday: true, name: true },
    orderBy: { date: "asc" },
  });
}

/** The years that have exceptions, newest first. */
export async function calendarYears(): Promise<number[]> {
  const rows = await db.workCalendarDay.findMany({ select: { date: true }, orderBy: { date: "desc" } });
  return [...new Set(rows.map((row) => Number(row.date.slice(0, 4))))];
}
