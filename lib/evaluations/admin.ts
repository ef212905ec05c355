import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { assertCan } from "@/lib/content/permission";
import { db } from "@/lib/db/client";
import type { FieldErrors, FormResult } from "@/lib/forms/action";
import { chinaDate, endOfChinaDay, startOfChinaDay } from "@/lib/mailbox/calendar";
import { maskName } from "@/lib/mailbox/masking";
import { syncEvaluationRound } from "@/lib/search/sources";
import { DEFAULT_CRITERIA, objectField, readCriteria, type ObjectKind, type RoundInput } from "./fields";
import { roundStatus } from "./results";
import { objectSelect, objectView, roundSelect } from "./rounds";
import { revalidateEvaluation } from "./revalidate";

// 网上评议 in the staff console (/admin/evaluations): rounds are created, edited, published
// and withdrawn by manage:evaluation:any (editor, admin); comments on votes are approved or
// rejected by moderate:comment:any (moderator, admin). Every change is audited; a published
// round's search document follows in the same transaction (docs/decisions/0021).

export async function listRoundsForStaff(now = new Date()) {
  const rounds = await db.evaluationRound.findMany({
    select: { ...roundSelect, _count: { select: { objects: true, votes: true } } },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  const pending = await db.evaluationVote.groupBy({ by: ["roundId"], where: { commentStatus: "pending" }, _count: { _all: true } });
  const pendingByRound = new Map(pending.map((row) => [row.roundId, row._count._all]));
  return rounds.map(({ _count, ...round }) => ({
    ...round,
    status: roundStatus(round, now),
    objects: _count.objects,
    votes: _count.votes,
    pendingComments: pendingByRound.get(round.id) ?? 0,
  }));
}

/** What the round form offers: active departments and published 办事指南. */
export async function objectChoices() {
  const [departments, guides] = await Promise.all([
    db.department.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
    db.serviceGuide.findMany({ where: { status: "published" }, select: { id: true, name: true, code: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  ]);
  return { departments, guides };
}

/** The form's values for a new round: today to four weeks on, the default criteria. */
export function newRoundForm(now = new Date()) {
  return { title: "", intro: "", startDate: chinaDate(now), endDate: chinaDate(new Date(now.getTime() + 28 * 86_400_000)), criteria: DEFAULT_CRITERIA.join("\n") };
}

export async function getRoundForEdit(id: number, now = new Date()) {
  const round = await db.evaluationRound.findUnique({
    where: { id },
    select: { ...roundSelect, objects: { select: objectSelect, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }, _count: { select: { votes: true } } },
  });
  if (!round) return null;
  // endsAt is exclusive: the last day is the China date of the millisecond before it.
  const form: Record<string, string> = {
    title: round.title,
    intro: round.intro,
    startDate: chinaDate(round.startsAt),
    endDate: chinaDate(new Date(round.endsAt.getTime() - 1)),
    criteria: readCriteria(round.criteria).join("\n"),
  };
  for (const object of round.objects) {
    const field = object.kind === "service" ? object.serviceGuide && objectField("service", object.serviceGuide.id) : object.department && objectField("department", object.department.id);
    if (field) form[field] = "on";
  }
  return {
    id: round.id,
    title: round.title,
    published: round.published,
    status: roundStatus(round, now),
    votes: round._count.votes,
    criteria: readCriteria(round.criteria),
    objects: round.objects.map(objectView),
    form,
  };
}

export type SaveRoundResult = FormResult<{ id: number }>;

const periodOf = (input: RoundInput) => ({ startsAt: startOfChinaDay(input.startDate), endsAt: new Date(endOfChinaDay(input.endDate).getTime() + 1) });

async function checkObjects(objects: { kind: ObjectKind; id: number }[]): Promise<FieldErrors | null> {
  if (objects.length === 0) return { objects: ["请至少选择一个评议对象"] };
  if (objects.length > 100) return { objects: ["评议对象最多 100 个"] };
  const departmentIds = objects.filter((object) => object.kind === "department").map((object) => object.id);
  const guideIds = objects.filter((object) => object.kind === "service").map((object) => object.id);
  const [departments, guides] = await Promise.all([
    departmentIds.length > 0 ? db.department.count({ where: { id: { in: departmentIds } } }) : 0,
    guideIds.length > 0 ? db.serviceGuide.count({ where: { id: { in: guideIds } } }) : 0,
  ]);
  return departments === departmentIds.length && guides === guideIds.length ? null : { objects: ["所选评议对象不存在，请刷新页面后重新选择"] };
}

const sameObject = (row: { kind: string; departmentId: number | null; serviceGuideId: number | null }, object: { kind: ObjectKind; id: number }) =>
  row.kind === object.kind && (object.kind === "service" ? row.serviceGuideId : row.departmentId) === object.id;

/** Creates (id null) or edits a round. Once votes exist, criteria stay and rated objects cannot be removed. */
export async function saveRound(actor: Actor, id: number | null, input: RoundInput, objects: { kind: ObjectKind; id: number }[], ip: string | null): Promise<SaveRoundResult> {
  await assertCan(actor, "manage:evaluation:any", ip);
  const problem = await checkObjects(objects);
  if (problem) return { ok: false, fieldErrors: problem };
  const columns = { title: input.title, intro: input.intro, criteria: JSON.stringify(input.criteria), ...periodOf(input) };
  if (id === null) {
    const round = await db.evaluationRound.create({
      data: {
        ...columns,
        objects: {
          create: objects.map((object, index) => ({ kind: object.kind, sortOrder: index, ...(object.kind === "service" ? { serviceGuideId: object.id } : { departmentId: object.id }) })),
        },
      },
      select: { id: true },
    });
    await record({ actor, action: "evaluation.create", outcome: "success", targetType: "evaluation", targetId: round.id, ip, detail: input.title });
    return { ok: true, id: round.id };
  }
  const before = await db.evaluationRound.findUnique({
    where: { id },
    select: { published: true, criteria: true, objects: { select: { id: true, kind: true, departmentId: true, serviceGuideId: true, _count: { select: { votes: true } } } }, _count: { select: { votes: true } } },
  });
  if (!before) return { ok: false, fieldErrors: {}, formError: "未找到该评议" };
  if (before._count.votes > 0 && JSON.stringify(readCriteria(before.criteria)) !== columns.criteria) {
    return { ok: false, fieldErrors: { criteria: ["已有居民参加评议，评议指标不能再修改"] } };
  }
  const removed = before.objects.filter((row) => !objects.some((object) => sameObject(row, object)));
  if (removed.some((row) => row._count.votes > 0)) return { ok: false, fieldErrors: { objects: ["已有居民评价的评议对象不能移除"] } };
  await db.$transaction(async (tx) => {
    await tx.evaluationRound.update({ where: { id }, data: columns, select: { id: true } });
    if (removed.length > 0) await tx.evaluationObject.deleteMany({ where: { id: { in: removed.map((row) => row.id) } } });
    for (const [index, object] of objects.entries()) {
      const existing = before.objects.find((row) => sameObject(row, object));
      if (existing) await tx.evaluationObject.update({ where: { id: existing.id }, data: { sortOrder: index }, select: { id: true } });
      else await tx.evaluationObject.create({ data: { roundId: id, kind: object.kind, sortOrder: index, ...(object.kind === "service" ? { serviceGuideId: object.id } : { departmentId: object.id }) }, select: { id: true } });
    }
    await syncEvaluationRound(tx, id);
  });
  await record({ actor, action: "evaluation.update", outcome: "success", targetType: "evaluation", targetId: id, ip, detail: input.title });
  if (before.published) revalidateEvaluation(id);
  return { ok: true, id };
}

/** Publishes or withdraws a round; the search index follows in the same transaction. */
export async function setRoundPublished(actor: Actor, id: number, published: boolean, ip: string | null): Promise<boolean> {
  await assertCan(actor, "manage:evaluation:any", ip);
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.evaluationRound.updateMany({ where: { id, published: !published }, data: { published, ...(published ? { publishedAt: new Date() } : {}) } });
    if (count > 0) await syncEvaluationRound(tx, id);
    return count > 0;
  });
  await record({ actor, action: published ? "evaluation.publish" : "evaluation.unpublish", outcome: changed ? "success" : "failed", targetType: "evaluation", targetId: id, ip });
  if (changed) revalidateEvaluation(id);
  return changed;
}

export const COMMENT_PAGE_SIZE = 100;

/** The comments of a round for moderation, pending first. No account details: only the masked name the public would see. */
export async function roundComments(actor: Actor, roundId: number, ip: string | null) {
  await assertCan(actor, "moderate:comment:any", ip);
  const votes = await db.evaluationVote.findMany({
    where: { roundId, commentStatus: { not: null } },
    select: {
      id: true,
      comment: true,
      commentStatus: true,
      commentModeratedAt: true,
      updatedAt: true,
      object: { select: objectSelect },
      user: { select: { profile: { select: { name: true } } } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: COMMENT_PAGE_SIZE,
  });
  const order = { pending: 0, approved: 1, rejected: 2 } as Record<string, number>;
  return votes
    .map((vote) => ({
      id: vote.id,
      comment: vote.comment ?? "",
      status: vote.commentStatus ?? "pending",
      moderatedAt: vote.commentModeratedAt,
      updatedAt: vote.updatedAt,
      object: objectView(vote.object).name,
      name: maskName(vote.user?.profile?.name ?? ""),
    }))
    .sort((a, b) => (order[a.status] ?? 3) - (order[b.status] ?? 3));
}

/** Approves or rejects one comment of a round (the vote itself counts either way). */
export async function moderateComment(actor: Actor, roundId: number, voteId: number, decision: "approve" | "reject", ip: string | null): Promise<boolean> {
  await assertCan(actor, "moderate:comment:any", ip);
  const status = decision === "approve" ? "approved" : "rejected";
  const { count } = await db.evaluationVote.updateMany({ where: { id: voteId, roundId, commentStatus: { not: null } }, data: { commentStatus: status, commentModeratedAt: new Date() } });
  await record({ actor, action: `evaluation.comment_${decision}`, outcome: count > 0 ? "success" : "failed", targetType: "evaluation_vote", targetId: voteId, ip, detail: `评议 ${roundId}` });
  if (count > 0) revalidateEvaluation(roundId);
  return count > 0;
}

/** How many rating comments wait for moderation, in every round (the moderator's dashboard). */
export async function pendingEvaluationCommentCount(): Promise<number> {
  return db.evaluationVote.count({ where: { commentStatus: "pending" } });
}
