import { NextResponse, type NextRequest } from "next/server";
import { siteUrl } from "@/lib/site/origin";

// The session cookie's name (lib/auth/options.ts); proxy.ts does not import the auth code.
const SESSION_COOKIE = "portal.session";

// A convenience only, and only on account and admin pages: without a session cookie they go straight
// to the login page. It decides nothing; the pages check the session and permission
// themselves. Public pages never pass through here (elder mode is chosen by rewrites in
// next.config.mjs, which cost far less per request). The login URL is built from SITE_URL,
// never from the Host header.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  const login = siteUrl("/login");
  login.searchParams.set("next", pathname);
  return NextResponse.redirect(login, 303);
}

export const config = {
  matcher: ["/account", "/account/:path*", "/admin", "/admin/:path*"],
};
