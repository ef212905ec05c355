import { db } from "@/lib/db/client";
import { record } from "@/lib/audit/audit";
import { env } from "@/lib/env";
import { clientNetwork } from "@/lib/http/request";
import { takeRateLimit, type RateLimitRule } from "@/lib/limits/rate-limit";
import { queueMail } from "@/lib/mail/outbox";
import { kickMailSender } from "@/lib/mail/sender";
import { siteUrl } from "@/lib/site/origin";
import { consumeToken, issueToken, peekToken, TOKEN_LIFETIME_MS } from "./account-tokens";
import { hashPassword } from "./password";
import { isStaffRole } from "./permissions";
import { checkTotp, isRecentPassword, PASSWORD_HISTORY, setStaffPassword } from "./staff";
import { checkThrottle, clearFailures, recordFailure, throttleMessage } from "./throttle";

// 忘记密码 (ADR 0014): the e-mail -> the same answer whether or not an account exists -> a
// single-use link (stored hashed, 30 minutes) by e-mail -> a new password under the usual
// rules (staff: not one of the last 5, and their TOTP code when they have TOTP enrolled)
// -> every session of the account ends. Requests are limited per client address and
// network (the visitor is told) and per e-mail (silently: no more mails, same answer).
// Staff requests and resets are audited with the client address, like staff sign-ins.

export const RESET_REQUESTED_MESSAGE = "如果该邮箱已注册，我们已向它发送了一封重设密码的邮件，链接 30 分钟内有效、只能使用一次。";
export const RESET_LIMITED_MESSAGE = "重设密码的请求过于频繁，请一小时后再试";
export const RESET_LINK_INVALID_MESSAGE = "重设密码的链接无效、已使用或已过期，请重新申请";

const perAddress: RateLimitRule = { bucket: "reset-address", limit: 10, windowMs: 3600_000 };
const perNetwork: RateLimitRule = { bucket: "reset-network", limit: 30, windowMs: 3600_000 };
const perEmail: RateLimitRule = { bucket: "reset-email", limit: 3, windowMs: 3600_000 };

function resetMail(to: string, token: string) {
  return {
    to,
    kind: "account.reset",
    subject: `重设密码 - ${env().SITE_NAME}`,
    body: `您好：\n\n有人（可能是您本人）申请重设您在${env().SITE_NAME}门户网站的账户密码。请在 ${TOKEN_LIFETIME_MS.reset / 60_000} 分钟内打开下面的链接设置新密码（只能使用一次）：\n\n${siteUrl(`/login/reset?token=${token}`).href}\n\n设置新密码后，该账户的所有登录都会退出。如果不是您本人操作，请忽略本邮件，您的密码不会改变。`,
  };
}

/** Handles a 忘记密码 request; `limited` when this client must wait (the only other answer). */
export async function requestPasswordReset(emailInput: string, address: string | null, now = new Date()): Promise<{ limited: boolean }> {
  const email = emailInput.trim().toLowerCase();
  const network = clientNetwork(address);
  if (!(await takeRateLimit(perNetwork, network, now)) || !(await takeRateLimit(perAddress, address ?? "unknown", now))) return { limited: true };
  if (!(await takeRateLimit(perEmail, email, now))) return { limited: false };
  const user = await db.user.findUnique({ where: { email }, select: { id: true, role: true, disabledAt: true } });
  if (!user || user.disabledAt !== null) return { limited: false };
  await db.$transaction(async (tx) => queueMail(tx, resetMail(email, await issueToken(tx, user.id, "reset", now))));
  kickMailSender();
  if (isStaffRole(user.role)) {
    await record({ actor: user, action: "auth.password_reset_requested", outcome: "success", targetType: "user", targetId: user.id, ip: address, at: now });
  }
  return { limited: false };
}

/** What the reset page needs to know about a link: whether it works and whether to ask for a TOTP code. */
export async function resetLinkState(token: string, now = new Date()): Promise<{ valid: boolean; needsTotp: boolean }> {
  const userId = await peekToken(token, "reset", now);
  if (userId === null) return { valid: false, needsTotp: false };
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true, totpEnabledAt: true } });
  return { valid: !!user, needsTotp: !!user && isStaffRole(user.role) && user.totpEnabledAt !== null };
}

export type ResetResult = { ok: true } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

/** Sets the new password through a reset link and ends every session of the account. */
export async function resetPassword(input: { token: string; password: string; code?: string | undefined }, address: string | null, now = new Date()): Promise<ResetResult> {
  const invalid: ResetResult = { ok: false, fieldErrors: {}, formError: RESET_LINK_INVALID_MESSAGE };
  const userId = await peekToken(input.token, "reset", now);
  if (userId === null) return invalid;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, totpEnabledAt: true, disabledAt: true } });
  if (!user || user.disabledAt !== null) return invalid;
  const staff = isStaffRole(user.role);

  if (staff && user.totpEnabledAt) {
    const verdict = await checkThrottle(user.email, address, now);
    if (!verdict.ok) return { ok: false, fieldErrors: {}, formError: throttleMessage(verdict) };
    if (!input.code || !(await checkTotp(user.id, input.code, now))) {
      await recordFailure(user.email, address, now);
      await record({ actor: user, action: "auth.password_reset", outcome: "failed", targetType: "user", targetId: user.id, ip: address, detail: "totp", at: now });
      return { ok: false, fieldErrors: { code: ["验证码不正确或已使用，请输入验证器上的新验证码"] } };
    }
    await clearFailures(user.email, address, now);
  }
  if (staff && (await isRecentPassword(user.id, input.password))) {
    return { ok: false, fieldErrors: { password: [`不能使用最近 ${PASSWORD_HISTORY} 次用过的密码`] } };
  }

  const passwordHash = staff ? null : await hashPassword(input.password);
  const used = await db.$transaction(async (tx) => {
    if (!(await consumeToken(tx, input.token, "reset", user.id, now))) return false;
    await tx.accountToken.deleteMany({ where: { userId: user.id, purpose: "reset", usedAt: null } });
    // Following the link proves the address, so a pending registration is confirmed too.
    await tx.user.update({ where: { id: user.id }, data: { emailConfirmed: true }, select: { id: true } });
    if (passwordHash) {
      await tx.userSession.deleteMany({ where: { userId: user.id } });
      await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: now, sessionVersion: { increment: 1 } }, select: { id: true } });
    }
    return true;
  });
  if (!used) return invalid;
  if (staff) {
    await setStaffPassword(user.id, input.password, now); // history, 90 days afresh, every session ends; audited
    await record({ actor: user, action: "auth.password_reset", outcome: "success", targetType: "user", targetId: user.id, ip: address, at: now });
  }
  return { ok: true };
}
