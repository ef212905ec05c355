// Public pages with a standard and an elder variant under app/[mode]/ (docs/decisions/0003).
// Plain JavaScript because next.config.mjs reads it too: the rewrites that serve each
// variant at the reader's URL are generated from this list.

export const ELDER_COOKIE = "elder";
const elderCookie = new RegExp(`(?:^|;\\s*)${ELDER_COOKIE}=1(?:;|$)`);

/** Whether a Cookie request header asks for the elder variant (the rewrites' condition). */
export function hasElderCookie(cookieHeader) {
  return cookieHeader !== undefined && elderCookie.test(cookieHeader);
}

/** Static pages kept as database content (Page rows) and served at /<slug>. */
export const STATIC_PAGE_SLUGS = ["privacy", "disclaimer", "contact", "about", "interaction"];

/** Path patterns (path-to-regexp, as in next.config) of the public pages. */
export const PUBLIC_PAGE_SOURCES = [
  "/",
  "/sitemap",
  `/:slug(${STATIC_PAGE_SLUGS.join("|")})`,
  "/category/:slug",
  "/category/:slug/:page",
  "/article/:id",
  "/mailbox",
  "/mailbox/search",
  "/mailbox/letters/:id",
];

/**
 * Rewrites from the reader's URL to the variant the `elder` cookie chooses, e.g.
 * /article/1 -> /elder/article/1. Done by Next's router from next.config, not by proxy.ts:
 * a middleware on every page view costs more than the cached page itself.
 */
export function modeRewrites() {
  const elder = { type: "cookie", key: ELDER_COOKIE, value: "1" };
  const to = (mode, source) => (source === "/" ? `/${mode}` : `/${mode}${source}`);
  return PUBLIC_PAGE_SOURCES.flatMap((source) => [
    { source, has: [elder], destination: to("elder", source) },
    { source, missing: [elder], destination: to("std", source) },
  ]);
}

/** The variants are internal: /elder/article/1 redirects to /article/1. */
export function modeRedirects() {
  return [
    { source: "/:mode(std|elder)", destination: "/", permanent: true },
    { source: "/:mode(std|elder)/:path*", destination: "/:path*", permanent: true },
  ];
}
