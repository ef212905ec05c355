import { Prisma, db } from "@/lib/db/client";
import { record } from "@/lib/audit/audit";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DepartmentInput } from "./validation";

// Departments letters are routed to, and the 信件办理员 (handler) assigned to them. Reading is
// open to the code (the mailbox routes letters with these functions); every change takes
// the actor, checks "manage:department:any" itself and is audited. An inactive department
// keeps its letters and members but is offered for no new letter (activeDepartments).

export type Failure = { ok: false; error: "denied" | "not_found" | "not_handler" } | { ok: false; error: "invalid"; fieldErrors: Record<string, string[]> };
export type Outcome<T = undefined> = { ok: true; value: T } | Failure;

const DENIED = { ok: false, error: "denied" } as const;
const NOT_FOUND = { ok: false, error: "not_found" } as const;

const departmentColumns = { id: true, name: true, description: true, sortOrder: true, active: true } as const;
const order = [{ sortOrder: "asc" }, { id: "asc" }] satisfies Prisma.DepartmentOrderByWithRelationInput[];

/** Every department in display order, with its number of members. */
export async function listDepartments() {
  const rows = await db.department.findMany({ select: { ...departmentColumns, _count: { select: { members: true } } }, orderBy: order });
  return rows.map(({ _count, ...department }) => ({ ...department, memberCount: _count.members }));
}

/** The departments a new letter may be sent to. */
export async function activeDepartments() {
  return db.department.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: order });
}

/** One department with its members (staff e-mail and role). */
export async function getDepartment(id: number) {
  const department = await db.department.findUnique({
    where: { id },
    select: { ...departmentColumns, members: { select: { user: { select: { id: true, email: true, role: true, disabledAt: true } } }, orderBy: { createdAt: "asc" } } },
  });
  if (!department) return null;
  const { members, ...rest } = department;
  return { ...rest, members: members.map((member) => member.user) };
}

/** The departments a staff member belongs to (active or not), in display order. */
export async function departmentsOf(userId: number) {
  return db.department.findMany({ where: { members: { some: { userId } } }, select: { id: true, name: true, active: true }, orderBy: order });
}

/**
 * The departments whose letters this actor handles as a 信件办理员 ("handle:letter:department"):
 * the ids of the departments they are assigned to, inactive ones included (their letters
 * still need finishing). Anyone without that permission gets [] - an actor with
 * "handle:letter:any" is not scoped by departments at all.
 */
export async function handlerDepartmentIds(actor: Actor): Promise<number[]> {
  if (!can(actor, "handle:letter:department")) return [];
  const rows = await db.departmentMember.findMany({ where: { userId: actor.id }, select: { departmentId: true }, orderBy: { departmentId: "asc" } });
  return rows.map((row) => row.departmentId);
}

/** Handler accounts that can be assigned to departments. */
export async function assignableHandlers() {
  return db.user.findMany({ where: { role: "handler" }, select: { id: true, email: true, disabledAt: true }, orderBy: { email: "asc" } });
}

async function guard(actor: Actor, action: string, targetId: number | undefined, ip: string | null): Promise<boolean> {
  if (can(actor, "manage:department:any")) return true;
  await record({ actor, action, outcome: "denied", targetType: "department", targetId, ip });
  return false;
}

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
const DUPLICATE: Failure = { ok: false, error: "invalid", fieldErrors: { name: ["已有同名部门"] } };

export async function createDepartment(actor: Actor, input: DepartmentInput, ip: string | null = null): Promise<Outcome<{ id: number }>> {
  if (!(await guard(actor, "department.create", undefined, ip))) return DENIED;
  try {
    const last = await db.department.aggregate({ _max: { sortOrder: true } });
    const created = await db.department.create({
      data: { name: input.name, description: input.description, sortOrder: (last._max.sortOrder ?? 0) + 1 },
      select: { id: true },
    });
    await record({ actor, action: "department.create", outcome: "success", targetType: "department", targetId: created.id, ip });
    return { ok: true, value: created };
  } catch (error) {
    if (isUniqueViolation(error)) return DUPLICATE;
    throw error;
  }
}

/** Renames a department or changes its description. */
export async function updateDepartment(actor: Actor, id: number, input: DepartmentInput, ip: string | null = null): Promise<Outcome> {
  if (!(await guard(actor, "department.update", id, ip))) return DENIED;
  try {
    const { count } = await db.department.updateMany({ where: { id }, data: { name: input.name, description: input.description } });
    if (count === 0) return NOT_FOUND;
  } catch (error) {
    if (isUniqueViolation(error)) return DUPLICATE;
    throw error;
  }
  await record({ actor, action: "department.update", outcome: "success", targetType: "department", targetId: id, ip });
  return { ok: true, value: undefined };
}

/** Moves a department one place up or down the list (the order letters' forms offer them in). */
export async function moveDepartment(actor: Actor, id: number, direction: "up" | "down", ip: string | null = null): Promise<Outcome> {
  if (!(await guard(actor, "department.move", id, ip))) return DENIED;
  const moved = await db.$transaction(async (tx) => {
    const ids = (await tx.department.findMany({ select: { id: true }, orderBy: order })).map((row) => row.id);
    const from = ids.indexOf(id);
    if (from < 0) return false;
    const to = direction === "up" ? from - 1 : from + 1;
    if (to >= 0 && to < ids.length) [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    // Renumber 1..n, so equal or sparse sort orders cannot make a move a no-op.
    for (const [index, departmentId] of ids.entries()) {
      await tx.department.update({ where: { id: departmentId }, data: { sortOrder: index + 1 }, select: { id: true } });
    }
    return true;
  });
  if (!moved) return NOT_FOUND;
  await record({ actor, action: "department.move", outcome: "success", targetType: "department", targetId: id, ip, detail: direction });
  return { ok: true, value: undefined };
}

/** Deactivates (no new letters) or reactivates a department. */
export async function setDepartmentActive(actor: Actor, id: number, active: boolean, ip: string | null = null): Promise<Outcome> {
  const action = active ? "department.activate" : "department.deactivate";
  if (!(await guard(actor, action, id, ip))) return DENIED;
  const { count } = await db.department.updateMany({ where: { id }, data: { active } });
  if (count === 0) return NOT_FOUND;
  await record({ actor, action, outcome: "success", targetType: "department", targetId: id, ip });
  return { ok: true, value: undefined };
}

async function isHandler(userId: number) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  return user?.role === "handler";
}

/** Assigns a 信件办理员 to a department (only handler accounts can be members). */
export async function assignMember(actor: Actor, departmentId: number, userId: number, ip: string | null = null): Promise<Outcome> {
  if (!(await guard(actor, "department.member_add", departmentId, ip))) return DENIED;
  if (!(await db.department.findUnique({ where: { id: departmentId }, select: { id: true } }))) return NOT_FOUND;
  if (!(await isHandler(userId))) return { ok: false, error: "not_handler" };
  await db.departmentMember.upsert({
    where: { userId_departmentId: { userId, departmentId } },
    create: { userId, departmentId },
    update: {},
    select: { userId: true },
  });
  await record({ actor, action: "department.member_add", outcome: "success", targetType: "department", targetId: departmentId, ip, detail: `user ${userId}` });
  return { ok: true, value: undefined };
}

export async function unassignMember(actor: Actor, departmentId: number, userId: number, ip: string | null = null): Promise<Outcome> {
  if (!(await guard(actor, "department.member_remove", departmentId, ip))) return DENIED;
  const { count } = await db.departmentMember.deleteMany({ where: { userId, departmentId } });
  if (count === 0) return NOT_FOUND;
  await record({ actor, action: "department.member_remove", outcome: "success", targetType: "department", targetId: departmentId, ip, detail: `user ${userId}` });
  return { ok: true, value: undefined };
}

/** Replaces the departments of one handler (the user page's check boxes), in one transaction. */
export async function setUserDepartments(actor: Actor, userId: number, departmentIds: number[], ip: string | null = null): Promise<Outcome> {
  if (!(await guard(actor, "department.member_set", undefined, ip))) return DENIED;
  if (!(await isHandler(userId))) return { ok: false, error: "not_handler" };
  const wanted = [...new Set(departmentIds)];
  const existing = await db.department.count({ where: { id: { in: wanted } } });
  if (existing !== wanted.length) return NOT_FOUND;
  await db.$transaction([
    db.departmentMember.deleteMany({ where: { userId, departmentId: { notIn: wanted } } }),
    ...wanted.map((departmentId) =>
      db.departmentMember.upsert({ where: { userId_departmentId: { userId, departmentId } }, create: { userId, departmentId }, update: {}, select: { userId: true } }),
    ),
  ]);
  await record({ actor, action: "department.member_set", outcome: "success", targetType: "user", targetId: userId, ip, detail: `departments ${wanted.join(",") || "none"}` });
  return { ok: true, value: undefined };
}
