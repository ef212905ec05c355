import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { assertCan } from "@/lib/content/permission";
import { db } from "@/lib/db/client";
import type { FormResult } from "@/lib/forms/action";
import { maskName } from "@/lib/mailbox/masking";
import { CLOSED_MESSAGE, QUESTION_STATUSES, QUESTIONS_PER_HOUR, RATE_LIMITED_MESSAGE, type QuestionInput, type QuestionStatus } from "./fields";
import { revalidateInterview } from "./revalidate";
import { INTERVIEW_STATUSES, interviewStatus, takesQuestions } from "./status";

// Residents' questions to a 嘉宾访谈: sent before and during it, pre-moderated (pending ->
// approved | rejected with a reason); the moderator marks approved ones as put to the guest.
// A pending or rejected question is shown to its writer only (/account, the question page).
// Moderators see the writer's masked name only.

const HOUR_MS = 3_600_000;
const MODERATE = "moderate:interviewquestion:any" as const;

export type SubmitQuestionResult = FormResult<{ id: number }>;

/**
 * Stores a pending question. The hourly limit is a count of the writer's questions in the
 * insert's transaction after a lock on their User row (a row lock on PostgreSQL, the write lock
 * on SQLite), as comments do: exact with several instances and concurrent requests. The status
 * is checked in the same transaction, so a cached page still showing the form cannot let a
 * question in after the end.
 */
export async function submitQuestion(actor: Actor, input: QuestionInput, now = new Date()): Promise<SubmitQuestionResult> {
  return db.$transaction(
    async (tx): Promise<SubmitQuestionResult> => {
      await tx.$executeRaw`UPDATE "User" SET "sessionVersion" = "sessionVersion" WHERE "id" = ${actor.id}`;
      const interview = await tx.interview.findFirst({ where: { id: input.interviewId, published: true }, select: { startsAt: true, endsAt: true, liveSwitch: true } });
      if (!interview) return { ok: false, fieldErrors: {}, formError: "未找到该访谈" };
      if (!takesQuestions(interviewStatus(interview, now))) return { ok: false, fieldErrors: {}, formError: CLOSED_MESSAGE };
      const lastHour = await tx.interviewQuestion.count({ where: { authorId: actor.id, createdAt: { gt: new Date(now.getTime() - HOUR_MS) } } });
      if (lastHour >= QUESTIONS_PER_HOUR) return { ok: false, fieldErrors: {}, formError: RATE_LIMITED_MESSAGE };
      const profile = await tx.profile.findUnique({ where: { userId: actor.id }, select: { name: true } });
      const { id } = await tx.interviewQuestion.create({
        data: { interviewId: input.interviewId, authorId: actor.id, maskedName: maskName(profile?.name), body: input.body, createdAt: now },
        select: { id: true },
      });
      return { ok: true, id };
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}

const statusLabel = (status: string) => QUESTION_STATUSES[status as QuestionStatus] ?? status;

/** The resident's own questions (all states), newest first: /account and the question page. */
export async function myInterviewQuestions(actor: Actor, interviewId?: number, now = new Date()) {
  const rows = await db.interviewQuestion.findMany({
    where: { authorId: actor.id, ...(interviewId !== undefined ? { interviewId } : {}) },
    select: {
      id: true,
      body: true,
      status: true,
      rejectionReason: true,
      putToGuest: true,
      answeredTurnId: true,
      createdAt: true,
      interview: { select: { id: true, title: true, startsAt: true, endsAt: true, liveSwitch: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  return rows.map(({ interview, ...row }) => ({
    ...row,
    statusLabel: statusLabel(row.status),
    interviewId: interview.id,
    interviewTitle: interview.title,
    interviewStatus: INTERVIEW_STATUSES[interviewStatus(interview, now)],
  }));
}

/** What the question page needs of the interview; null when it is not public. */
export async function questionFormContext(interviewId: number, now = new Date()) {
  const interview = await db.interview.findFirst({ where: { id: interviewId, published: true }, select: { id: true, title: true, startsAt: true, endsAt: true, liveSwitch: true } });
  return interview ? { id: interview.id, title: interview.title, status: interviewStatus(interview, now) } : null;
}

// ---- Moderation (/admin/interviews/questions) ----

export async function pendingQuestionCount(): Promise<number> {
  return db.interviewQuestion.count({ where: { status: "pending" } });
}

const queueColumns = {
  id: true,
  body: true,
  status: true,
  maskedName: true,
  rejectionReason: true,
  putToGuest: true,
  answeredTurnId: true,
  createdAt: true,
  moderatedAt: true,
  interview: { select: { id: true, title: true } },
} as const;

/** Pending questions (oldest first) and the approved ones of interviews not yet archived. */
export async function questionQueue(actor: Actor, ip: string | null, now = new Date()) {
  await assertCan(actor, MODERATE, ip);
  const [pending, approved] = await Promise.all([
    db.interviewQuestion.findMany({ where: { status: "pending" }, select: queueColumns, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 200 }),
    db.interviewQuestion.findMany({
      where: { status: "approved", interview: { OR: [{ liveSwitch: "live" }, { liveSwitch: "auto", endsAt: { gt: now } }] } },
      select: queueColumns,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 200,
    }),
  ]);
  return { pending, approved };
}

type ModerationResult = { ok: true } | { ok: false; formError: string };

async function moderate(actor: Actor, questionId: number, ip: string | null, action: string, change: { where: object; data: object; detail?: string }, now: Date): Promise<ModerationResult> {
  const interviewId = await db.$transaction(async (tx) => {
    const { count } = await tx.interviewQuestion.updateMany({ where: { id: questionId, ...change.where }, data: { ...change.data, moderatedById: actor.id, moderatedAt: now } });
    if (count !== 1) return null;
    await record({ actor, action, outcome: "success", targetType: "interview_question", targetId: questionId, ip, detail: change.detail, at: now }, tx);
    return (await tx.interviewQuestion.findUnique({ where: { id: questionId }, select: { interviewId: true } }))?.interviewId ?? null;
  });
  if (interviewId === null) return { ok: false, formError: "这个问题已被处理或不存在" };
  revalidateInterview(interviewId);
  return { ok: true };
}

export async function approveQuestion(actor: Actor, questionId: number, ip: string | null, now = new Date()): Promise<ModerationResult> {
  await assertCan(actor, MODERATE, ip);
  return moderate(actor, questionId, ip, "interview.question_approve", { where: { status: "pending" }, data: { status: "approved", rejectionReason: null } }, now);
}

export async function rejectQuestion(actor: Actor, questionId: number, reason: string, ip: string | null, now = new Date()): Promise<ModerationResult> {
  await assertCan(actor, MODERATE, ip);
  return moderate(actor, questionId, ip, "interview.question_reject", { where: { status: "pending" }, data: { status: "rejected", rejectionReason: reason }, detail: reason }, now);
}

/** Marks an approved question as put to the guest (or takes the mark back). */
export async function putQuestionToGuest(actor: Actor, questionId: number, put: boolean, ip: string | null, now = new Date()): Promise<ModerationResult> {
  await assertCan(actor, MODERATE, ip);
  return moderate(actor, questionId, ip, "interview.question_put", { where: { status: "approved", putToGuest: !put }, data: { putToGuest: put }, detail: put ? "提交嘉宾" : "撤回提交嘉宾" }, now);
}
