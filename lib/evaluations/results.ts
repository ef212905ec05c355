import type { Rating } from "./fields";

// A round's status from its period, and the results: per object and criterion the number of
// votes and the satisfaction rate, and the ranking (docs/decisions/0021).

export const ROUND_STATUSES = { upcoming: "未开始", open: "进行中", closed: "已结束" } as const;
export type RoundStatus = keyof typeof ROUND_STATUSES;

/** 未开始 before startsAt, 进行中 from startsAt until endsAt (exclusive), then 已结束. */
export function roundStatus(round: { startsAt: Date; endsAt: Date }, now = new Date()): RoundStatus {
  if (now < round.startsAt) return "upcoming";
  return now < round.endsAt ? "open" : "closed";
}

export type RatingCounts = Record<Rating, number>;
export const noRatings = (): RatingCounts => ({ satisfied: 0, basic: 0, dissatisfied: 0 });

/**
 * 满意率 = (满意 + 基本满意) / all ratings, as in most government 网上评议: 基本满意 counts as
 * satisfied. null without ratings (shown as "—", never as 0%).
 */
export function satisfactionRate(counts: RatingCounts): number | null {
  const total = counts.satisfied + counts.basic + counts.dissatisfied;
  return total === 0 ? null : (counts.satisfied + counts.basic) / total;
}

/** 85.7% (one decimal), or — without votes. */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

export interface ObjectTally {
  objectId: number;
  votes: number;
  /** Per criterion, in the round's order */
  criteria: { criterion: string; counts: RatingCounts; rate: number | null }[];
}

export interface RankedObject extends ObjectTally {
  /** Over all criteria: (满意 + 基本满意) / all ratings */
  rate: number | null;
  /** Share of 满意 among all ratings: breaks ties of the rate */
  satisfiedShare: number;
  /** 1, 2, 2, 4 ... (equal rate and 满意 share share a rank); null without votes */
  rank: number | null;
}

/** Ranks objects by their overall rate, then by the share of 满意; objects without votes come last, unranked. */
export function rankObjects(tallies: ObjectTally[]): RankedObject[] {
  const scored = tallies.map((tally) => {
    const total = noRatings();
    for (const { counts } of tally.criteria) for (const key of Object.keys(total) as Rating[]) total[key] += counts[key];
    const all = total.satisfied + total.basic + total.dissatisfied;
    return { ...tally, rate: satisfactionRate(total), satisfiedShare: all === 0 ? 0 : total.satisfied / all, rank: null as number | null };
  });
  const order = (a: RankedObject, b: RankedObject) => (b.rate ?? -1) - (a.rate ?? -1) || b.satisfiedShare - a.satisfiedShare;
  const sorted = [...scored].sort((a, b) => order(a, b) || b.votes - a.votes);
  sorted.forEach((object, index) => {
    if (object.rate === null) return;
    const previous = sorted[index - 1];
    object.rank = previous && previous.rate !== null && order(previous, object) === 0 ? previous.rank : index + 1;
  });
  return sorted;
}

/** The tallies from grouped rows (objectId, criterion, rating, count) and vote counts per object. */
export function tallyRows(
  objectIds: number[],
  criteria: string[],
  votes: Map<number, number>,
  rows: { objectId: number; criterion: string; rating: string; count: number }[],
): ObjectTally[] {
  return objectIds.map((objectId) => ({
    objectId,
    votes: votes.get(objectId) ?? 0,
    criteria: criteria.map((criterion) => {
      const counts = noRatings();
      for (const row of rows) if (row.objectId === objectId && row.criterion === criterion && Object.hasOwn(counts, row.rating)) counts[row.rating as Rating] += row.count;
      return { criterion, counts, rate: satisfactionRate(counts) };
    }),
  }));
}
