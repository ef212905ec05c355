// Cross-site form posts and server-action calls are refused by scripts/server.mjs before Next
// sees them, with a 403 and a message a person can read (Next's own check answers them with a
// 500). Same origin: the configured site (SITE_URL) or the host the browser connected to.
// Requests without an Origin header are left to the actions themselves (assertSameOrigin in
// lib/auth/current.ts refuses state changes without one).

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const FOREIGN_ORIGIN_MESSAGE = "请求被拒绝：提交来自其他网站。请在本站页面上重新操作。";

/** Whether the request changes state and says it comes from another site. */
export function isForeignOriginPost(req, siteOrigin) {
  if (SAFE_METHODS.has(req.method ?? "GET")) return false;
  const origin = req.headers.origin;
  if (typeof origin !== "string" || origin === "") return false;
  if (origin === siteOrigin) return false;
  try {
    const url = new URL(origin);
    return !((url.protocol === "http:" || url.protocol === "https:") && url.host === req.headers.host);
  } catch {
    return true;
  }
}
