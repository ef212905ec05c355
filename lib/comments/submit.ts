import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import type { FormResult } from "@/lib/forms/action";
import { CLOSED_MESSAGE, COMMENTS_PER_HOUR, RATE_LIMITED_MESSAGE, type CommentInput } from "./fields";
import { revalidateSubject, subjectOf } from "./subjects";
import { currentWords, findSensitiveWords } from "./words";

// What readers do: write a comment (it waits for moderation) and report a published one.

const HOUR_MS = 3_600_000;
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

export type SubmitResult = FormResult<{ id: number; flagged: string[] }>;

/**
 * Stores a pending comment, with the sensitive words it contains as of now. The hourly limit
 * is a count of the author's comments in the same transaction as the insert, after a lock on
 * the author's row (a row lock on PostgreSQL, the write lock on SQLite): exact with several
 * server instances and concurrent requests, with no separate counter to keep.
 */
export async function submitComment(actor: Actor, input: CommentInput, now = new Date()): Promise<SubmitResult> {
  const subject = await subjectOf(input.subjectKind, input.subjectId, now);
  if (!subject?.open) return { ok: false, fieldErrors: {}, formError: CLOSED_MESSAGE };
  const flagged = findSensitiveWords(input.body, await currentWords());
  const created = await db.$transaction(async (tx) => {
    await tx.$executeRaw`UPDATE "User" SET "sessionVersion" = "sessionVersion" WHERE "id" = ${actor.id}`;
    const lastHour = await tx.comment.count({ where: { authorId: actor.id, createdAt: { gt: new Date(now.getTime() - HOUR_MS) } } });
    if (lastHour >= COMMENTS_PER_HOUR) return null;
    return tx.comment.create({
      data: { subjectKind: input.subjectKind, subjectId: input.subjectId, authorId: actor.id, body: input.body, flaggedWords: JSON.stringify(flagged), createdAt: now },
      select: { id: true },
    });
  }, TRANSACTION_OPTIONS);
  if (!created) return { ok: false, fieldErrors: {}, formError: RATE_LIMITED_MESSAGE };
  return { ok: true, id: created.id, flagged };
}

export type ReportResult = { ok: true } | { ok: false; formError: string };

/**
 * A signed-in reader's 举报: the published comment goes back to the queue (pending, marked
 * reported) and leaves the public page. Each reader reports a comment once (CommentReport's key).
 */
export async function reportComment(actor: Actor, commentId: number, now = new Date()): Promise<ReportResult> {
  let comment: { subjectKind: string; subjectId: number } | null;
  try {
    comment = await db.$transaction(async (tx) => {
      const found = await tx.comment.findUnique({ where: { id: commentId }, select: { status: true, subjectKind: true, subjectId: true } });
      if (!found || found.status !== "approved") return null;
      await tx.commentReport.create({ data: { commentId, reporterId: actor.id, createdAt: now }, select: { commentId: true } });
      const moved = await tx.comment.updateMany({ where: { id: commentId, status: "approved" }, data: { status: "pending", reportCount: { increment: 1 }, reportedAt: now } });
      if (moved.count !== 1) return null;
      await record({ actor, action: "comment.report", outcome: "success", targetType: "comment", targetId: commentId, at: now }, tx);
      return found;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, formError: "您已举报过这条评论" };
    throw error;
  }
  if (!comment) return { ok: false, formError: "这条评论已不在公开列表中" };
  await revalidateSubject(comment.subjectKind, comment.subjectId);
  return { ok: true };
}
