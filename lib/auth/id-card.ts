import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { secrets } from "@/lib/env";

// 身份证号码 at rest: AES-256-GCM with ID_CARD_KEY (lib/env.ts). Stored as
// "v1:" + base64(iv[12] | tag[16] | ciphertext). The user id is bound as additional
// authenticated data, so a ciphertext copied to another account does not decrypt.
// Never log the plain number or pass it to a component (maskIdCard is what pages show).

const VERSION = "v1:";

function key(): Buffer {
  return Buffer.from(secrets().ID_CARD_KEY, "base64");
}

export function encryptIdCard(plain: string, userId: number): string {
  return encryptBound(plain, `user:${userId}`);
}

export function decryptIdCard(stored: string, userId: number): string {
  return decryptBound(stored, `user:${userId}`);
}

/**
 * The same encryption bound to another record than an account, e.g. "inforequest:<key>" for
 * the 证件号码 of a request for government information (lib/ysq), which needs no account.
 */
export function encryptBound(plain: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return VERSION + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

export function decryptBound(stored: string, context: string): string {
  if (!stored.startsWith(VERSION)) throw new Error("Unknown ID-card cipher format");
  const raw = Buffer.from(stored.slice(VERSION.length), "base64");
  const decipher = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

/** First 6 and last 4 characters: 652301********1234. */
export function maskIdCard(plain: string): string {
  if (plain.length <= 10) return "*".repeat(plain.length);
  return plain.slice(0, 6) + "*".repeat(plain.length - 10) + plain.slice(-4);
}
