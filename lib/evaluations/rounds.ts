import { db, type Prisma } from "@/lib/db/client";
import { maskName } from "@/lib/mailbox/masking";
import { readCriteria, type ObjectKind } from "./fields";
import { rankObjects, roundStatus, tallyRows, type RankedObject, type RoundStatus } from "./results";

// Reading rounds for the public pages and the staff console: the objects with their names
// and links, and the results computed from the ratings (docs/decisions/0021).

export const objectSelect = {
  id: true,
  kind: true,
  sortOrder: true,
  department: { select: { id: true, name: true } },
  serviceGuide: { select: { id: true, code: true, name: true, status: true } },
} as const;
type ObjectRow = Prisma.EvaluationObjectGetPayload<{ select: typeof objectSelect }>;

export interface EvaluationObjectView {
  id: number;
  kind: ObjectKind;
  name: string;
  /** The public page of the department's services or of the guide; null when it has none */
  href: string | null;
}

export function objectView(row: ObjectRow): EvaluationObjectView {
  if (row.kind === "service" && row.serviceGuide) {
    return { id: row.id, kind: "service", name: row.serviceGuide.name, href: row.serviceGuide.status === "published" ? `/services/${row.serviceGuide.code}` : null };
  }
  return { id: row.id, kind: "department", name: row.department?.name ?? "（已删除的部门）", href: row.department ? `/services/department/${row.department.id}` : null };
}

export const roundSelect = { id: true, title: true, intro: true, startsAt: true, endsAt: true, criteria: true, published: true, publishedAt: true } as const;

export const evaluationHref = (id: number) => `/interaction/evaluations/${id}`;
export const EVALUATIONS_HREF = "/interaction/evaluations";

/** Published rounds, newest start first, with their status now. */
export async function listPublishedRounds(now = new Date()) {
  const rounds = await db.evaluationRound.findMany({
    where: { published: true },
    select: { id: true, title: true, startsAt: true, endsAt: true, _count: { select: { objects: true } } },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  return rounds.map(({ _count, ...round }) => ({ ...round, objects: _count.objects, status: roundStatus(round, now) }));
}

export interface RoundResults {
  criteria: string[];
  objects: (RankedObject & { object: EvaluationObjectView })[];
  /** All votes of the round (one per account and object) */
  votes: number;
}

/** The results of a round: per object and criterion the votes and 满意率, ranked. */
export async function roundResults(roundId: number, criteria: string[]): Promise<RoundResults> {
  const objects = await db.evaluationObject.findMany({ where: { roundId }, select: objectSelect, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  const ids = objects.map((object) => object.id);
  const [voteRows, ratingRows] = await Promise.all([
    db.evaluationVote.groupBy({ by: ["objectId"], where: { roundId }, _count: { _all: true } }),
    ids.length > 0 ? db.evaluationRating.groupBy({ by: ["objectId", "criterion", "rating"], where: { objectId: { in: ids } }, _count: { _all: true } }) : [],
  ]);
  const votes = new Map(voteRows.map((row) => [row.objectId, row._count._all]));
  const rows = ratingRows.map((row) => ({ objectId: row.objectId, criterion: row.criterion, rating: row.rating, count: row._count._all }));
  const views = new Map(objects.map((object) => [object.id, objectView(object)]));
  const ranked = rankObjects(tallyRows(ids, criteria, votes, rows));
  return { criteria, votes: voteRows.reduce((sum, row) => sum + row._count._all, 0), objects: ranked.map((entry) => ({ ...entry, object: views.get(entry.objectId)! })) };
}

export const PUBLIC_COMMENTS = 100;

/** Approved comments, newest first, with the writer's name masked (张**). */
export async function approvedComments(roundId: number) {
  const votes = await db.evaluationVote.findMany({
    where: { roundId, commentStatus: "approved", comment: { not: null } },
    select: { id: true, comment: true, commentModeratedAt: true, updatedAt: true, objectId: true, user: { select: { profile: { select: { name: true } } } } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: PUBLIC_COMMENTS,
  });
  return votes.map((vote) => ({
    id: vote.id,
    objectId: vote.objectId,
    comment: vote.comment ?? "",
    name: maskName(vote.user?.profile?.name ?? ""),
    date: vote.updatedAt,
  }));
}

export interface PublicRound {
  id: number;
  title: string;
  intro: string;
  startsAt: Date;
  endsAt: Date;
  status: RoundStatus;
  results: RoundResults;
  comments: Awaited<ReturnType<typeof approvedComments>>;
}

/** A published round with its results and approved comments; null when unknown or unpublished. */
export async function getPublishedRound(id: number, now = new Date()): Promise<PublicRound | null> {
  const round = await db.evaluationRound.findFirst({ where: { id, published: true }, select: roundSelect });
  if (!round) return null;
  const [results, comments] = await Promise.all([roundResults(id, readCriteria(round.criteria)), approvedComments(id)]);
  return { id: round.id, title: round.title, intro: round.intro, startsAt: round.startsAt, endsAt: round.endsAt, status: roundStatus(round, now), results, comments };
}
