// The one rule for "this request comes from one of our own pages": its Origin is the
// configured site (SITE_URL) or an http(s) origin naming the host the browser connected to
// (e.g. http://[::1]:3000 on this machine). Used by the server's refusal of cross-site posts
// (below), the dwell beacon (scripts/lib/page-views.mjs) and the server actions' own check
// (assertSameOrigin in lib/auth/current.ts). Plain JavaScript because scripts/server.mjs
// imports it.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const FOREIGN_ORIGIN_MESSAGE = "请求被拒绝：提交来自其他网站。请在本站页面上重新操作。";

/** Whether an Origin header value is this site's (see the top of this file); false when absent or malformed. */
export function isOwnOrigin(origin, siteOrigin, host) {
  if (!origin) return false;
  let url;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin === siteOrigin) return true;
  return (url.protocol === "http:" || url.protocol === "https:") && typeof host === "string" && host !== "" && url.host === host;
}

/**
 * Whether the request changes state and says it comes from another site. Cross-site form posts
 * and server-action calls are refused by scripts/server.mjs before Next sees them, with a 403
 * and a message a person can read (Next's own check answers them with a 500). Requests without
 * an Origin header are left to the actions themselves (assertSameOrigin refuses state changes
 * without one).
 */
export function isForeignOriginPost(req, siteOrigin) {
  if (SAFE_METHODS.has(req.method ?? "GET")) return false;
  const origin = req.headers.origin;
  if (typeof origin !== "string" || origin === "") return false;
  return !isOwnOrigin(origin, siteOrigin, req.headers.host);
}
