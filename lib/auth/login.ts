import { db } from "@/lib/db/client";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { lockedUntil, pruneAttempts, recordAttempt } from "./throttle";

export const INVALID_LOGIN_MESSAGE = "账号或密码错误";
export const LOCKED_MESSAGE = "账号已被暂时锁定，请15分钟后再试";
export const CONTACT_HINT = "昌吉回族自治州政府电子政务中心（电话 0994-2586299）";

/** What a disabled account's owner sees after entering the right password. */
export function disabledMessage(reason: string | null): string {
  const why = (reason ?? "").trim().replace(/[。.！!]+$/, "") || "未说明原因";
  return `您的账户已被停用：${why}。如有疑问请联系${CONTACT_HINT}。`;
}

export type LoginResult =
  | { ok: true; user: { id: number; role: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "locked" }
  | { ok: false; reason: "disabled"; message: string };

/**
 * Checks an e-mail and password pair, with throttling. The answer for a wrong password and
 * an unknown e-mail is the same ("invalid"), and takes as long. A disabled account answers
 * "disabled" with the staff's reason only when the password is right, so guessing reveals
 * nothing; the attempt still counts as a failure (it is not a login).
 */
export async function authenticate(emailInput: string, password: string, now = new Date()): Promise<LoginResult> {
  const email = emailInput.trim().toLowerCase();
  await pruneAttempts(now);
  if (await lockedUntil(email, now)) return { ok: false, reason: "locked" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, sessionVersion: true, passwordHash: true, disabledAt: true, disabledReason: true },
  });
  let passwordRight = false;
  if (user) passwordRight = await verifyPassword(user.passwordHash, password);
  else await verifyAgainstDummy(password);
  const valid = passwordRight && user?.disabledAt === null;

  await recordAttempt(email, valid, now);
  if (passwordRight && user && user.disabledAt !== null) return { ok: false, reason: "disabled", message: disabledMessage(user.disabledReason) };
  if (!valid || !user) {
    return (await lockedUntil(email, now)) ? { ok: false, reason: "locked" } : { ok: false, reason: "invalid" };
  }
  return { ok: true, user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion } };
}
