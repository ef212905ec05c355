import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { closeOnRating } from "./workflow";
import type { Rating } from "./validation";

// The writer rates the reply once (满意 / 基本满意 / 不满意, optional comment); rating closes
// the letter (已答复 -> 已办结). Rating, event and closing are one transaction.

export type RateResult = { ok: true } | { ok: false; formError: string };

export const ALREADY_RATED_MESSAGE = "这封信件已经评价过，每封信件只能评价一次。";
export const NOT_RATABLE_MESSAGE = "只能评价已答复的本人信件。";

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
    await closeOnRating(tx, input.letterId, now);
    return { ok: true } as const;
  });
}
