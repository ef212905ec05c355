import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// TOTP (RFC 6238 over RFC 4226 HOTP): HMAC-SHA-1, 30-second steps, 6 digits, which every
// authenticator app uses by default. Secrets are 20 random bytes, shown base32-encoded.

export const STEP_S = 30;
export const DIGITS = 6;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, "").toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error("Invalid base32");
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export function generateTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** HOTP value for a counter (RFC 4226), `digits` long, with the given HMAC algorithm. */
export function hotp(key: Buffer, counter: number, digits = DIGITS, algorithm = "sha1"): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(code).padStart(digits, "0");
}

export function timeStep(now: Date | number): number {
  return Math.floor((typeof now === "number" ? now : now.getTime()) / 1000 / STEP_S);
}

export function totp(secretBase32: string, now: Date | number = Date.now()): string {
  return hotp(base32Decode(secretBase32), timeStep(now));
}

/**
 * The time step a code matches, allowing one step of clock drift either way, or null.
 * Callers store the step and refuse a step not later than the last one used (no replay).
 */
export function verifyTotp(secretBase32: string, code: string, now: Date | number = Date.now()): number | null {
  const clean = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(clean)) return null;
  const key = base32Decode(secretBase32);
  const step = timeStep(now);
  for (const candidate of [step, step - 1, step + 1]) {
    if (timingSafeEqual(Buffer.from(hotp(key, candidate)), Buffer.from(clean))) return candidate;
  }
  return null;
}

/** The otpauth:// URI authenticator apps read (Key Uri Format). */
export function otpauthUri(secretBase32: string, account: string, issuer = "昌吉州政府门户"): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const params = new URLSearchParams({ secret: secretBase32, issuer, algorithm: "SHA1", digits: String(DIGITS), period: String(STEP_S) });
  return `otpauth://totp/${label}?${params.toString()}`;
}
