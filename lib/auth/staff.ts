import { db } from "@/lib/db/client";
import { record } from "@/lib/audit/audit";
import { hashPassword, verifyPassword } from "./password";
import { can, isStaffRole, type Actor } from "./permissions";
import { openSecret, sealSecret } from "./secret-box";
import { generateTotpSecret, otpauthUri, verifyTotp } from "./totp";

// Staff sign-in rules: passwords expire after PASSWORD_MAX_AGE_DAYS and none of the last
// PASSWORD_HISTORY passwords may be reused; TOTP two-factor is required unless the
// database was seeded as the demo (SiteSetting "demo" = "true", set by prisma/seed.ts only).

export const PASSWORD_MAX_AGE_DAYS = 90;
export const PASSWORD_HISTORY = 5;
export const DEMO_SETTING = "demo";

/** True only on a database seeded as the demo. */
export async function isDemoSite(): Promise<boolean> {
  const row = await db.siteSetting.findUnique({ where: { key: DEMO_SETTING }, select: { value: true } });
  return row?.value === "true";
}

export async function twoFactorRequired(role: string): Promise<boolean> {
  return isStaffRole(role) && !(await isDemoSite());
}

/** Whether a staff member must set a new password before doing anything else. */
export async function passwordChangeDue(userId: number, now = new Date()): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true, passwordChangedAt: true, mustChangePassword: true } });
  if (!user || !isStaffRole(user.role)) return false;
  return user.mustChangePassword || now.getTime() - user.passwordChangedAt.getTime() > PASSWORD_MAX_AGE_DAYS * 24 * 3600_000;
}

/** True when the password is the current one or one of the last PASSWORD_HISTORY - 1 before it. */
export async function isRecentPassword(userId: number, password: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  const history = await db.passwordHistory.findMany({
    where: { userId },
    select: { passwordHash: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PASSWORD_HISTORY - 1,
  });
  for (const hash of [user?.passwordHash, ...history.map((row) => row.passwordHash)]) {
    if (hash && (await verifyPassword(hash, password))) return true;
  }
  return false;
}

/**
 * Sets a new password for a staff member (the caller has checked the current one and
 * isRecentPassword): keeps the old hash in the history (the last PASSWORD_HISTORY), restarts
 * the 90 days, bumps the session version and ends every session.
 */
export async function setStaffPassword(userId: number, newPassword: string, now = new Date()): Promise<{ sessionVersion: number }> {
  const current = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!current) throw new Error("No such user");
  const passwordHash = await hashPassword(newPassword);
  const user = await db.$transaction(async (tx) => {
    await tx.passwordHistory.create({ data: { userId, passwordHash: current.passwordHash, createdAt: now }, select: { id: true } });
    const keep = await tx.passwordHistory.findMany({
      where: { userId },
      select: { id: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PASSWORD_HISTORY,
    });
    await tx.passwordHistory.deleteMany({ where: { userId, id: { notIn: keep.map((row) => row.id) } } });
    await tx.userSession.deleteMany({ where: { userId } });
    return tx.user.update({
      where: { id: userId },
      data: { passwordHash, passwordChangedAt: now, mustChangePassword: false, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true, role: true },
    });
  });
  await record({ actor: { id: userId, role: user.role }, action: "auth.password_changed", outcome: "success", targetType: "user", targetId: userId, at: now });
  return { sessionVersion: user.sessionVersion };
}

export interface TotpState {
  enrolled: boolean;
  /** During enrolment only: what the authenticator app needs. */
  secret?: string;
  uri?: string;
}

/** Whether the account has confirmed TOTP; if not, a (kept) pending secret to enrol with. */
export async function totpEnrolment(userId: number): Promise<TotpState> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, totpSecretCipher: true, totpEnabledAt: true } });
  if (!user) throw new Error("No such user");
  if (user.totpEnabledAt && user.totpSecretCipher) return { enrolled: true };
  let secret = user.totpSecretCipher ? openSecret("totp", user.totpSecretCipher, userId) : null;
  if (!secret) {
    secret = generateTotpSecret();
    await db.user.update({ where: { id: userId }, data: { totpSecretCipher: sealSecret("totp", secret, userId) }, select: { id: true } });
  }
  return { enrolled: false, secret, uri: otpauthUri(secret, user.email) };
}

/**
 * Checks a TOTP code (confirming the enrolment on first success). A code's time step is
 * used once: a step not later than the last accepted one is refused.
 */
export async function checkTotp(userId: number, code: string, now = new Date()): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true, totpSecretCipher: true, totpEnabledAt: true, totpLastStep: true } });
  if (!user?.totpSecretCipher) return false;
  const step = verifyTotp(openSecret("totp", user.totpSecretCipher, userId), code, now);
  if (step === null || (user.totpLastStep !== null && step <= user.totpLastStep)) return false;
  await db.user.update({
    where: { id: userId },
    data: { totpLastStep: step, ...(user.totpEnabledAt ? {} : { totpEnabledAt: now }) },
    select: { id: true },
  });
  if (!user.totpEnabledAt) {
    await record({ actor: { id: userId, role: user.role }, action: "auth.totp_enrolled", outcome: "success", targetType: "user", targetId: userId, at: now });
  }
  return true;
}

/**
 * Ends every session of an account (an admin's action): bumps the session version and
 * removes the session rows, so each ends at its next request. Checked and audited here.
 */
export async function endAllSessions(actor: Actor, userId: number, ip: string | null = null, now = new Date()): Promise<{ ok: boolean }> {
  if (!can(actor, "end:session:any")) {
    await record({ actor, action: "session.terminate_all", outcome: "denied", targetType: "user", targetId: userId, ip, at: now });
    return { ok: false };
  }
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!target) {
    await record({ actor, action: "session.terminate_all", outcome: "failed", targetType: "user", targetId: userId, ip, at: now });
    return { ok: false };
  }
  const [, ended] = await db.$transaction([
    db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } }),
    db.userSession.deleteMany({ where: { userId } }),
  ]);
  await record({ actor, action: "session.terminate_all", outcome: "success", targetType: "user", targetId: userId, ip, detail: `${ended.count} sessions`, at: now });
  return { ok: true };
}

/** A failed sign-in with the e-mail of a staff account is audited (residents' are not). */
export async function auditFailedLogin(email: string, ip: string | null, detail = "password", now = new Date()): Promise<void> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, role: true } });
  if (!user || !isStaffRole(user.role)) return;
  await record({ actor: user, action: "auth.login_failed", outcome: "failed", targetType: "user", targetId: user.id, ip, detail, at: now });
}

/** Where a staff member goes after signing in: the password change when it is due, else `next`. */
export async function staffLanding(userId: number, next: string): Promise<string> {
  if (await passwordChangeDue(userId)) return "/account/password?expired=1";
  return next === "/account" ? "/admin" : next;
}

/** The account behind a pending (password-checked) login, if it is still valid. */
export async function pendingLoginUser(pending: { userId: number; sessionVersion: number }) {
  const user = await db.user.findUnique({
    where: { id: pending.userId },
    select: { id: true, email: true, role: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt !== null || user.sessionVersion !== pending.sessionVersion || !isStaffRole(user.role)) return null;
  return { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
