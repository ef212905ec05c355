import { NextResponse, type NextRequest } from "next/server";
import { siteIsHttps, siteOrigin } from "@/lib/site/origin";
import { ELDER_COOKIE, ELDER_COOKIE_MAX_AGE, safeReturnPath } from "@/lib/site/mode";

// The 长者版 / 返回标准版 links: set or clear the cookie, then go back to the page the reader
// was on (from the Referer, when it is a page of this site; the home page otherwise). The
// redirect is a relative one: it never names a host. Works without JavaScript.
export async function GET(request: NextRequest, { params }: { params: Promise<{ choice: string }> }) {
  const { choice } = await params;
  if (choice !== "elder" && choice !== "standard") {
    return new NextResponse("未找到", { status: 404 });
  }
  // The site, or the address the reader used (e.g. http://[::1]:3000): only a path is kept.
  const used = `${new URL(siteOrigin()).protocol}//${request.headers.get("host") ?? ""}`;
  const back = safeReturnPath(request.headers.get("referer"), [siteOrigin(), used]);
  const response = new NextResponse(null, { status: 303, headers: { Location: back, "Cache-Control": "no-store" } });
  if (choice === "elder") {
    response.cookies.set(ELDER_COOKIE, "1", {
      path: "/",
      maxAge: ELDER_COOKIE_MAX_AGE,
      sameSite: "lax",
      httpOnly: true,
      secure: siteIsHttps(),
    });
  } else {
    response.cookies.delete(ELDER_COOKIE);
  }
  return response;
}
