import { db, type Prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { canTransition } from "./states";
import type { Rating } from "./validation";

// The writer rates the reply once (满意 / 基本满意 / 不满意, optional comment); rating closes
// the letter (已答复 -> 已办结). Rating, event and closing are one transaction.

export type RateResult = { ok: true } | { ok: false; formError: string };

export const ALREADY_RATED_MESSAGE = "这封信件已经评价过，每封信件只能评价一次。";
export const NOT_RATABLE_MESSAGE = "只能评价已答复的本人信件。";

/**
 * 已答复 -> 已办结 after the writer's rating. The staff side's closeOnRating
 * (lib/mailbox/workflow.ts, another branch) does the same; the two are to be folded into one.
 */
export async function closeLetterAfterRating(tx: Prisma.TransactionClient, letterId: number, now = new Date()): Promise<boolean> {
  if (!canTransition("replied", "closed")) return false;
  const closed = await tx.letter.updateMany({ where: { id: letterId, status: "replied" }, data: { status: "closed", closedAt: now } });
  if (closed.count === 0) return false;
  await tx.letterEvent.create({
    data: { letterId, action: "close", fromStatus: "replied", toStatus: "closed", note: "来信人已评价，信件办结。", visibleToWriter: true, createdAt: now },
    select: { id: true },
  });
  return true;
}

export async function rateLetter(
  actor: Actor,
  input: { letterId: number; rating: Rating; ratingComment: string | null },
  now = new Date(),
): Promise<RateResult> {
  return db.$transaction(async (tx) => {
    // Only the writer's own, replied, unrated letter; the condition is in the update itself, so
    // two concurrent ratings cannot both succeed.
    const rated = await tx.letter.updateMany({
      where: { id: input.letterId, writerId: actor.id, status: "replied", rating: null },
      data: { rating: input.rating, ratingComment: input.ratingComment, ratedAt: now },
    });
    if (rated.count === 0) {
      const letter = await tx.letter.findFirst({ where: { id: input.letterId, writerId: actor.id }, select: { rating: true } });
      return { ok: false, formError: letter?.rating ? ALREADY_RATED_MESSAGE : NOT_RATABLE_MESSAGE } as const;
    }
    await tx.letterEvent.create({
      data: {
        letterId: input.letterId,
        action: "rate",
        actorId: actor.id,
        actorRole: actor.role,
        note: input.ratingComment,
        visibleToWriter: true,
        createdAt: now,
      },
      select: { id: true },
    });
    await closeLetterAfterRating(tx, input.letterId, now);
    return { ok: true } as const;
  });
}
