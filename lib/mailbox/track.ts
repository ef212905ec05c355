import { db, type Prisma } from "@/lib/db/client";
import { countHits, recordHit, takeRateLimit, type RateLimitRule } from "@/lib/limits/rate-limit";
import { LETTER_NUMBER_PATTERN, NO_LETTER_HASH, normalizeTrackingCode, trackingCodeMatches } from "./codes";

// /mailbox/track: 信件编号 + 查询码, without login. A wrong pair - unknown number or wrong code -
// gets the same answer after the same work (a hash comparison in constant time), so the
// page never tells whether a number exists. Wrong codes are limited per letter number (an
// unknown number counts like a known one), so guessing one letter's code is stopped while
// residents behind one shared address (a school, a carrier's NAT) do not lock each other
// out; a much higher limit per client address stops sweeping many numbers. Both are keyed by
// HMACs that change every day (lib/limits/rate-limit.ts): no address or number is stored.

/** Wrong codes for one letter number. */
export const TRACK_LETTER_RULE: RateLimitRule = { bucket: "mailbox-track-letter", limit: 10, windowMs: 60 * 60_000 };
/** Every attempt from one client address. */
export const TRACK_ADDRESS_RULE: RateLimitRule = { bucket: "mailbox-track-address", limit: 100, windowMs: 10 * 60_000 };
export const NOT_FOUND_MESSAGE = "未找到：信件编号或查询码不正确，请核对后重试。";
export const LETTER_LIMITED_MESSAGE = `该信件编号的查询码错误次数过多（每小时最多 ${TRACK_LETTER_RULE.limit} 次），请 1 小时后再试。`;
export const ADDRESS_LIMITED_MESSAGE = `查询过于频繁：每 10 分钟最多查询 ${TRACK_ADDRESS_RULE.limit} 次，请稍后再试。`;

/** What the writer may see of a letter: no staff-only notes, no other person's data. */
export const writerView = {
  id: true,
  number: true,
  type: true,
  title: true,
  status: true,
  createdAt: true,
  acceptedAt: true,
  dueAt: true,
  reply: true,
  repliedAt: true,
  closedAt: true,
  rating: true,
  ratingComment: true,
  ratedAt: true,
  department: { select: { name: true } },
  events: {
    where: { visibleToWriter: true },
    select: { action: true, toStatus: true, note: true, createdAt: true },
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  },
} satisfies Prisma.LetterSelect;

export type WriterLetter = Prisma.LetterGetPayload<{ select: typeof writerView }>;

export type TrackResult =
  | { kind: "found"; letter: WriterLetter }
  | { kind: "not-found" }
  | { kind: "rate-limited"; per: "letter" | "address" };

async function findForWriter(number: string) {
  return db.letter.findUnique({ where: { number }, select: { ...writerView, trackingCodeHash: true } });
}

function withoutHash<T extends { trackingCodeHash: string }>(letter: T): Omit<T, "trackingCodeHash"> {
  const view: Partial<T> = { ...letter };
  delete view.trackingCodeHash;
  return view as Omit<T, "trackingCodeHash">;
}

export async function trackLetter(numberInput: string, codeInput: string, ip: string, now = new Date()): Promise<TrackResult> {
  if (!(await takeRateLimit(TRACK_ADDRESS_RULE, ip, now))) return { kind: "rate-limited", per: "address" };
  const number = numberInput.trim().slice(0, 40);
  if ((await countHits(TRACK_LETTER_RULE, number, now)) >= TRACK_LETTER_RULE.limit) return { kind: "rate-limited", per: "letter" };
  const code = normalizeTrackingCode(codeInput);
  const letter = LETTER_NUMBER_PATTERN.test(number) ? await findForWriter(number) : null;
  const matches = trackingCodeMatches(code, letter?.trackingCodeHash ?? NO_LETTER_HASH);
  if (!letter || !matches) {
    await recordHit(TRACK_LETTER_RULE, number, now);
    return { kind: "not-found" };
  }
  return { kind: "found", letter: withoutHash(letter) };
}
