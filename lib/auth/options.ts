import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { secrets } from "@/lib/env";
import { authenticate, INVALID_LOGIN_MESSAGE, LOCKED_MESSAGE } from "./login";
import { isStaffRole } from "./permissions";
import { ABSOLUTE_MS, createSession, validateSession } from "./sessions";

// next-auth configuration. Sessions are JWTs (the Credentials provider requires it) in an
// HttpOnly, SameSite=Lax cookie, Secure in production. The jwt callback re-checks every
// token against the database (lib/auth/sessions.ts: idle and absolute limits, session row,
// session version, disabled account). The login form itself is a server action that uses
// the same authenticate() and issueSessionCookie() (lib/auth/current.ts) so that it works
// without JavaScript and shows errors in place; /api/auth/* (session, csrf, signout and the
// Credentials callback) is served by next-auth with this configuration.

export const SESSION_COOKIE = "portal.session";
export const STAFF_VIA_LOGIN_PAGE = "工作人员请通过登录页面登录";
export const SESSION_MAX_AGE_S = ABSOLUTE_MS / 1000;

export function sessionCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: process.env.NODE_ENV === "production" };
}

export function authOptions(): AuthOptions {
  return {
    secret: secrets().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S, updateAge: 0 },
    jwt: { maxAge: SESSION_MAX_AGE_S },
    cookies: { sessionToken: { name: SESSION_COOKIE, options: sessionCookieOptions() } },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "电子邮箱",
        credentials: { email: { label: "电子邮箱", type: "email" }, password: { label: "密码", type: "password" } },
        async authorize(credentials) {
          const result = await authenticate(credentials?.email ?? "", credentials?.password ?? "");
          if (!result.ok) throw new Error(result.reason === "disabled" ? result.message : result.reason === "locked" ? LOCKED_MESSAGE : INVALID_LOGIN_MESSAGE);
          // Staff sign in through /login only (password, then the TOTP step and the audit log):
          // this endpoint has no second step, so it refuses staff accounts altogether.
          if (isStaffRole(result.user.role)) throw new Error(STAFF_VIA_LOGIN_PAGE);
          const session = await createSession(result.user.id);
          return { id: String(result.user.id), sid: session.id, sv: result.user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const fresh = user as unknown as { sid: string; sv: number };
          token.sid = fresh.sid;
          token.sv = fresh.sv;
        }
        const actor = await validateSession(token);
        return actor ? { sub: token.sub, sid: token.sid, sv: token.sv, role: actor.role } : { ended: true };
      },
      async session({ session, token }) {
        if (token.ended || !token.sub) return { expires: session.expires } as typeof session;
        return { expires: session.expires, user: { id: Number(token.sub), role: String(token.role) } } as unknown as typeof session;
      },
    },
  };
}
