import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { assertCan } from "@/lib/content/permission";
import { isTransition, TRANSITIONS, type Transition } from "@/lib/content/workflow";
import { db, Prisma } from "@/lib/db/client";
import type { FieldErrors } from "@/lib/forms/action";
import { syncServiceGuide } from "@/lib/search/sources";
import { faqJson, faqToText, materialsJson, materialsToText, readList, stepsJson, stepsToText, type ServiceGuideInput } from "./fields";
import { revalidateServiceGuide } from "./revalidate";

// 办事指南 in the staff console (/admin/services): the list, creating and editing, and the
// articles' workflow (lib/content/workflow.ts: 草稿 -> 待审核 -> 已发布 -> 已下线). Every change
// is audited; the search index follows in the same transaction and the public pages are
// revalidated at once (docs/decisions/0017).

export const SERVICE_PAGE_SIZE = 30;

/** Publishing and taking offline need publish:service:any; the rest manage:service:any. */
export function servicePermissionFor(transition: Transition) {
  return transition === "publish" || transition === "archive" ? "publish:service:any" : "manage:service:any";
}

export interface ServiceFilter {
  status?: string | undefined;
  name?: string | undefined;
}

export async function listGuidesForStaff(filter: ServiceFilter, page: number) {
  const where: Prisma.ServiceGuideWhereInput = {
    AND: [filter.status ? { status: filter.status } : {}, filter.name ? { OR: [{ name: { contains: filter.name } }, { code: { contains: filter.name } }] } : {}],
  };
  const [total, items] = await Promise.all([
    db.serviceGuide.count({ where }),
    db.serviceGuide.findMany({
      where,
      select: { id: true, code: true, name: true, status: true, theme: true, updatedAt: true, department: { select: { name: true } } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * SERVICE_PAGE_SIZE,
      take: SERVICE_PAGE_SIZE,
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / SERVICE_PAGE_SIZE)), items };
}

const editSelect = {
  id: true,
  code: true,
  name: true,
  serviceType: true,
  departmentId: true,
  audience: true,
  theme: true,
  conditions: true,
  materials: true,
  steps: true,
  legalDays: true,
  promisedDays: true,
  fee: true,
  location: true,
  hours: true,
  phone: true,
  complaintPhone: true,
  onlineUrl: true,
  visits: true,
  faq: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
} as const;

/** A guide for the edit page, with its lists as the form's text. */
export async function getGuideForEdit(id: number) {
  const guide = await db.serviceGuide.findUnique({ where: { id }, select: editSelect });
  if (!guide) return null;
  const form: Record<string, string> = {
    code: guide.code,
    name: guide.name,
    serviceType: guide.serviceType,
    departmentId: String(guide.departmentId),
    audience: guide.audience,
    theme: guide.theme,
    conditions: guide.conditions,
    materials: materialsToText(readList(materialsJson, guide.materials)),
    steps: stepsToText(readList(stepsJson, guide.steps)),
    legalDays: String(guide.legalDays),
    promisedDays: String(guide.promisedDays),
    fee: guide.fee,
    location: guide.location,
    hours: guide.hours,
    phone: guide.phone,
    complaintPhone: guide.complaintPhone,
    online: guide.onlineUrl ? "on" : "",
    onlineUrl: guide.onlineUrl ?? "",
    visits: String(guide.visits),
    faq: faqToText(readList(faqJson, guide.faq)),
  };
  const materials = readList(materialsJson, guide.materials).map((material) => material.name);
  return { id: guide.id, code: guide.code, name: guide.name, status: guide.status, publishedAt: guide.publishedAt, updatedAt: guide.updatedAt, form, materials };
}

/** The columns of the form's input (lists as JSON). */
export function columnsOf(input: ServiceGuideInput) {
  return {
    ...input,
    materials: JSON.stringify(input.materials),
    steps: JSON.stringify(input.steps),
    faq: JSON.stringify(input.faq),
  };
}

type SaveResult = { ok: true; id: number } | { ok: false; fieldErrors: FieldErrors };

const CODE_TAKEN = { code: ["该事项编码已被其他办事指南使用"] };
const NO_DEPARTMENT = { departmentId: ["请选择实施主体"] };

async function checkReferences(input: ServiceGuideInput, id: number | null): Promise<FieldErrors | null> {
  const department = await db.department.findUnique({ where: { id: input.departmentId }, select: { id: true } });
  if (!department) return NO_DEPARTMENT;
  const clash = await db.serviceGuide.findFirst({ where: { code: input.code, ...(id !== null ? { id: { not: id } } : {}) }, select: { id: true } });
  return clash ? CODE_TAKEN : null;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** A new guide, always a draft. */
export async function createGuide(actor: Actor, input: ServiceGuideInput, ip: string | null): Promise<SaveResult> {
  await assertCan(actor, "manage:service:any", ip);
  const problem = await checkReferences(input, null);
  if (problem) return { ok: false, fieldErrors: problem };
  try {
    const { id } = await db.serviceGuide.create({ data: { ...columnsOf(input), status: "draft" }, select: { id: true } });
    await record({ actor, action: "service.create", outcome: "success", targetType: "service", targetId: id, ip, detail: `${input.code} ${input.name}` });
    return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: CODE_TAKEN };
    throw error;
  }
}

/** Edits a guide in any status; a published one changes on the public site at once. */
export async function updateGuide(actor: Actor, id: number, input: ServiceGuideInput, ip: string | null): Promise<SaveResult | { ok: false; notFound: true }> {
  await assertCan(actor, "manage:service:any", ip);
  const before = await db.serviceGuide.findUnique({ where: { id }, select: { code: true, status: true } });
  if (!before) return { ok: false, notFound: true };
  const problem = await checkReferences(input, id);
  if (problem) return { ok: false, fieldErrors: problem };
  try {
    await db.$transaction(async (tx) => {
      await tx.serviceGuide.update({ where: { id }, data: columnsOf(input), select: { id: true } });
      await syncServiceGuide(tx, id);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: CODE_TAKEN };
    throw error;
  }
  await record({ actor, action: "service.update", outcome: "success", targetType: "service", targetId: id, ip, detail: `${input.code} ${input.name}` });
  if (before.status === "published") revalidateServiceGuide([before.code, input.code]);
  return { ok: true, id };
}

export type GuideTransitionResult = { ok: true; status: string } | { ok: false; reason: "not_found" | "not_allowed" };

/** Moves a guide along the workflow; only TRANSITIONS from its current status (checked in the update). */
export async function transitionGuide(actor: Actor, id: number, transition: string, ip: string | null): Promise<GuideTransitionResult> {
  if (!isTransition(transition)) return { ok: false, reason: "not_allowed" };
  await assertCan(actor, servicePermissionFor(transition), ip);
  const step = TRANSITIONS[transition];
  const before = await db.serviceGuide.findUnique({ where: { id }, select: { code: true, status: true, publishedAt: true } });
  if (!before) return { ok: false, reason: "not_found" };
  const publishedAt = transition === "publish" ? new Date() : before.publishedAt;
  const count = await db.$transaction(async (tx) => {
    const { count } = await tx.serviceGuide.updateMany({ where: { id, status: step.from }, data: { status: step.to, publishedAt } });
    if (count > 0) await syncServiceGuide(tx, id);
    return count;
  });
  if (count === 0) {
    await record({ actor, action: `service.${transition}`, outcome: "failed", targetType: "service", targetId: id, ip, detail: `状态为 ${before.status}` });
    return { ok: false, reason: "not_allowed" };
  }
  await record({ actor, action: `service.${transition}`, outcome: "success", targetType: "service", targetId: id, ip, detail: `${before.code}: ${step.from} -> ${step.to}` });
  if (before.status === "published" || step.to === "published") revalidateServiceGuide([before.code]);
  return { ok: true, status: step.to };
}

/** The departments a guide may name as 实施主体 (active ones, and the guide's own). */
export async function departmentChoices(current?: number) {
  return db.department.findMany({
    where: { OR: [{ active: true }, ...(current !== undefined ? [{ id: current }] : [])] },
    select: { id: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}
