import { ABSOLUTE_MS } from "./sessions";

// The session cookie. It holds a next-auth JWT (next-auth/jwt encode/decode with
// NEXTAUTH_SECRET), written by issueSessionCookie and read by getSessionUser
// (lib/auth/current.ts); HttpOnly, SameSite=Lax, Secure in production. next-auth's own
// endpoints (/api/auth/*) are not served: the portal signs in and out with server actions,
// and each of those endpoints was either unused or wrong (ADR 0014).

// The name lives with the public-page variants, which read only its presence (lib/site/public-routes.mjs).
export { SESSION_COOKIE } from "@/lib/site/public-routes.mjs";
export const SESSION_MAX_AGE_S = ABSOLUTE_MS / 1000;

export function sessionCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: process.env.NODE_ENV === "production" };
}
