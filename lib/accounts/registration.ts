import { Prisma, db } from "@/lib/db/client";
import { issueToken, consumeToken, peekToken } from "@/lib/auth/account-tokens";
import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import { clientNetwork } from "@/lib/http/request";
import { takeRateLimit, type RateLimitRule } from "@/lib/limits/rate-limit";
import { queueMail } from "@/lib/mail/outbox";
import { kickMailSender } from "@/lib/mail/sender";
import { PRIVACY_POLICY_VERSION } from "@/lib/privacy";
import { siteUrl } from "@/lib/site/origin";
import type { RegisterInput } from "./validation";

// Registration with a confirmed address (ADR 0014). Whether or not the e-mail already has an
// account, the visitor gets the same answer and the address gets a mail: a confirmation
// link for a new account, or "someone tried to register with your address" (with the way to
// reset the password) for an existing one. A new account cannot sign in until the link is
// followed. A second registration of a still unconfirmed address replaces the pending one
// (its earlier link stops working). Registrations are limited per client address and network.
// A registration never confirmed is deleted PENDING_DAYS after its last change.

export const REGISTERED_MESSAGE = "我们已向该邮箱发送了一封邮件。请打开邮件中的链接确认您的电子邮箱（24 小时内有效），确认后即可登录。如未收到，请检查垃圾邮件。";
export const REGISTER_LIMITED_MESSAGE = "注册请求过于频繁，请一小时后再试";

const perAddress: RateLimitRule = { bucket: "register-address", limit: 20, windowMs: 3600_000 };
const perNetwork: RateLimitRule = { bucket: "register-network", limit: 60, windowMs: 3600_000 };
export const PENDING_DAYS = 7;

/** Confirmation mails re-sent at sign-in, per account. */
const resends: RateLimitRule = { bucket: "register-resend", limit: 3, windowMs: 3600_000 };

/** Counts a registration from this client; false when its address or network is over the limit. */
export async function takeRegistrationLimit(address: string | null, now = new Date()): Promise<boolean> {
  const ip = address ?? "unknown";
  const network = clientNetwork(address);
  return (await takeRateLimit(perNetwork, network, now)) && (await takeRateLimit(perAddress, ip, now));
}

function confirmationMail(to: string, token: string) {
  return {
    to,
    kind: "account.confirm",
    subject: `请确认您的电子邮箱 - ${env().SITE_NAME}`,
    body: `您好：\n\n您（或他人）使用本邮箱在${env().SITE_NAME}门户网站注册了账户。请在 24 小时内打开下面的链接确认电子邮箱，确认后即可登录：\n\n${siteUrl(`/register/confirm?token=${token}`).href}\n\n如果不是您本人操作，请忽略本邮件，账户不会生效。`,
  };
}

function alreadyRegisteredMail(to: string) {
  return {
    to,
    kind: "account.register_existing",
    subject: `有人尝试用您的邮箱注册 - ${env().SITE_NAME}`,
    body: `您好：\n\n有人（可能是您本人）刚刚尝试使用本邮箱在${env().SITE_NAME}门户网站注册账户。本邮箱已有账户，无需重新注册，您的账户没有任何变化。\n\n如果忘记了密码，请打开下面的页面重设密码：\n\n${siteUrl("/login/forgot").href}\n\n如果不是您本人操作，请忽略本邮件。`,
  };
}

/**
 * Registers (or re-registers a pending) account and queues the mail. The caller shows
 * REGISTERED_MESSAGE whatever this returns; `created` is for tests and the log only.
 */
export async function registerAccount(input: RegisterInput, now = new Date()): Promise<{ created: boolean; userId: number }> {
  await prunePendingAccounts(now);
  const email = input.email.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const consent = { policyVersion: PRIVACY_POLICY_VERSION, acceptedAt: now };
  try {
    const outcome = await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true, emailConfirmed: true } });
      if (existing?.emailConfirmed) {
        await queueMail(tx, alreadyRegisteredMail(email));
        return { created: false, userId: existing.id };
      }
      const profile = { name: input.name, phone: input.phone };
      const user = existing
        ? await tx.user.update({
            where: { id: existing.id },
            data: { passwordHash, profile: { upsert: { create: profile, update: profile } }, consents: { create: consent } },
            select: { id: true },
          })
        : await tx.user.create({
            data: { email, passwordHash, emailConfirmed: false, profile: { create: profile }, consents: { create: consent } },
            select: { id: true },
          });
      await queueMail(tx, confirmationMail(email, await issueToken(tx, user.id, "confirm", now)));
      return { created: true, userId: user.id };
    });
    kickMailSender();
    return outcome;
  } catch (error) {
    // The same address registered at the same moment: the other registration won.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return registerAccount(input, now);
    }
    throw error;
  }
}

/** Follows a confirmation link: true when the address is now confirmed. */
export async function confirmEmail(token: string, now = new Date()): Promise<boolean> {
  const userId = await peekToken(token, "confirm", now);
  if (userId === null) return false;
  return db.$transaction(async (tx) => {
    if (!(await consumeToken(tx, token, "confirm", userId, now))) return false;
    await tx.user.update({ where: { id: userId }, data: { emailConfirmed: true }, select: { id: true } });
    return true;
  });
}

/** Sends a fresh confirmation link (the owner signed in with the right password before confirming). */
export async function resendConfirmation(userId: number, now = new Date()): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailConfirmed: true } });
  if (!user || user.emailConfirmed || !(await takeRateLimit(resends, String(userId), now))) return;
  await db.$transaction(async (tx) => queueMail(tx, confirmationMail(user.email, await issueToken(tx, userId, "confirm", now))));
  kickMailSender();
}

/** Deletes registrations left unconfirmed for PENDING_DAYS (they never signed in, so hold nothing else). */
export async function prunePendingAccounts(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - PENDING_DAYS * 24 * 3600_000);
  const { count } = await db.user.deleteMany({ where: { emailConfirmed: false, updatedAt: { lt: cutoff } } });
  return count;
}
