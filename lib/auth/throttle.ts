import { db } from "@/lib/db/client";
import { clientNetwork } from "@/lib/http/request";
import { clearHits, countHits, recordHit, type RateLimitRule } from "@/lib/limits/rate-limit";

// Slowing down password guessing without letting anyone lock an account (ADR 0014).
// Failures (wrong password, wrong TOTP code, wrong re-entered password) are counted per
// account AND client network (/24 or /64), whether or not the account exists: after
// FREE_FAILURES, the next attempt from that network for that account must wait a delay
// that doubles with each failure, up to MAX_DELAY_MS. The owner on another network is not
// slowed at all. A network with NETWORK_LIMIT failures within an hour, over all accounts,
// is refused outright (credential stuffing). A successful sign-in clears the account's
// count for its network; the password-reset link is never throttled by failures.
// LoginAttempt keeps each attempt (time, outcome; no address) for the owner's login history.

export const FREE_FAILURES = 3;
export const MAX_DELAY_MS = 5 * 60_000;
export const NETWORK_LIMIT = 100;
export const LOGIN_HISTORY_DAYS = 30;

const accountFailures: RateLimitRule = { bucket: "login-failure", limit: Number.MAX_SAFE_INTEGER, windowMs: 24 * 3600_000 };
const networkFailures: RateLimitRule = { bucket: "login-failure-network", limit: NETWORK_LIMIT, windowMs: 3600_000 };

export type ThrottleVerdict = { ok: true } | { ok: false; reason: "slow"; retryAfterS: number } | { ok: false; reason: "network" };

/** The wait before the next attempt after `failures` failures (0 for the first few). */
export function failureDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_FAILURES + 1));
}

function subjects(email: string, address: string | null) {
  const network = clientNetwork(address);
  return { network, account: `${email.trim().toLowerCase()} ${network}` };
}

/** Whether a password (or TOTP code) may be checked now for this account from this address. */
export async function checkThrottle(email: string, address: string | null, now = new Date()): Promise<ThrottleVerdict> {
  const { network, account } = subjects(email, address);
  if ((await countHits(networkFailures, network, now)) >= NETWORK_LIMIT) return { ok: false, reason: "network" };
  const delay = failureDelayMs(await countHits(accountFailures, account, now));
  if (delay > 0 && (await countHits({ ...accountFailures, windowMs: delay }, account, now)) > 0) {
    return { ok: false, reason: "slow", retryAfterS: Math.ceil(delay / 1000) };
  }
  return { ok: true };
}

export async function recordFailure(email: string, address: string | null, now = new Date()): Promise<void> {
  const { network, account } = subjects(email, address);
  await recordHit(accountFailures, account, now);
  await recordHit(networkFailures, network, now);
}

export async function clearFailures(email: string, address: string | null, now = new Date()): Promise<void> {
  await clearHits(accountFailures, subjects(email, address).account, now);
}

/** What the person is told when the throttle refuses an attempt. */
export function throttleMessage(verdict: Exclude<ThrottleVerdict, { ok: true }>): string {
  if (verdict.reason === "network") return "您所在网络的登录失败次数过多，请一小时后再试，或通过“忘记密码”重设密码";
  return `登录失败次数过多，请 ${verdict.retryAfterS} 秒后再试`;
}

/** The owner's login history (time and outcome, no address). */
export async function recordAttempt(email: string, succeeded: boolean, now = new Date()): Promise<void> {
  await db.loginAttempt.create({ data: { email, succeeded, createdAt: now }, select: { id: true } });
}

/** Deletes attempts older than the retention period (run on each login). */
export async function pruneAttempts(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - LOGIN_HISTORY_DAYS * 24 * 3600_000);
  const { count } = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
