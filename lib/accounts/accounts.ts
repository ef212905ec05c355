import { db } from "@/lib/db/client";
import { profileViewsOf } from "@/lib/audit/audit";
import { decryptIdCard, encryptIdCard, maskIdCard } from "@/lib/auth/id-card";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { checkThrottle, clearFailures, LOGIN_HISTORY_DAYS, recordAttempt, recordFailure, throttleMessage } from "@/lib/auth/throttle";
import "./sources";
import { submissionSources, type Tx } from "./submissions";
import { checkIdCard, type ProfileInput } from "./validation";

// Account data and rules. Every function that reads or changes personal data takes the
// actor (the signed-in person, from lib/auth/current.ts) and touches only that person's rows:
// no function here accepts another user's id from a request, which is what keeps residents
// apart. Callers check the permission first (requirePermission). Queries name their
// columns; the password hash and the plain ID-card number never leave this module, except
// revealIdCard (owner, after password re-entry) and exportAccount (owner's own copy).

export type Result<T = undefined> = { ok: true; value: T } | { ok: false; fieldErrors: Record<string, string[]> };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (field: string, message: string): Result<never> => ({ ok: false, fieldErrors: { [field]: [message] } });

export interface AccountView {
  email: string;
  createdAt: Date;
  profile: {
    name: string;
    birthDate: string | null;
    gender: string | null;
    phone: string;
    address: string | null;
    /** Masked: first 6 and last 4 characters. */
    idCardMasked: string | null;
    education: string | null;
    occupation: string | null;
  };
  consents: { policyVersion: string; acceptedAt: Date }[];
}

const profileColumns = {
  name: true,
  birthDate: true,
  gender: true,
  phone: true,
  address: true,
  idCardCipher: true,
  education: true,
  occupation: true,
} as const;

/** Everything we hold about the actor, ID number masked (个人中心). */
export async function getMyAccount(actor: Actor): Promise<AccountView | null> {
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      email: true,
      createdAt: true,
      profile: { select: profileColumns },
      consents: { select: { policyVersion: true, acceptedAt: true }, orderBy: { acceptedAt: "desc" } },
    },
  });
  if (!user?.profile) return null;
  const { idCardCipher, ...profile } = user.profile;
  return {
    email: user.email,
    createdAt: user.createdAt,
    profile: { ...profile, idCardMasked: idCardCipher ? maskIdCard(decryptIdCard(idCardCipher, actor.id)) : null },
    consents: user.consents,
  };
}

async function collectSubmissions(tx: Tx, userId: number) {
  const result: Record<string, unknown[]> = {};
  for (const source of submissionSources()) result[source.name] = await source.export(tx, userId);
  return result;
}

/** Saves the profile; nothing is written unless every rule holds. */
export async function updateProfile(actor: Actor, input: ProfileInput): Promise<Result> {
  const current = await db.profile.findUnique({ where: { userId: actor.id }, select: { idCardCipher: true } });
  if (!current) return fail("name", "未找到您的账户资料");

  // The birth date must agree with the ID number, whether typed now or stored before.
  const idCard = input.idCard ?? (input.clearIdCard || !current.idCardCipher ? null : decryptIdCard(current.idCardCipher, actor.id));
  if (idCard && input.birthDate) {
    const check = checkIdCard(idCard);
    if (check.ok && check.birthDate !== input.birthDate) return fail("birthDate", "出生日期与身份证号码中的出生日期不一致");
  }

  const idCardCipher = input.idCard ? encryptIdCard(input.idCard, actor.id) : input.clearIdCard ? null : undefined;
  await db.profile.update({
    where: { userId: actor.id },
    data: {
      name: input.name,
      birthDate: input.birthDate,
      gender: input.gender,
      phone: input.phone,
      address: input.address,
      education: input.education,
      occupation: input.occupation,
      ...(idCardCipher !== undefined ? { idCardCipher } : {}),
    },
    select: { userId: true },
  });
  return ok(undefined);
}

/**
 * Re-entry of the actor's own password before a sensitive step (showing the ID number,
 * export, password change, deletion). Throttled like logins (per account and client
 * network), so a stolen session cannot be used to guess the password.
 */
export async function checkPassword(actor: Actor, password: string, field = "password", address: string | null = null): Promise<Result<{ email: string }>> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true, passwordHash: true } });
  if (!user) return fail(field, "密码不正确");
  const verdict = await checkThrottle(user.email, address);
  if (!verdict.ok) return fail(field, throttleMessage(verdict));
  const valid = await verifyPassword(user.passwordHash, password);
  await recordAttempt(user.email, valid);
  if (valid) {
    await clearFailures(user.email, address);
    return ok({ email: user.email });
  }
  await recordFailure(user.email, address);
  return fail(field, "密码不正确");
}

/** The full ID number, for its owner after re-entering the password. */
export async function revealIdCard(actor: Actor, password: string, address: string | null = null): Promise<Result<string | null>> {
  const check = await checkPassword(actor, password, "password", address);
  if (!check.ok) return check;
  const profile = await db.profile.findUnique({ where: { userId: actor.id }, select: { idCardCipher: true } });
  return ok(profile?.idCardCipher ? decryptIdCard(profile.idCardCipher, actor.id) : null);
}

/**
 * Changes the password and bumps the session version, which ends every session of the
 * account; the caller then issues a new session for the current browser.
 */
export async function changePassword(actor: Actor, currentPassword: string, newPassword: string, address: string | null = null): Promise<Result<{ sessionVersion: number }>> {
  const check = await checkPassword(actor, currentPassword, "currentPassword", address);
  if (!check.ok) return check;
  const passwordHash = await hashPassword(newPassword);
  const [user] = await db.$transaction([
    db.user.update({
      where: { id: actor.id },
      data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    }),
    db.userSession.deleteMany({ where: { userId: actor.id } }),
  ]);
  return ok({ sessionVersion: user.sessionVersion });
}

/**
 * Disables an account: refuses logins (the owner sees `reason` after entering the right
 * password) and ends its sessions. Staff call it through lib/accounts/management.ts.
 */
export async function disableAccount(userId: number, now = new Date(), reason: string | null = null): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { disabledAt: now, disabledReason: reason, sessionVersion: { increment: 1 } }, select: { id: true } }),
    db.userSession.deleteMany({ where: { userId } }),
  ]);
}

export const EXPORT_FORMAT = "cj-gov-portal/account-export@1";

/** All the actor's data, complete and machine-readable (个人信息副本). */
export async function exportAccount(actor: Actor, now = new Date()) {
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      email: true,
      role: true,
      createdAt: true,
      updatedAt: true,
      profile: { select: { ...profileColumns, updatedAt: true } },
      consents: { select: { policyVersion: true, acceptedAt: true }, orderBy: { acceptedAt: "asc" } },
      sessions: { select: { createdAt: true, lastSeenAt: true, expiresAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user) return null;
  const logins = await db.loginAttempt.findMany({
    where: { email: user.email },
    select: { createdAt: true, succeeded: true },
    orderBy: { createdAt: "asc" },
  });
  const { idCardCipher, ...profile } = user.profile ?? { idCardCipher: null };
  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    account: { email: user.email, role: user.role, createdAt: user.createdAt, updatedAt: user.updatedAt },
    profile: { ...profile, idCard: idCardCipher ? decryptIdCard(idCardCipher, actor.id) : null },
    consents: user.consents,
    activeSessions: user.sessions,
    loginHistory: { retentionDays: LOGIN_HISTORY_DAYS, attempts: logins },
    /** 谁查看了我的信息: staff views of this data (time and role), from the audit log. */
    staffViews: await profileViewsOf(actor.id),
    submissions: await collectSubmissions(db, actor.id),
  };
}

/**
 * 注销账户: after the password check, erases at once the account, profile, consents,
 * sessions and login records, and lets every submission source delete private submissions
 * and anonymise published ones - all in one transaction. The e-mail can register again.
 */
export async function deleteAccount(actor: Actor, password: string, address: string | null = null): Promise<Result> {
  const check = await checkPassword(actor, password, "password", address);
  if (!check.ok) return check;
  const { email } = check.value;
  const cleanUps = await db.$transaction((tx) => eraseAccount(tx, actor.id, email));
  await runCleanUps(cleanUps);
  return ok(undefined);
}

/**
 * Erases an account inside the caller's transaction: the submission sources first (private
 * submissions deleted, published ones anonymised), then sessions, consents, profile, login
 * records and the user (memberships cascade). Used by deleteAccount (the owner) and by
 * staff cancelling a registration (lib/accounts/management.ts). Returns the sources' clean-ups
 * (e.g. removing files), which the caller runs with runCleanUps once the transaction committed.
 */
export async function eraseAccount(tx: Tx, userId: number, email: string): Promise<CleanUp[]> {
  const cleanUps: CleanUp[] = [];
  for (const source of submissionSources()) {
    const cleanUp = await source.erase(tx, userId);
    if (cleanUp) cleanUps.push(cleanUp);
  }
  await tx.userSession.deleteMany({ where: { userId } });
  await tx.consent.deleteMany({ where: { userId } });
  await tx.profile.deleteMany({ where: { userId } });
  await tx.loginAttempt.deleteMany({ where: { email } });
  await tx.user.delete({ where: { id: userId }, select: { id: true } });
  return cleanUps;
}

type CleanUp = () => Promise<void>;

export async function runCleanUps(cleanUps: CleanUp[]): Promise<void> {
  for (const cleanUp of cleanUps) await cleanUp();
}
