import { NextResponse, type NextRequest } from "next/server";
import { readerOrigin } from "@/lib/site/origin";
import { ELDER_COOKIE, isMode, isPublicPath, modeFromCookie } from "@/lib/site/mode";

// The session cookie's name (lib/auth/options.ts); proxy.ts does not import the auth code.
const SESSION_COOKIE = "portal.session";

// A first filter only: it chooses the prerendered standard or elder variant of a public
// page and never decides who may see what (pages and actions check that themselves).
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  // The variants are internal: /elder/article/1 is served at /article/1.
  const [, first, ...rest] = pathname.split("/");
  if (first && isMode(first)) {
    return NextResponse.redirect(new URL(`/${rest.join("/")}${search}`, readerOrigin(request)), 308);
  }

  // Without a session cookie, account pages go straight to the login page. Only a
  // convenience: the pages check the session and permission themselves.
  if ((pathname === "/account" || pathname.startsWith("/account/")) && !request.cookies.has(SESSION_COOKIE)) {
    const login = new URL("/login", readerOrigin(request));
    login.searchParams.set("next", pathname);
    return NextResponse.redirect(login, 303);
  }

  if (!isPublicPath(pathname)) return NextResponse.next();
  const mode = modeFromCookie(request.cookies.get(ELDER_COOKIE)?.value);
  const target = request.nextUrl.clone();
  target.pathname = pathname === "/" ? `/${mode}` : `/${mode}${pathname}`;
  target.search = search;
  return NextResponse.rewrite(target);
}

export const config = {
  // Everything but Next's own assets, API routes and files with an extension.
  matcher: ["/((?!_next/|api/|files/|favicon\\.ico|.*\\.[a-zA-Z0-9]+$).*)"],
};
