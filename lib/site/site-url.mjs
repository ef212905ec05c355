// SITE_URL: the one public origin every absolute URL is built from (redirects, next-auth,
// origin checks; docs/decisions/0013), never the request's Host or X-Forwarded-Host. Plain
// JavaScript because scripts/server.mjs reads it too; lib/env.ts validates it at start-up.

/** The default when SITE_URL is unset: this machine at PORT. */
export function defaultSiteUrl(port) {
  return `http://localhost:${port || 3000}`;
}

/** Why a SITE_URL value is unusable, or null when it is a bare http(s) origin. */
export function siteUrlProblem(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return "must be a URL such as https://www.changji.gov.cn";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must start with http:// or https://";
  if (url.username || url.password || url.search || url.hash || url.pathname !== "/") {
    return "must be an origin only (scheme, host and port), e.g. https://www.changji.gov.cn";
  }
  return null;
}

/** The configured public origin, e.g. "https://www.changji.gov.cn" (throws on a bad SITE_URL). */
export function siteOriginOf(source) {
  const value = String(source.SITE_URL || "").trim() || defaultSiteUrl(source.PORT);
  const problem = siteUrlProblem(value);
  if (problem) throw new Error(`SITE_URL: ${problem}`);
  return new URL(value).origin;
}
