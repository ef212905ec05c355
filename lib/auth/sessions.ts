import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Actor } from "./permissions";

// Login sessions. The cookie is a next-auth JWT carrying { sub: user id, sid: session row,
// sv: the user's sessionVersion at login }. Every request that reads the session checks it
// against the database (validateSession, called by getSessionUser in lib/auth/current.ts), so:
// - a session ends after IDLE_MS without a request and ABSOLUTE_MS after login at the latest;
// - deleting the row (log out, account deletion) or bumping User.sessionVersion (password
//   change, disabling) ends it at its next request.

export const IDLE_MS = 30 * 60_000;
export const ABSOLUTE_MS = 12 * 3600_000;
/** lastSeenAt is written at most once a minute. */
const TOUCH_MS = 60_000;
/** How long a password re-entry unlocks the export download. */
export const REAUTH_MS = 5 * 60_000;

export interface SessionClaims {
  sub?: unknown;
  sid?: unknown;
  sv?: unknown;
}

export async function createSession(userId: number, now = new Date()): Promise<{ id: string; expiresAt: Date }> {
  const id = randomBytes(32).toString("hex");
  const expiresAt = new Date(now.getTime() + ABSOLUTE_MS);
  await db.userSession.create({ data: { id, userId, createdAt: now, lastSeenAt: now, expiresAt }, select: { id: true } });
  return { id, expiresAt };
}

/** The signed-in person, or null when the session is over (its row is then removed). */
export async function validateSession(claims: SessionClaims, now = new Date()): Promise<(Actor & { sid: string }) | null> {
  const { sub, sid, sv } = claims;
  if (typeof sid !== "string" || typeof sv !== "number" || typeof sub !== "string") return null;
  const row = await db.userSession.findUnique({
    where: { id: sid },
    select: {
      userId: true,
      lastSeenAt: true,
      expiresAt: true,
      user: { select: { role: true, sessionVersion: true, disabledAt: true } },
    },
  });
  if (!row) return null;
  const over =
    String(row.userId) !== sub ||
    row.user.disabledAt !== null ||
    row.user.sessionVersion !== sv ||
    now.getTime() - row.lastSeenAt.getTime() > IDLE_MS ||
    now.getTime() >= row.expiresAt.getTime();
  if (over) {
    await db.userSession.deleteMany({ where: { id: sid } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_MS) {
    await db.userSession.updateMany({ where: { id: sid }, data: { lastSeenAt: now } });
  }
  return { id: row.userId, role: row.user.role, sid };
}

export async function endSession(sid: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id: sid } });
}

export async function grantReauth(sid: string, now = new Date()): Promise<void> {
  await db.userSession.updateMany({ where: { id: sid }, data: { reauthUntil: new Date(now.getTime() + REAUTH_MS) } });
}

export async function hasReauth(sid: string, now = new Date()): Promise<boolean> {
  const row = await db.userSession.findUnique({ where: { id: sid }, select: { reauthUntil: true } });
  return !!row?.reauthUntil && row.reauthUntil.getTime() > now.getTime();
}
