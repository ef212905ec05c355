import { chinaDayNumber } from "./visitor-key.mjs";

// Statistics count calendar days in China time (UTC+8, no daylight saving), as YYYY-MM-DD.

const DAY_MS = 24 * 3600_000;

export function dayOf(date: Date): string {
  return new Date(chinaDayNumber(date.getTime()) * DAY_MS).toISOString().slice(0, 10);
}

/** The instant the day starts in China. */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

export function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
