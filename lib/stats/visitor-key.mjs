// The visitor key: a keyed hash (HMAC-SHA256) of the client address and user agent under a
// random key that exists only in this process's memory and is replaced at midnight China
// time (and on every restart). The same browser on the same address gets the same key for
// one day, so unique visitors per day can be counted; without the day's key, which is never
// stored or logged, a key cannot be linked to an address, nor to the same visitor on
// another day. Plain JavaScript: scripts/server.mjs uses it (docs/decisions/0010).
import { createHmac, randomBytes } from "node:crypto";

const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** Days since 1970-01-01 in China time (UTC+8, no daylight saving). */
export function chinaDayNumber(ms) {
  return Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS);
}

/** 22 base64url characters (132 of the 256 bits). */
export function visitorKey(salt, ip, userAgent) {
  return createHmac("sha256", salt).update(`${ip}\n${userAgent}`).digest("base64url").slice(0, 22);
}

/** A function returning today's key, drawing a fresh random one when the day changes. */
export function createDailySalt({ now = Date.now, random = () => randomBytes(32) } = {}) {
  let day = Number.NaN;
  let salt;
  return function currentSalt() {
    const today = chinaDayNumber(now());
    if (today !== day) {
      day = today;
      salt = random();
    }
    return salt;
  };
}
