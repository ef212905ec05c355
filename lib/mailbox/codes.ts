import { createHash, randomInt, timingSafeEqual } from "node:crypto";

// 信件编号 and 查询码. The number is public (it names the letter); the 12-character code is the
// secret that, with the number, opens /mailbox/track. Only the code's SHA-256 is stored.

/** No 0/O, 1/I/L: a code read aloud or copied by hand cannot be mistyped between them. */
export const TRACKING_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const TRACKING_CODE_LENGTH = 12;

export function generateTrackingCode(): string {
  let code = "";
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) code += TRACKING_CODE_ALPHABET[randomInt(TRACKING_CODE_ALPHABET.length)];
  return code;
}

/** What a person types: spaces and dashes dropped, upper-cased. */
export function normalizeTrackingCode(input: string): string {
  return input.replace(/[\s-]/g, "").toUpperCase();
}

export function hashTrackingCode(code: string): string {
  return createHash("sha256").update(normalizeTrackingCode(code)).digest("hex");
}

/** Constant-time comparison of a typed code with a stored hash (both hex SHA-256). */
export function trackingCodeMatches(code: string, storedHash: string): boolean {
  const typed = Buffer.from(hashTrackingCode(code), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return stored.length === typed.length && timingSafeEqual(typed, stored);
}

/** Compared against when the number does not exist, so a wrong number costs the same time. */
export const NO_LETTER_HASH = hashTrackingCode("NO-SUCH-LETTER");

/** YYYYMMDD of a moment in China time. */
export function chinaDateKey(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, "");
}

/** The start of the China-time day containing `now`, as an instant. */
export function startOfChinaDay(now: Date): Date {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  shifted.setUTCHours(0, 0, 0, 0);
  return new Date(shifted.getTime() - 8 * 3600_000);
}

/**
 * 信件编号: the China-time date of submission and the letter's row id (at least 4 digits),
 * e.g. 20261129-0007. The id is unique by construction on both databases, so no counter
 * can hand out a number twice under concurrency (docs/decisions/0009).
 */
export function letterNumber(createdAt: Date, id: number): string {
  return `${chinaDateKey(createdAt)}-${String(id).padStart(4, "0")}`;
}

export const LETTER_NUMBER_PATTERN = /^\d{8}-\d{4,10}$/;
