import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { FieldErrors, FormResult } from "@/lib/forms/action";
import { assertCanQuestions } from "./access";
import { maskPersonalData } from "@/lib/mailbox/masking";
import type { FaqInput } from "./fields";
import { revalidateFaq } from "./revalidate";

// 常见问题 kept by staff with "manage:faq:any" at /admin/faq: entries written per department
// and theme, or promoted from an answered public question (the question and answer copied,
// editable, the source remembered). Every change is audited and refreshes the FAQ pages and
// the 办事指南 pages that show a department's entries.

export type FaqResult = FormResult<{ id: number }>;

async function checkChoices(input: Pick<FaqInput, "departmentId" | "themeId">): Promise<FieldErrors> {
  const [department, theme] = await Promise.all([
    db.department.findUnique({ where: { id: input.departmentId }, select: { id: true } }),
    db.questionTheme.findUnique({ where: { id: input.themeId }, select: { id: true } }),
  ]);
  const errors: FieldErrors = {};
  if (!department) errors.departmentId = ["请选择部门"];
  if (!theme) errors.themeId = ["请选择主题"];
  return errors;
}

export async function listFaqForStaff() {
  return db.faqEntry.findMany({
    select: { id: true, question: true, answer: true, published: true, sortOrder: true, sourceQuestionId: true, updatedAt: true, department: { select: { name: true } }, theme: { select: { name: true } } },
    orderBy: [{ department: { sortOrder: "asc" } }, { departmentId: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
    take: 1000,
  });
}

export async function getFaqEntry(id: number) {
  return db.faqEntry.findUnique({ where: { id }, select: { id: true, departmentId: true, themeId: true, question: true, answer: true, sortOrder: true, published: true, sourceQuestionId: true } });
}

/** The answered public questions not yet promoted, newest first (to choose one to promote). */
export async function promotableQuestions(take = 30) {
  return db.question.findMany({
    where: { state: "answered", publicConsent: true, faqEntries: { none: {} } },
    select: { id: true, title: true, answeredAt: true, department: { select: { name: true } }, theme: { select: { name: true } } },
    orderBy: [{ answeredAt: "desc" }, { id: "desc" }],
    take,
  });
}

export async function createFaqEntry(actor: Actor, input: FaqInput, ip: string | null, sourceQuestionId: number | null = null): Promise<FaqResult> {
  await assertCanQuestions(actor, "manage:faq:any", ip);
  const errors = await checkChoices(input);
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  const id = await db.$transaction(async (tx) => {
    const created = await tx.faqEntry.create({ data: { ...input, sourceQuestionId }, select: { id: true } });
    await record({ actor, action: "faq.create", outcome: "success", targetType: "faq", targetId: created.id, ip, detail: sourceQuestionId ? `来自问答 ${sourceQuestionId}` : undefined }, tx);
    return created.id;
  });
  revalidateFaq();
  return { ok: true, id };
}

/** Promotes an answered public question: a published entry with its title and answer, in its department and theme. */
export async function promoteQuestion(actor: Actor, questionId: number, ip: string | null): Promise<FaqResult> {
  await assertCanQuestions(actor, "manage:faq:any", ip);
  const question = await db.question.findFirst({
    where: { id: questionId, state: "answered", publicConsent: true },
    select: { id: true, title: true, answer: true, departmentId: true, themeId: true },
  });
  if (!question) return { ok: false, fieldErrors: {}, formError: "只能选入已回复且公开的问题" };
  return createFaqEntry(actor, { departmentId: question.departmentId, themeId: question.themeId, question: maskPersonalData(question.title), answer: question.answer ?? "", sortOrder: 0, published: true }, ip, question.id);
}

export async function updateFaqEntry(actor: Actor, id: number, input: FaqInput, ip: string | null): Promise<FaqResult> {
  await assertCanQuestions(actor, "manage:faq:any", ip);
  const errors = await checkChoices(input);
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  const updated = await db.$transaction(async (tx) => {
    const { count } = await tx.faqEntry.updateMany({ where: { id }, data: input });
    if (count === 1) await record({ actor, action: "faq.update", outcome: "success", targetType: "faq", targetId: id, ip }, tx);
    return count === 1;
  });
  if (!updated) return { ok: false, fieldErrors: {}, formError: "条目不存在" };
  revalidateFaq();
  return { ok: true, id };
}

export async function removeFaqEntry(actor: Actor, id: number, ip: string | null): Promise<boolean> {
  await assertCanQuestions(actor, "manage:faq:any", ip);
  const removed = await db.$transaction(async (tx) => {
    const { count } = await tx.faqEntry.deleteMany({ where: { id } });
    if (count === 1) await record({ actor, action: "faq.remove", outcome: "success", targetType: "faq", targetId: id, ip }, tx);
    return count === 1;
  });
  if (removed) revalidateFaq();
  return removed;
}
