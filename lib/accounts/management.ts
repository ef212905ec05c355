import { db } from "@/lib/db/client";
import { record } from "@/lib/audit/audit";
import { can, isStaffRole, type Actor, type StaffRole } from "@/lib/auth/permissions";
import { queueMail } from "@/lib/mail/outbox";
import { CONTACT_HINT } from "@/lib/auth/login";
import { disableAccount, eraseAccount, runCleanUps } from "./accounts";
import { createStaffAccount, type CreateStaffResult } from "./staff-accounts";

// User management in the staff console (/admin/users): finding residents, the staff list,
// disabling and re-enabling accounts, cancelling a registration (注销) and staff roles.
// Every function takes the actor and checks "manage:user:any" itself; every change and every
// search is audited. The resident's personal data is opened only through
// viewResidentProfile (staff-view.ts), which is audited as profile.view.

export type ManageResult<T = undefined> = { ok: true; value: T } | { ok: false; error: "denied" | "not_found" | "self" | "not_resident" | "not_staff" };

const DENIED = { ok: false, error: "denied" } as const;
const NOT_FOUND = { ok: false, error: "not_found" } as const;

async function guard(actor: Actor, action: string, targetId: number | undefined, ip: string | null): Promise<boolean> {
  if (can(actor, "manage:user:any")) return true;
  await record({ actor, action, outcome: "denied", targetType: "user", targetId, ip });
  return false;
}

export const SEARCH_PAGE_SIZE = 20;

/** What a query looks for: an e-mail, a phone number or a name (each exact or prefix). */
export function queryKind(query: string): "email" | "phone" | "name" {
  if (query.includes("@")) return "email";
  if (/^\d+$/.test(query)) return "phone";
  return "name";
}

/** Masks a phone number for result lists: 139****5678. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : "****";
}

/**
 * Residents whose e-mail, phone number or name equals or starts with the query (which field
 * follows from the query's form: with "@" the e-mail, digits the phone, else the name).
 * Prefix matches use the e-mail's unique index; names and phones are scanned. Results carry
 * the name and a masked phone only; the search is audited (kind and count, never the query).
 */
export async function searchResidents(actor: Actor, rawQuery: string, page = 1, ip: string | null = null) {
  if (!(await guard(actor, "user.search", undefined, ip))) return DENIED;
  const query = rawQuery.trim();
  const kind = queryKind(query);
  const match =
    kind === "email"
      ? { email: { startsWith: query.toLowerCase() } }
      : kind === "phone"
        ? { profile: { is: { phone: { startsWith: query } } } }
        : { profile: { is: { name: { startsWith: query } } } };
  const where = { role: "resident", ...match };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      select: { id: true, email: true, createdAt: true, disabledAt: true, profile: { select: { name: true, phone: true } } },
      orderBy: { id: "asc" },
      skip: (Math.max(1, page) - 1) * SEARCH_PAGE_SIZE,
      take: SEARCH_PAGE_SIZE,
    }),
    db.user.count({ where }),
  ]);
  await record({ actor, action: "user.search", outcome: "success", targetType: "user", ip, detail: `${kind}: ${total} found` });
  return {
    ok: true as const,
    value: {
      total,
      residents: rows.map(({ profile, ...user }) => ({ ...user, name: profile?.name ?? "", phone: profile ? maskPhone(profile.phone) : "" })),
    },
  };
}

/** Every staff account with its role, status and departments. */
export async function listStaff(actor: Actor) {
  if (!can(actor, "manage:user:any")) return [];
  const rows = await db.user.findMany({
    where: { role: { not: "resident" } },
    select: {
      id: true,
      email: true,
      role: true,
      disabledAt: true,
      mustChangePassword: true,
      totpEnabledAt: true,
      departments: { select: { department: { select: { name: true } } }, orderBy: { department: { sortOrder: "asc" } } },
    },
    orderBy: [{ role: "asc" }, { email: "asc" }],
  });
  return rows.map(({ departments, ...user }) => ({ ...user, departments: departments.map((member) => member.department.name) }));
}

/** The account facts the user page shows besides the (audited) profile: no personal data. */
export async function accountStatus(userId: number) {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, createdAt: true, disabledAt: true, disabledReason: true, mustChangePassword: true, totpEnabledAt: true, _count: { select: { sessions: true } } },
  });
}

async function targetOf(userId: number) {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, disabledAt: true } });
}

/**
 * Disables an account with a reason: no more sign-ins (the owner sees the reason after
 * entering the right password, lib/auth/login.ts) and every session ends. Not one's own.
 */
export async function disableUser(actor: Actor, userId: number, reason: string, ip: string | null = null, now = new Date()): Promise<ManageResult> {
  if (!(await guard(actor, "user.disable", userId, ip))) return DENIED;
  if (userId === actor.id) return { ok: false, error: "self" };
  if (!(await targetOf(userId))) return NOT_FOUND;
  await disableAccount(userId, now, reason);
  await record({ actor, action: "user.disable", outcome: "success", targetType: "user", targetId: userId, ip, detail: reason, at: now });
  return { ok: true, value: undefined };
}

export async function enableUser(actor: Actor, userId: number, ip: string | null = null): Promise<ManageResult> {
  if (!(await guard(actor, "user.enable", userId, ip))) return DENIED;
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { disabledAt: null, disabledReason: null } });
  if (count === 0) return NOT_FOUND;
  await record({ actor, action: "user.enable", outcome: "success", targetType: "user", targetId: userId, ip });
  return { ok: true, value: undefined };
}

export const CANCEL_MAIL_KIND = "account.cancelled";

/** The notice sent to a resident whose registration staff cancelled. */
export function cancellationNotice(reason: string) {
  const why = reason.trim().replace(/[。.！!]+$/, "");
  return {
    subject: "您在昌吉回族自治州人民政府门户网站的账户已注销",
    body: [
      "您好：",
      "",
      `您在昌吉回族自治州人民政府门户网站注册的账户已由网站工作人员注销，原因：${why}。`,
      "账户和您在“个人中心”填写的个人信息已一并删除，无法恢复；您可以用同一电子邮箱重新注册。",
      `如有疑问请联系${CONTACT_HINT}。`,
      "",
      "昌吉回族自治州人民政府门户网站",
    ].join("\n"),
  };
}

/**
 * 注销 a resident's registration with a reason: the account and its personal data are erased
 * exactly as when the resident deletes it (eraseAccount), and a notice with the reason is
 * queued to the account's e-mail address - the only way the person can learn why, since no
 * account is left to sign in to. One transaction: the mail exists only if the erasure happened.
 */
export async function cancelRegistration(actor: Actor, userId: number, reason: string, ip: string | null = null): Promise<ManageResult> {
  if (!(await guard(actor, "user.cancel", userId, ip))) return DENIED;
  const target = await targetOf(userId);
  if (!target) return NOT_FOUND;
  if (target.role !== "resident") return { ok: false, error: "not_resident" };
  const notice = cancellationNotice(reason);
  const cleanUps = await db.$transaction(async (tx) => {
    await queueMail(tx, { to: target.email, ...notice, kind: CANCEL_MAIL_KIND });
    return eraseAccount(tx, userId, target.email);
  });
  await runCleanUps(cleanUps);
  await record({ actor, action: "user.cancel", outcome: "success", targetType: "user", targetId: userId, ip, detail: reason });
  return { ok: true, value: undefined };
}

/** Creates a staff account from the console (createStaffAccount: random password, change at first login). */
export async function createStaffByAdmin(actor: Actor, input: { email: string; role: string }, ip: string | null = null): Promise<CreateStaffResult> {
  if (!(await guard(actor, "user.create", undefined, ip))) return { ok: false, error: "无权创建工作人员账户" };
  return createStaffAccount(input, new Date(), { actor, ip });
}

/**
 * Changes a staff member's role (not one's own, and not to or from resident). Leaving the
 * handler role removes the department memberships, which only handlers have.
 */
export async function changeStaffRole(actor: Actor, userId: number, role: StaffRole, ip: string | null = null): Promise<ManageResult> {
  if (!(await guard(actor, "user.role", userId, ip))) return DENIED;
  if (userId === actor.id) return { ok: false, error: "self" };
  const target = await targetOf(userId);
  if (!target) return NOT_FOUND;
  if (!isStaffRole(target.role) || !isStaffRole(role)) return { ok: false, error: "not_staff" };
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { role }, select: { id: true } }),
    ...(role === "handler" ? [] : [db.departmentMember.deleteMany({ where: { userId } })]),
  ]);
  await record({ actor, action: "user.role", outcome: "success", targetType: "user", targetId: userId, ip, detail: `${target.role} -> ${role}` });
  return { ok: true, value: undefined };
}
