import { record } from "@/lib/audit/audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import type { FormResult } from "@/lib/forms/action";
import { addWorkingDays, loadCalendarExceptions } from "@/lib/mailbox/calendar";
import { kickMailSender } from "@/lib/mail/sender";
import { syncQuestion } from "@/lib/search/sources";
import { assertCanQuestions, questionScope, scopeWhere, type QuestionScope } from "./access";
import { DUE_SOON_WORKING_DAYS, type StaffQueue } from "./fields";
import { noticeQuestionAnswered } from "./notices";
import { revalidateQuestion } from "./revalidate";

// What staff do at /admin/questions: the list of the questions in their scope (filtered by
// queue: ?state=toModerate|toAnswer|overdue|dueSoon|answered), one question, the answer (with
// the asker's notice in the same transaction) and, for admins, a new department. Also the
// counts and due items other modules read (the staff dashboard, the daily digest).

export const STAFF_PAGE_SIZE = 50;

export type Deadline = "overdue" | "soon" | null;

export function deadlineOf(question: { state: string; dueAt: Date | null }, now: Date, soonLimit: Date): Deadline {
  if (question.state !== "open" || !question.dueAt) return null;
  if (question.dueAt < now) return "overdue";
  return question.dueAt <= soonLimit ? "soon" : null;
}

async function soonLimitOf(now: Date): Promise<Date> {
  return addWorkingDays(now, DUE_SOON_WORKING_DAYS, await loadCalendarExceptions());
}

function queueWhere(queue: StaffQueue, now: Date, soonLimit: Date): Prisma.QuestionWhereInput {
  switch (queue) {
    case "toModerate":
      return { state: "pending" };
    case "toAnswer":
      return { state: "open" };
    case "overdue":
      return { state: "open", dueAt: { lt: now } };
    case "dueSoon":
      return { state: "open", dueAt: { gte: now, lte: soonLimit } };
    case "answered":
      return { state: "answered" };
  }
}

/** The where clause of a queue as the actor may see it; null: nothing (no scope, or pending without the moderator's permission). */
function visibleWhere(actor: Actor, scope: QuestionScope, queue: StaffQueue | null, now: Date, soonLimit: Date, departmentId: number | null): Prisma.QuestionWhereInput | null {
  const department = departmentId !== null ? [{ departmentId }] : [];
  if (queue === "toModerate") return can(actor, "moderate:question:any") ? { AND: [{ state: "pending" }, ...department] } : null;
  if (scope === null) return null;
  return { AND: [scopeWhere(scope), ...(queue ? [queueWhere(queue, now, soonLimit)] : []), ...department] };
}

const listColumns = {
  id: true,
  title: true,
  state: true,
  publicConsent: true,
  dueAt: true,
  createdAt: true,
  answeredAt: true,
  department: { select: { id: true, name: true } },
  theme: { select: { name: true } },
} as const;

/** One page of the questions in the actor's scope and queue (null: every state in scope). */
export async function listQuestionsForStaff(actor: Actor, filter: { queue: StaffQueue | null; departmentId: number | null; page: number }, now = new Date()) {
  const soonLimit = await soonLimitOf(now);
  const where = visibleWhere(actor, await questionScope(actor), filter.queue, now, soonLimit, filter.departmentId);
  if (!where) return { total: 0, page: 1, pages: 1, questions: [] };
  const total = await db.question.count({ where });
  const pages = Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const rows = await db.question.findMany({
    where,
    select: listColumns,
    // The open queues by due date (most overdue first); the others newest first.
    orderBy: filter.queue && filter.queue !== "answered" && filter.queue !== "toModerate" ? [{ dueAt: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * STAFF_PAGE_SIZE,
    take: STAFF_PAGE_SIZE,
  });
  return { total, page, pages, questions: rows.map((row) => ({ ...row, deadline: deadlineOf(row, now, soonLimit) })) };
}

/** The departments the actor's list may be filtered by. */
export async function departmentsInScope(actor: Actor) {
  const scope = await questionScope(actor);
  if (scope === null) return [];
  return db.department.findMany({
    where: scope === "all" ? {} : { id: { in: scope.departmentIds } },
    select: { id: true, name: true, active: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}

/** One question in the actor's scope (null: unknown or out of scope, the page answers 404). Askers appear by masked name only. */
export async function getQuestionForStaff(actor: Actor, id: number, now = new Date()) {
  const scope = await questionScope(actor);
  if (scope === null) return null;
  const question = await db.question.findFirst({
    where: { AND: [{ id }, scopeWhere(scope)] },
    select: {
      ...listColumns,
      content: true,
      maskedName: true,
      rejectionReason: true,
      answer: true,
      moderatedAt: true,
      faqEntries: { select: { id: true } },
    },
  });
  if (!question) return null;
  return { ...question, deadline: deadlineOf(question, now, await soonLimitOf(now)) };
}

export type StaffResult = FormResult;
const NOT_OPEN: StaffResult = { ok: false, fieldErrors: {}, formError: "这个问题不在待回复状态，或不在您的办理范围内" };

/**
 * Answers an open question in the actor's scope: answered, in the search when public, the
 * asker's notice queued in the same transaction; audited; the public pages refreshed.
 */
export async function answerQuestion(actor: Actor, input: { questionId: number; answer: string }, ip: string | null, now = new Date()): Promise<StaffResult> {
  await assertCanQuestions(actor, "answer:question:department", ip);
  const scope = await questionScope(actor);
  if (scope === null) return NOT_OPEN;
  const answered = await db.$transaction(async (tx) => {
    const { count } = await tx.question.updateMany({
      where: { AND: [{ id: input.questionId, state: "open" }, scopeWhere(scope)] },
      data: { state: "answered", answer: input.answer, answeredById: actor.id, answeredAt: now },
    });
    if (count !== 1) return false;
    await syncQuestion(tx, input.questionId);
    await noticeQuestionAnswered(tx, input.questionId);
    await record({ actor, action: "question.answer", outcome: "success", targetType: "question", targetId: input.questionId, ip, at: now }, tx);
    return true;
  });
  if (!answered) return NOT_OPEN;
  revalidateQuestion(input.questionId);
  kickMailSender();
  return { ok: true };
}

/** An admin routes a pending or open question to another (active) department; audited with both names. */
export async function reassignQuestion(actor: Actor, input: { questionId: number; departmentId: number }, ip: string | null, now = new Date()): Promise<StaffResult> {
  await assertCanQuestions(actor, "assign:question:any", ip);
  const department = await db.department.findFirst({ where: { id: input.departmentId, active: true }, select: { id: true, name: true } });
  if (!department) return { ok: false, fieldErrors: { departmentId: ["请选择部门"] } };
  const moved = await db.$transaction(async (tx) => {
    const question = await tx.question.findUnique({ where: { id: input.questionId }, select: { departmentId: true, department: { select: { name: true } } } });
    if (!question) return "missing";
    if (question.departmentId === department.id) return "same";
    const { count } = await tx.question.updateMany({ where: { id: input.questionId, state: { in: ["pending", "open"] } }, data: { departmentId: department.id } });
    if (count !== 1) return "missing";
    await record({ actor, action: "question.reassign", outcome: "success", targetType: "question", targetId: input.questionId, ip, detail: `${question.department.name} → ${department.name}`, at: now }, tx);
    return "moved";
  });
  if (moved === "same") return { ok: false, fieldErrors: { departmentId: ["问题已在该部门"] } };
  if (moved === "missing") return { ok: false, fieldErrors: {}, formError: "只有待审核或待回复的问题可以改派" };
  revalidateQuestion(input.questionId);
  return { ok: true };
}

export interface QuestionQueueCounts {
  toModerate: number;
  toAnswer: number;
  overdue: number;
  dueSoon: number;
}

/** How many questions of one staff-list queue the user sees (for the staff dashboard). */
export async function countQuestionsForStaff(user: Actor, queue: keyof QuestionQueueCounts, now = new Date()): Promise<number> {
  const where = visibleWhere(user, await questionScope(user), queue, now, await soonLimitOf(now), null);
  return where ? db.question.count({ where }) : 0;
}

/** The counts of all the staff list's queues as the user sees them. */
export async function questionQueueCounts(user: Actor, now = new Date()): Promise<QuestionQueueCounts> {
  const [toModerate, toAnswer, overdue, dueSoon] = await Promise.all(
    (["toModerate", "toAnswer", "overdue", "dueSoon"] as const).map((queue) => countQuestionsForStaff(user, queue, now)),
  );
  return { toModerate: toModerate!, toAnswer: toAnswer!, overdue: overdue!, dueSoon: dueSoon! };
}

/** Where each count of questionQueueCounts leads (the filtered list). */
export const QUESTION_QUEUE_LINKS: Record<keyof QuestionQueueCounts, string> = {
  toModerate: "/admin/moderation/questions",
  toAnswer: "/admin/questions?state=toAnswer",
  overdue: "/admin/questions?state=overdue",
  dueSoon: "/admin/questions?state=dueSoon",
};

/** The open questions of these departments that are overdue or due within DUE_SOON_WORKING_DAYS working days (for a daily staff digest), earliest first. */
export async function questionsDueForDigest(departmentIds: number[], now = new Date()) {
  if (departmentIds.length === 0) return [];
  const soonLimit = await soonLimitOf(now);
  const rows = await db.question.findMany({
    where: { state: "open", departmentId: { in: departmentIds }, dueAt: { lte: soonLimit } },
    select: { id: true, title: true, dueAt: true, departmentId: true, department: { select: { name: true } } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ ...row, overdue: row.dueAt !== null && row.dueAt < now, path: `/admin/questions/${row.id}` }));
}
