import { db } from "@/lib/db/client";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { checkThrottle, clearFailures, pruneAttempts, recordAttempt, recordFailure, throttleMessage } from "./throttle";

export const INVALID_LOGIN_MESSAGE = "账号或密码错误";
export const UNCONFIRMED_MESSAGE =
  "您的电子邮箱尚未确认，请点击确认邮件中的链接后再登录。我们已向该邮箱重新发送了一封确认邮件（链接 24 小时内有效；如未收到，请检查垃圾邮件）。";
export const CONTACT_HINT = "昌吉回族自治州政府电子政务中心（电话 0994-2586299）";

/** What a disabled account's owner sees after entering the right password. */
export function disabledMessage(reason: string | null): string {
  const why = (reason ?? "").trim().replace(/[。.！!]+$/, "") || "未说明原因";
  return `您的账户已被停用：${why}。如有疑问请联系${CONTACT_HINT}。`;
}

export type LoginResult =
  | { ok: true; user: { id: number; role: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; message: string }
  | { ok: false; reason: "disabled"; message: string }
  | { ok: false; reason: "unconfirmed"; userId: number };

/**
 * Checks an e-mail and password pair from a client address, with throttling
 * (lib/auth/throttle.ts). The answer for a wrong password and an unknown e-mail is the same
 * ("invalid"), and takes as long. A disabled or unconfirmed account says so only when the
 * password is right, so guessing reveals nothing; such an attempt is not a login.
 */
export async function authenticate(emailInput: string, password: string, address: string | null = null, now = new Date()): Promise<LoginResult> {
  const email = emailInput.trim().toLowerCase();
  await pruneAttempts(now);
  const verdict = await checkThrottle(email, address, now);
  if (!verdict.ok) return { ok: false, reason: "throttled", message: throttleMessage(verdict) };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, sessionVersion: true, passwordHash: true, disabledAt: true, disabledReason: true, emailConfirmed: true },
  });
  let passwordRight = false;
  if (user) passwordRight = await verifyPassword(user.passwordHash, password);
  else await verifyAgainstDummy(password);
  const valid = passwordRight && user?.disabledAt === null && user.emailConfirmed;

  await recordAttempt(email, valid, now);
  if (!passwordRight || !user) {
    await recordFailure(email, address, now);
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(email, address, now);
  if (user.disabledAt !== null) return { ok: false, reason: "disabled", message: disabledMessage(user.disabledReason) };
  if (!user.emailConfirmed) return { ok: false, reason: "unconfirmed", userId: user.id };
  return { ok: true, user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion } };
}
