import { createHmac } from "node:crypto";
import { db } from "@/lib/db/client";
import { secrets } from "@/lib/env";
import { chinaDateKey } from "@/lib/mailbox/codes";

// The one rate-limit helper (docs/decisions/0011). Hits are rows of RateLimitHit per bucket
// and key; the key is an HMAC of the subject (a client address, a network, an e-mail, a
// letter number) under a key derived from the server secret and the China-time date, so
// no raw address or e-mail is stored and keys cannot be linked across days. Hits older
// than a day are deleted as new ones are counted, so the table stays bounded.

export type RateLimitRule = {
  /** e.g. "mailbox-track-letter" */
  bucket: string;
  /** hits allowed within the window */
  limit: number;
  windowMs: number;
};

const DAY_MS = 86_400_000;

/** The stored key of a subject: an HMAC that changes every China-time day. */
export function hashedKey(subject: string, now: Date): string {
  const dailySalt = createHmac("sha256", secrets().NEXTAUTH_SECRET).update(`rate-limit-salt:${chinaDateKey(now)}`).digest();
  return createHmac("sha256", dailySalt).update(subject).digest("hex");
}

/** Hits of the subject in the rule's window. */
export async function countHits(rule: RateLimitRule, subject: string, now = new Date()): Promise<number> {
  return db.rateLimitHit.count({
    where: { bucket: rule.bucket, key: hashedKey(subject, now), createdAt: { gte: new Date(now.getTime() - rule.windowMs) } },
  });
}

/** Records one hit (e.g. a failed attempt) without checking the limit. */
export async function recordHit(rule: RateLimitRule, subject: string, now = new Date()): Promise<void> {
  await db.$transaction([
    db.rateLimitHit.deleteMany({ where: { bucket: rule.bucket, createdAt: { lt: new Date(now.getTime() - DAY_MS) } } }),
    db.rateLimitHit.create({ data: { bucket: rule.bucket, key: hashedKey(subject, now), createdAt: now }, select: { id: true } }),
  ]);
}

/** Forgets the subject's hits in the bucket (e.g. after a successful sign-in). */
export async function clearHits(rule: RateLimitRule, subject: string, now = new Date()): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { bucket: rule.bucket, key: hashedKey(subject, now) } });
}

/** Counts this attempt and says whether it is allowed (false once the limit is reached; refused attempts are not counted). */
export async function takeRateLimit(rule: RateLimitRule, subject: string, now = new Date()): Promise<boolean> {
  const key = hashedKey(subject, now);
  return db.$transaction(async (tx) => {
    await tx.rateLimitHit.deleteMany({ where: { bucket: rule.bucket, createdAt: { lt: new Date(now.getTime() - DAY_MS) } } });
    const recent = await tx.rateLimitHit.count({ where: { bucket: rule.bucket, key, createdAt: { gte: new Date(now.getTime() - rule.windowMs) } } });
    if (recent >= rule.limit) return false;
    await tx.rateLimitHit.create({ data: { bucket: rule.bucket, key, createdAt: now }, select: { id: true } });
    return true;
  });
}
