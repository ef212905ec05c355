import { createHash, randomBytes } from "node:crypto";
import { db, type Prisma } from "@/lib/db/client";

// Single-use links sent by e-mail (AccountToken): "confirm" (the address, after
// registration) and "reset" (a forgotten password). The token is 32 random bytes; only its
// SHA-256 is stored, so a copy of the database opens nothing. Issuing a token replaces the
// account's earlier unused ones of the same purpose.

export type TokenPurpose = "confirm" | "reset";
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = { confirm: 24 * 3600_000, reset: 30 * 60_000 };

type Tx = Pick<Prisma.TransactionClient, "accountToken">;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function issueToken(tx: Tx, userId: number, purpose: TokenPurpose, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.accountToken.deleteMany({ where: { userId, purpose, usedAt: null } });
  await tx.accountToken.create({
    data: { userId, purpose, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]), createdAt: now },
    select: { id: true },
  });
  return token;
}

/** The account a valid (unused, unexpired) token belongs to, without using it up. */
export async function peekToken(token: string, purpose: TokenPurpose, now = new Date()): Promise<number | null> {
  if (!token || token.length > 100) return null;
  const row = await db.accountToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { userId: true, purpose: true, expiresAt: true, usedAt: true } });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  return row.userId;
}

/** Uses the token up inside the caller's transaction; false when it is not (or no longer) valid. */
export async function consumeToken(tx: Tx, token: string, purpose: TokenPurpose, userId: number, now = new Date()): Promise<boolean> {
  if (!token || token.length > 100) return false;
  const { count } = await tx.accountToken.updateMany({
    where: { tokenHash: hashToken(token), purpose, userId, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}
