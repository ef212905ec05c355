import { env } from "@/lib/env";

/**
 * The site's public origin (SITE_URL, e.g. "https://www.changji.gov.cn"): every absolute URL
 * the portal builds starts with it, never with the request's Host header (docs/decisions/0013).
 */
export function siteOrigin(): string {
  return env().SITE_URL;
}

/** An absolute URL on this site for a path such as "/login?next=/admin". */
export function siteUrl(path: string): URL {
  return new URL(path, siteOrigin());
}

/** Whether the site is served over HTTPS (secure cookies, Strict-Transport-Security). */
export function siteIsHttps(): boolean {
  return siteOrigin().startsWith("https:");
}
