import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import type { FormResult } from "@/lib/forms/action";
import { addWorkingDays, loadCalendarExceptions } from "@/lib/mailbox/calendar";
import { syncQuestion } from "@/lib/search/sources";
import { assertCanQuestions } from "./access";
import { ANSWER_WORKING_DAYS, type RejectQuestionInput } from "./fields";
import { revalidateQuestion } from "./revalidate";

// Pre-moderation of questions (/admin/moderation/questions), with the comments' template
// reasons (ModerationReason): pending -> open (published, routed to the department, due in
// ANSWER_WORKING_DAYS working days) or pending -> rejected with a reason. A published or
// answered question can be withdrawn (-> rejected with a reason): it leaves the board and the
// search. Each decision moves the question only from the state it was read in (two
// moderators cannot both decide), is audited, and refreshes the public pages.

export type ModerationResult = FormResult;

const queueColumns = {
  id: true,
  title: true,
  content: true,
  state: true,
  publicConsent: true,
  rejectionReason: true,
  maskedName: true,
  createdAt: true,
  moderatedAt: true,
  dueAt: true,
  department: { select: { name: true } },
  theme: { select: { name: true } },
} as const;

/** Pending questions oldest first, and the latest decisions. Askers appear by masked name only. */
export async function questionModerationQueue(recentCount = 20) {
  const [pending, recent] = await Promise.all([
    db.question.findMany({ where: { state: "pending" }, select: queueColumns, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 200 }),
    db.question.findMany({ where: { state: { not: "pending" }, moderatedAt: { not: null } }, select: queueColumns, orderBy: [{ moderatedAt: "desc" }, { id: "desc" }], take: recentCount }),
  ]);
  return { pending, recent };
}

const NOT_PENDING: ModerationResult = { ok: false, fieldErrors: {}, formError: "这个问题已被处理或不存在" };

async function move(
  actor: Actor,
  questionId: number,
  ip: string | null,
  from: string[],
  action: "question.publish" | "question.reject" | "question.withdraw",
  data: (now: Date, tx: Pick<Prisma.TransactionClient, "workCalendarDay">) => Promise<{ state: string; rejectionReason?: string; dueAt?: Date }>,
  now: Date,
): Promise<ModerationResult> {
  const moved = await db.$transaction(async (tx) => {
    const change = await data(now, tx);
    const { count } = await tx.question.updateMany({ where: { id: questionId, state: { in: from } }, data: { ...change, moderatedById: actor.id, moderatedAt: now } });
    if (count !== 1) return false;
    await syncQuestion(tx, questionId);
    await record({ actor, action, outcome: "success", targetType: "question", targetId: questionId, ip, detail: change.rejectionReason, at: now }, tx);
    return true;
  });
  if (!moved) return NOT_PENDING;
  revalidateQuestion(questionId);
  return { ok: true };
}

/** Publishes a pending question: routed to its department, due at the end of the 5th working day. */
export async function publishQuestion(actor: Actor, questionId: number, ip: string | null, now = new Date()): Promise<ModerationResult> {
  await assertCanQuestions(actor, "moderate:question:any", ip);
  return move(actor, questionId, ip, ["pending"], "question.publish", async (at, tx) => ({ state: "open", dueAt: addWorkingDays(at, ANSWER_WORKING_DAYS, await loadCalendarExceptions(tx)) }), now);
}

async function reasonText(input: RejectQuestionInput): Promise<string | null> {
  const reason = await db.moderationReason.findUnique({ where: { id: input.reasonId }, select: { text: true } });
  if (!reason) return null;
  return input.note ? `${reason.text}（${input.note}）` : reason.text;
}

/** Rejects a pending question with a template reason (its text copied) and the moderator's note. */
export async function rejectQuestion(actor: Actor, input: RejectQuestionInput, ip: string | null, now = new Date()): Promise<ModerationResult> {
  await assertCanQuestions(actor, "moderate:question:any", ip);
  const rejectionReason = await reasonText(input);
  if (!rejectionReason) return { ok: false, fieldErrors: { reasonId: ["请选择驳回理由"] } };
  return move(actor, input.questionId, ip, ["pending"], "question.reject", async () => ({ state: "rejected", rejectionReason }), now);
}

/** Takes a published or answered question off the board and out of the search, with a reason. */
export async function withdrawQuestion(actor: Actor, input: RejectQuestionInput, ip: string | null, now = new Date()): Promise<ModerationResult> {
  await assertCanQuestions(actor, "moderate:question:any", ip);
  const rejectionReason = await reasonText(input);
  if (!rejectionReason) return { ok: false, fieldErrors: { reasonId: ["请选择驳回理由"] } };
  return move(actor, input.questionId, ip, ["open", "answered"], "question.withdraw", async () => ({ state: "rejected", rejectionReason }), now);
}
