import type { NextRequest } from "next/server";

/**
 * The origin the reader used (from the Host header). The server listens on [::], so the
 * request URL Next builds names that host, which is no address to send a reader to.
 */
export function readerOrigin(request: NextRequest): string {
  const host = request.headers.get("host") ?? request.nextUrl.host;
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  return `${https ? "https" : "http"}://${host}`;
}
