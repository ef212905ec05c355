import { NextResponse, type NextRequest } from "next/server";
import { isStrictCspPath, strictCsp } from "@/lib/http/csp.mjs";
import { siteUrl } from "@/lib/site/origin";
// The session cookie's name from the plain route module: proxy.ts does not import the auth code.
import { SESSION_COOKIE } from "@/lib/site/public-routes.mjs";


// Runs only on the pages with personal data or input (config.matcher; lib/http/csp.mjs):
// 1. each response gets the strict Content-Security-Policy with a fresh nonce, which is also
//    put in the request headers, where Next finds it and sets it on its own scripts;
// 2. a convenience on account and admin pages: without a session cookie they go straight to
//    the login page (built from SITE_URL, never from the Host header). It decides nothing:
//    the pages check the session and permission themselves.
// Public pages never pass through here (elder mode is chosen by rewrites in next.config.mjs,
// which cost far less per request).
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const needsSession = pathname === "/account" || pathname.startsWith("/account/") || pathname === "/admin" || pathname.startsWith("/admin/");
  if (needsSession && !request.cookies.has(SESSION_COOKIE)) {
    const login = siteUrl("/login");
    login.searchParams.set("next", pathname);
    return NextResponse.redirect(login, 303);
  }
  if (!isStrictCspPath(pathname)) return NextResponse.next();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = strictCsp(nonce, { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Literal (Next reads it at build time); lib/http/csp.test.ts checks it against
// STRICT_CSP_PREFIXES and the route folders.
export const config = {
  matcher: [
    "/login",
    "/login/:path*",
    "/register",
    "/register/:path*",
    "/password-reset:suffix(.*)",
    "/account",
    "/account/:path*",
    "/mailbox/write",
    "/mailbox/write/:path*",
    "/mailbox/track",
    "/mailbox/track/:path*",
    "/gk/ysq/apply",
    "/gk/ysq/apply/:path*",
    "/gk/ysq/track",
    "/gk/ysq/track/:path*",
    "/interaction/opinion",
    "/interaction/opinion/:path*",
    "/interaction/questions/ask",
    "/interaction/questions/ask/:path*",
    "/admin",
    "/admin/:path*",
  ],
};
