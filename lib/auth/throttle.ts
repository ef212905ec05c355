import { db } from "@/lib/db/client";

// Login throttling per account (per lower-cased e-mail, whether or not it exists, so the
// answer does not reveal which e-mails have accounts): 5 failed attempts within 15 minutes
// lock the account for 15 minutes from the 5th. Attempts refused while locked are not
// recorded (they cannot extend the lock). A successful login starts the count afresh.
// Attempts (time and outcome only, no IP address) are kept LOGIN_HISTORY_DAYS days; the
// owner sees them in the export.

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
export const LOGIN_HISTORY_DAYS = 30;

/** When the lock ends, or null when the account is not locked. */
export async function lockedUntil(email: string, now = new Date()): Promise<Date | null> {
  const rows = await db.loginAttempt.findMany({
    where: { email, createdAt: { gte: new Date(now.getTime() - FAILURE_WINDOW_MS - LOCK_MS) } },
    select: { succeeded: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  let failures: number[] = [];
  let until: number | null = null;
  for (const row of rows) {
    if (row.succeeded) {
      failures = [];
      until = null;
      continue;
    }
    const at = row.createdAt.getTime();
    failures.push(at);
    const fifthLast = failures[failures.length - MAX_FAILURES];
    if (fifthLast !== undefined && at - fifthLast <= FAILURE_WINDOW_MS) until = at + LOCK_MS;
  }
  return until !== null && until > now.getTime() ? new Date(until) : null;
}

export async function recordAttempt(email: string, succeeded: boolean, now = new Date()): Promise<void> {
  await db.loginAttempt.create({ data: { email, succeeded, createdAt: now }, select: { id: true } });
}

/** Deletes attempts older than the retention period (run on each login). */
export async function pruneAttempts(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - LOGIN_HISTORY_DAYS * 24 * 3600_000);
  const { count } = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
