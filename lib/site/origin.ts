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

/**
 * The site's public origin for absolute links in e-mails (never from a request's Host).
 * SITE_URL is the one configured origin; NEXTAUTH_URL or the local port stand in for it.
 */
export function siteUrl(): string {
  const configured = process.env.SITE_URL || process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || "3000"}`;
  return configured.replace(/\/+$/, "");
}
