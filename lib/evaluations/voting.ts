import { can, type Actor } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import type { FieldErrors, FormResult } from "@/lib/forms/action";
import { isRating, RATINGS, ratingField, readCriteria, type Rating, type VoteInput } from "./fields";
import { objectSelect, objectView, roundSelect } from "./rounds";
import { roundStatus } from "./results";

// A resident's vote (docs/decisions/0021): one per account and object, enforced by the unique
// key (objectId, userId). Voting again while the round is open changes the vote in place;
// two submissions at the same moment end as one vote (an upsert in a transaction, retried
// once if the other insert won the race).

export type VoteResult = FormResult<{ objectName: string }>;

const refused = (formError: string): VoteResult => ({ ok: false, fieldErrors: {}, formError });

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Saves the actor's vote on one object of an open, published round. */
export async function castVote(actor: Actor, input: VoteInput, now = new Date()): Promise<VoteResult> {
  if (!can(actor, "rate:evaluation:own")) return refused("只有居民账户可以参加网上评议");
  const round = await db.evaluationRound.findFirst({ where: { id: input.roundId, published: true }, select: roundSelect });
  if (!round) return refused("未找到该评议");
  const status = roundStatus(round, now);
  if (status === "upcoming") return refused("本次评议尚未开始");
  if (status === "closed") return refused("本次评议已结束，不能再提交或修改评价");
  const object = await db.evaluationObject.findFirst({ where: { id: input.objectId, roundId: round.id }, select: objectSelect });
  if (!object) return refused("未找到该评议对象");

  const criteria = readCriteria(round.criteria);
  const fields = input as Record<string, unknown>;
  const ratings: { criterion: string; rating: Rating }[] = [];
  const fieldErrors: FieldErrors = {};
  criteria.forEach((criterion, index) => {
    const value = fields[ratingField(index)];
    if (typeof value === "string" && isRating(value)) ratings.push({ criterion, rating: value });
    else fieldErrors[ratingField(index)] = [`请选择“${criterion}”的评价`];
  });
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  const comment = input.comment === "" ? null : input.comment;
  const save = () =>
    db.$transaction(async (tx) => {
      const key = { objectId_userId: { objectId: object.id, userId: actor.id } };
      const before = await tx.evaluationVote.findUnique({ where: key, select: { comment: true, commentStatus: true } });
      // A changed comment waits for moderation again; an unchanged one keeps its decision.
      const commentStatus = comment === null ? null : before?.comment === comment ? (before.commentStatus ?? "pending") : "pending";
      const changes = { comment, commentStatus, ...(commentStatus === "pending" ? { commentModeratedAt: null } : {}) };
      const vote = await tx.evaluationVote.upsert({
        where: key,
        create: { roundId: round.id, objectId: object.id, userId: actor.id, comment, commentStatus },
        update: changes,
        select: { id: true },
      });
      await tx.evaluationRating.deleteMany({ where: { voteId: vote.id } });
      await tx.evaluationRating.createMany({ data: ratings.map((rating) => ({ voteId: vote.id, objectId: object.id, ...rating })) });
    });
  try {
    await save();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The other submission inserted the vote first: this one now updates it.
    await save();
  }
  return { ok: true, objectName: objectView(object).name };
}

/** The actor's votes in one round, by object id: the ratings by field name, and the comment. */
export async function myVotesInRound(actor: Actor, roundId: number, criteria: string[]) {
  const votes = await db.evaluationVote.findMany({
    where: { roundId, userId: actor.id },
    select: { objectId: true, comment: true, commentStatus: true, updatedAt: true, ratings: { select: { criterion: true, rating: true } } },
  });
  return new Map(
    votes.map((vote) => {
      const values: Record<string, string> = { comment: vote.comment ?? "" };
      criteria.forEach((criterion, index) => {
        const rating = vote.ratings.find((entry) => entry.criterion === criterion)?.rating;
        if (rating) values[ratingField(index)] = rating;
      });
      return [vote.objectId, { values, commentStatus: vote.commentStatus, updatedAt: vote.updatedAt }];
    }),
  );
}

/** Every vote of the actor, newest first, for /account. */
export async function myVotes(actor: Actor) {
  const votes = await db.evaluationVote.findMany({
    where: { userId: actor.id },
    select: {
      id: true,
      updatedAt: true,
      comment: true,
      commentStatus: true,
      round: { select: { id: true, title: true, startsAt: true, endsAt: true } },
      object: { select: objectSelect },
      ratings: { select: { criterion: true, rating: true }, orderBy: { id: "asc" } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  return votes.map((vote) => ({
    id: vote.id,
    updatedAt: vote.updatedAt,
    comment: vote.comment,
    commentStatus: vote.commentStatus,
    round: { ...vote.round, status: roundStatus(vote.round) },
    object: objectView(vote.object),
    ratings: vote.ratings.map((entry) => ({ criterion: entry.criterion, label: isRating(entry.rating) ? RATINGS[entry.rating] : entry.rating })),
  }));
}
