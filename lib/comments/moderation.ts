import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import type { FieldErrors, FormResult } from "@/lib/forms/action";
import { kickMailSender } from "@/lib/mail/sender";
import { maskName } from "@/lib/mailbox/masking";
import { queueNotice } from "@/lib/notices/queue";
import type { RejectInput } from "./fields";
import { assertCanModerate } from "./permission";
import { revalidateSubject, subjectsOf } from "./subjects";

// The moderation queue at /admin/moderation. Only a pending comment can be decided
// (pending -> approved | rejected); a report moves an approved one back to pending
// (lib/comments/submit.ts). Each decision is audited and refreshes the subject's public page.
// The queue shows the writer's masked name only: moderators see no personal data.

export function parseFlagged(value: string): string[] {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

const queueColumns = {
  id: true,
  subjectKind: true,
  subjectId: true,
  body: true,
  status: true,
  rejectionReason: true,
  flaggedWords: true,
  reportCount: true,
  reportedAt: true,
  moderatedAt: true,
  createdAt: true,
  author: { select: { profile: { select: { name: true } } } },
} as const;

export async function pendingCommentCount(): Promise<number> {
  return db.comment.count({ where: { status: "pending" } });
}

/** The pending comments (reported and flagged ones first, then oldest first) and the latest decisions. */
export async function moderationQueue(recentCount = 20) {
  const [pending, recent] = await Promise.all([
    db.comment.findMany({ where: { status: "pending" }, select: queueColumns, orderBy: [{ reportedAt: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }], take: 200 }),
    db.comment.findMany({ where: { status: { in: ["approved", "rejected"] } }, select: queueColumns, orderBy: [{ moderatedAt: "desc" }, { id: "desc" }], take: recentCount }),
  ]);
  const subjects = await subjectsOf([...pending, ...recent]);
  const view = (row: (typeof pending)[number]) => ({
    id: row.id,
    body: row.body,
    status: row.status,
    rejectionReason: row.rejectionReason,
    flagged: parseFlagged(row.flaggedWords),
    reportCount: row.reportCount,
    reported: row.reportedAt !== null,
    createdAt: row.createdAt,
    moderatedAt: row.moderatedAt,
    author: maskName(row.author.profile?.name),
    subject: subjects.get(`${row.subjectKind}:${row.subjectId}`) ?? null,
  });
  const ordered = pending.map(view).sort((a, b) => Number(b.reported) - Number(a.reported) || Number(b.flagged.length > 0) - Number(a.flagged.length > 0));
  return { pending: ordered, recent: recent.map(view) };
}

export type ModerationResult = FormResult;

const NOT_PENDING: ModerationResult = { ok: false, fieldErrors: {}, formError: "这条评论已被处理或不存在" };

async function decide(
  actor: Actor,
  commentId: number,
  ip: string | null,
  change: { status: "approved" | "rejected"; rejectionReason: string | null },
  now: Date,
): Promise<ModerationResult> {
  const comment = await db.$transaction(async (tx) => {
    const found = await tx.comment.findUnique({ where: { id: commentId }, select: { subjectKind: true, subjectId: true, reportedAt: true, authorId: true, body: true } });
    if (!found) return null;
    const moved = await tx.comment.updateMany({
      where: { id: commentId, status: "pending" },
      data: { ...change, reportedAt: null, moderatedById: actor.id, moderatedAt: now },
    });
    if (moved.count !== 1) return null;
    await record(
      {
        actor,
        action: change.status === "approved" ? "comment.approve" : "comment.reject",
        outcome: "success",
        targetType: "comment",
        targetId: commentId,
        ip,
        detail: [found.reportedAt ? "被举报" : "", change.rejectionReason ?? ""].filter(Boolean).join("；") || undefined,
        at: now,
      },
      tx,
    );
    if (change.status === "rejected") {
      // The author hears why (an optional notice: lib/notices).
      const excerpt = found.body.length > 50 ? `${found.body.slice(0, 50)}…` : found.body;
      await queueNotice(tx, { kind: "comment.rejected", userId: found.authorId, values: { 评论: excerpt, 理由: change.rejectionReason ?? "" } });
    }
    return found;
  });
  if (!comment) return NOT_PENDING;
  if (change.status === "rejected") kickMailSender();
  await revalidateSubject(comment.subjectKind, comment.subjectId);
  return { ok: true };
}

export async function approveComment(actor: Actor, commentId: number, ip: string | null, now = new Date()): Promise<ModerationResult> {
  await assertCanModerate(actor, ip);
  return decide(actor, commentId, ip, { status: "approved", rejectionReason: null }, now);
}

/** Rejects with a template reason (its text is copied, so editing the templates changes no old decision) and optional words of the moderator's own. */
export async function rejectComment(actor: Actor, input: RejectInput, ip: string | null, now = new Date()): Promise<ModerationResult> {
  await assertCanModerate(actor, ip);
  const reason = await db.moderationReason.findUnique({ where: { id: input.reasonId }, select: { text: true } });
  if (!reason) return { ok: false, fieldErrors: { reasonId: ["请选择驳回理由"] } };
  const rejectionReason = input.note ? `${reason.text}（${input.note}）` : reason.text;
  return decide(actor, input.commentId, ip, { status: "rejected", rejectionReason }, now);
}

// ---- Template reasons (ModerationReason), edited beside the sensitive words ----

export async function listReasons(): Promise<{ id: number; text: string }[]> {
  return db.moderationReason.findMany({ select: { id: true, text: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
}

export async function addReason(actor: Actor, input: { text: string }, ip: string | null): Promise<{ ok: true } | { ok: false; fieldErrors: FieldErrors }> {
  await assertCanModerate(actor, ip);
  try {
    await db.$transaction(async (tx) => {
      const last = await tx.moderationReason.findFirst({ select: { sortOrder: true }, orderBy: { sortOrder: "desc" } });
      const created = await tx.moderationReason.create({ data: { text: input.text, sortOrder: (last?.sortOrder ?? 0) + 1 }, select: { id: true } });
      await record({ actor, action: "comment.reason_add", outcome: "success", targetType: "moderation_reason", targetId: created.id, ip, detail: input.text }, tx);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, fieldErrors: { text: ["该理由已在列表中"] } };
    throw error;
  }
  return { ok: true };
}

export async function removeReason(actor: Actor, id: number, ip: string | null): Promise<boolean> {
  await assertCanModerate(actor, ip);
  return db.$transaction(async (tx) => {
    const reason = await tx.moderationReason.findUnique({ where: { id }, select: { text: true } });
    if (!reason) return false;
    await tx.moderationReason.delete({ where: { id }, select: { id: true } });
    await record({ actor, action: "comment.reason_remove", outcome: "success", targetType: "moderation_reason", targetId: id, ip, detail: reason.text }, tx);
    return true;
  });
}
