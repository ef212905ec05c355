import { db } from "@/lib/db/client";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { lockedUntil, pruneAttempts, recordAttempt } from "./throttle";

export const INVALID_LOGIN_MESSAGE = "账号或密码错误";
export const LOCKED_MESSAGE = "账号已被暂时锁定，请15分钟后再试";

export type LoginResult =
  | { ok: true; user: { id: number; role: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "locked" };

/**
 * Checks an e-mail and password pair, with throttling. The answer for a wrong password, an
 * unknown e-mail and a disabled account is the same ("invalid"), and takes as long.
 */
export async function authenticate(emailInput: string, password: string, now = new Date()): Promise<LoginResult> {
  const email = emailInput.trim().toLowerCase();
  await pruneAttempts(now);
  if (await lockedUntil(email, now)) return { ok: false, reason: "locked" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, sessionVersion: true, passwordHash: true, disabledAt: true },
  });
  let valid = false;
  if (user) valid = (await verifyPassword(user.passwordHash, password)) && user.disabledAt === null;
  else await verifyAgainstDummy(password);

  await recordAttempt(email, valid, now);
  if (!valid || !user) {
    return (await lockedUntil(email, now)) ? { ok: false, reason: "locked" } : { ok: false, reason: "invalid" };
  }
  return { ok: true, user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion } };
}
