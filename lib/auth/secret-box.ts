import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { secrets } from "@/lib/env";

// Secrets at rest other than the ID-card number (lib/auth/id-card.ts), e.g. TOTP seeds:
// AES-256-GCM with ID_CARD_KEY, like the ID card, but bound to a purpose and an owner
// through the additional authenticated data ("<purpose>:user:<id>"), so a TOTP ciphertext
// never decrypts as an ID number (whose AAD is "user:<id>") or as another account's secret.
// Stored as "v1:" + base64(iv[12] | tag[16] | ciphertext).

const VERSION = "v1:";
export type SecretPurpose = "totp";

function key(): Buffer {
  return Buffer.from(secrets().ID_CARD_KEY, "base64");
}

function aad(purpose: SecretPurpose, userId: number) {
  return Buffer.from(`${purpose}:user:${userId}`);
}

export function sealSecret(purpose: SecretPurpose, plain: string, userId: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(aad(purpose, userId));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return VERSION + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

export function openSecret(purpose: SecretPurpose, stored: string, userId: number): string {
  if (!stored.startsWith(VERSION)) throw new Error("Unknown secret cipher format");
  const raw = Buffer.from(stored.slice(VERSION.length), "base64");
  const decipher = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12));
  decipher.setAAD(aad(purpose, userId));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}
