import { decode, encode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { secrets } from "@/lib/env";
import { SESSION_COOKIE, SESSION_MAX_AGE_S, sessionCookieOptions } from "./options";
import { can, type Actor, type Permission } from "./permissions";
import { createSession, endSession, validateSession, type SessionClaims } from "./sessions";

// Reading and writing the session in pages, server actions and route handlers.

export interface SessionUser extends Actor {
  sid: string;
}

/**
 * The signed-in person, or null. Decodes next-auth's session cookie and checks it against
 * the database with validateSession - the same check the next-auth jwt callback makes for
 * /api/auth/session (lib/auth/options.ts).
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const token = await currentToken();
  return token ? validateSession(token) : null;
}

async function currentToken(): Promise<SessionClaims | null> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!value) return null;
  try {
    return (await decode({ token: value, secret: secrets().NEXTAUTH_SECRET })) as SessionClaims | null;
  } catch {
    return null; // a cookie from another secret or a damaged one: no session
  }
}

/**
 * The one authorization check, called by every account page, server action and route
 * handler: anonymous -> the login page (returning to `returnTo`), signed in without the
 * permission -> 403.
 */
export async function requirePermission(permission: Permission, returnTo = "/account"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  if (!can(user, permission)) forbidden();
  return user;
}

/** Sets the session cookie for a fresh login (or after a password change). */
export async function issueSessionCookie(user: { id: number; sessionVersion: number }): Promise<void> {
  const session = await createSession(user.id);
  const token = await encode({
    token: { sub: String(user.id), sid: session.id, sv: user.sessionVersion },
    secret: secrets().NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE_S,
  });
  (await cookies()).set(SESSION_COOKIE, token, { ...sessionCookieOptions(), expires: session.expiresAt });
}

export async function signOut(): Promise<void> {
  const token = await currentToken();
  if (typeof token?.sid === "string") await endSession(token.sid);
  (await cookies()).delete(SESSION_COOKIE);
}

/**
 * Server actions are public POST endpoints. Next rejects a mismatching Origin but lets a
 * request without one through; state-changing actions call this to refuse both.
 */
export async function assertSameOrigin(): Promise<void> {
  const list = await headers();
  const origin = list.get("origin");
  const host = list.get("x-forwarded-host") ?? list.get("host");
  let originHost: string | null = null;
  try {
    originHost = origin ? new URL(origin).host : null;
  } catch {
    originHost = null;
  }
  if (!originHost || !host || originHost !== host) forbidden();
}

/** A same-site path to return to after login: only /account pages. */
export function safeNext(value: unknown): string {
  if (typeof value !== "string") return "/account";
  return /^\/account(\/[a-z-]*)?$/.test(value) ? value : "/account";
}
