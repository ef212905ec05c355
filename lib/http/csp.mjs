// Content-Security-Policy (docs/decisions/0013). Two policies:
// - strict, on every page that shows personal data or takes input (sign-in, registration,
//   password reset, 个人中心, writing and tracking letters, requests for government information, opinions on consultations, asking a question, the staff console): scripts only
//   from this site and with the nonce of this response, no inline script or event handler.
//   proxy.ts makes a nonce per request and puts the policy in the request headers too, where
//   Next finds the nonce and sets it on its own scripts. These pages render per request anyway.
// - public, on the cached public pages (prerendered once for every reader, so they can carry
//   no per-request nonce): 'unsafe-inline' for scripts, since Next's prerendered HTML holds
//   inline scripts (the RSC payload) whose content differs per page, and nothing else.
// Plain JavaScript because next.config.mjs reads it too.

/** Path prefixes with the strict policy; "/x" covers /x and /x/..., "/x*" any path starting with /x. */
export const STRICT_CSP_PREFIXES = ["/login", "/register", "/password-reset*", "/account", "/mailbox/write", "/mailbox/track", "/gk/ysq/apply", "/gk/ysq/track", "/interaction/opinion", "/interaction/questions/ask", "/admin"];

/** Whether a path gets the strict policy. */
export function isStrictCspPath(pathname) {
  return STRICT_CSP_PREFIXES.some((prefix) =>
    prefix.endsWith("*") ? pathname.startsWith(prefix.slice(0, -1)) : pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
}

/** A path-to-regexp source (next.config.mjs headers) matching every path WITHOUT the strict policy. */
export function nonStrictSource() {
  const alternatives = STRICT_CSP_PREFIXES.map((prefix) =>
    prefix.endsWith("*") ? prefix.slice(1, -1) : `${prefix.slice(1)}(?:/|$)`,
  );
  return `/((?!(?:${alternatives.join("|")})).*)`;
}

const COMMON = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

/** The policy of the cached public pages. */
export const PUBLIC_CSP = ["script-src 'self' 'unsafe-inline'", ...COMMON].join("; ");

/** The policy of a strict page, for its nonce (development adds 'unsafe-eval', which React's dev tooling needs). */
export function strictCsp(nonce, { development = false } = {}) {
  const script = `script-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-eval'" : ""}`;
  return [script, ...COMMON].join("; ");
}
