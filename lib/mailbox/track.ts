import { db, type Prisma } from "@/lib/db/client";
import { takeRateLimit } from "@/lib/limits/rate-limit";
import { LETTER_NUMBER_PATTERN, NO_LETTER_HASH, normalizeTrackingCode, trackingCodeMatches } from "./codes";

// /mailbox/track: 信件编号 + 查询码, without login. A wrong pair - unknown number or wrong code -
// gets the same answer after the same work (a hash comparison in constant time), so the
// page never tells whether a number exists. Attempts are limited per client; the client is
// known only by an HMAC of its IP under a key that changes every day (the IP is not stored).

export const TRACK_BUCKET = "mailbox-track";
export const TRACK_LIMIT = 10;
export const TRACK_WINDOW_MS = 10 * 60_000;
export const NOT_FOUND_MESSAGE = "未找到：信件编号或查询码不正确，请核对后重试。";
export const RATE_LIMITED_MESSAGE = `查询过于频繁：每 10 分钟最多查询 ${TRACK_LIMIT} 次，请稍后再试。`;

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

export type TrackResult = { kind: "found"; letter: WriterLetter } | { kind: "not-found" } | { kind: "rate-limited" };

async function findForWriter(number: string) {
  return db.letter.findUnique({ where: { number }, select: { ...writerView, trackingCodeHash: true } });
}

/** Counts the attempt and says whether the client is over the limit. */
export async function takeTrackAttempt(ip: string, now = new Date()): Promise<boolean> {
  return takeRateLimit({ bucket: TRACK_BUCKET, limit: TRACK_LIMIT, windowMs: TRACK_WINDOW_MS }, ip, now);
}

function withoutHash<T extends { trackingCodeHash: string }>(letter: T): Omit<T, "trackingCodeHash"> {
  const view: Partial<T> = { ...letter };
  delete view.trackingCodeHash;
  return view as Omit<T, "trackingCodeHash">;
}

export async function trackLetter(numberInput: string, codeInput: string, ip: string, now = new Date()): Promise<TrackResult> {
  if (!(await takeTrackAttempt(ip, now))) return { kind: "rate-limited" };
  const number = numberInput.trim();
  const code = normalizeTrackingCode(codeInput);
  const letter = LETTER_NUMBER_PATTERN.test(number) ? await findForWriter(number) : null;
  const matches = trackingCodeMatches(code, letter?.trackingCodeHash ?? NO_LETTER_HASH);
  if (!letter || !matches) return { kind: "not-found" };
  return { kind: "found", letter: withoutHash(letter) };
}
