// Public pages with cached variants under app/[mode]/ (docs/decisions/0003 and 0012).
// Plain JavaScript because next.config.mjs reads it too: the rewrites that serve each
// variant at the reader's URL are generated from this list.

export const ELDER_COOKIE = "elder";
// The session cookie's name (set by lib/auth, read by proxy.ts); only its presence is read here.
export const SESSION_COOKIE = "portal.session";

const elder = { type: "cookie", key: ELDER_COOKIE, value: "1" };
const session = { type: "cookie", key: SESSION_COOKIE };

/**
 * The cached variants of every public page, as the first path segment under app/[mode], and
 * the cookies that choose one (Next's `has`/`missing` conditions; the first match wins). The
 * signed-in variants differ only in the header's generic 个人中心/退出 links: nothing per person.
 */
export const PAGE_VARIANTS = [
  { segment: "elder-signed-in", mode: "elder", signedIn: true, has: [elder, session], missing: [] },
  { segment: "elder", mode: "elder", signedIn: false, has: [elder], missing: [session] },
  { segment: "std-signed-in", mode: "std", signedIn: true, has: [session], missing: [elder] },
  { segment: "std", mode: "std", signedIn: false, has: [], missing: [elder, session] },
];

/** Static pages kept as database content (Page rows) and served at /<slug>. */
export const STATIC_PAGE_SLUGS = ["privacy", "disclaimer", "contact", "about", "interaction"];

// Slugs of categories (lib/content: lower-case letters, digits, hyphens) and positive ids.
const SLUG = "[a-z0-9][a-z0-9-]{0,39}";
const ID = "[1-9][0-9]{0,9}";
const PAGE = "[2-9]|[1-9][0-9]{1,4}";
// 办事指南: 事项编码 (lib/services/catalog.ts SERVICE_CODE_PATTERN), the themes and the audience tabs.
const SERVICE_CODE = "[0-9A-Z][0-9A-Z-]{2,39}";
export const SERVICE_THEME_SLUGS = ["shengyu", "huji", "jiaoyu", "jiuye", "shebao", "yiliao", "zhufang", "jiaotong", "hunyin", "kaiban", "nashui", "gongcheng"];

/**
 * Path patterns (path-to-regexp, as in next.config) of the public pages. Only well-formed
 * slugs and ids match: anything else is not rewritten to a variant and gets the not-found page.
 */
export const PUBLIC_PAGE_SOURCES = [
  "/",
  "/sitemap",
  `/:slug(${STATIC_PAGE_SLUGS.join("|")})`,
  `/category/:slug(${SLUG})`,
  `/category/:slug(${SLUG})/:page(${PAGE})`,
  `/article/:id(${ID})`,
  "/mailbox",
  "/mailbox/search",
  `/mailbox/letters/:id(${ID})`,
  "/search",
  "/services",
  "/services/search",
  `/services/theme/:theme(${SERVICE_THEME_SLUGS.join("|")})`,
  "/services/audience/:tab(person|legal)",
  `/services/department/:id(${ID})`,
  `/services/:code(${SERVICE_CODE})`,
  "/gk",
  "/gk/wjk",
  "/interaction/consultations",
  "/interaction/consultations/status/:status(upcoming|open|closed|answered)",
  `/interaction/consultations/:id(${ID})`,
  "/interaction/evaluations",
  `/interaction/evaluations/:id(${ID})`,
  "/interaction/interviews",
  `/interaction/interviews/:id(${ID})`,
  "/interaction/questions",
  "/interaction/questions/search",
  "/interaction/questions/faq",
  "/interaction/questions/faq/search",
  `/interaction/questions/:id(${ID})`,
];

/** Public pages whose content depends on the query string (the page cache keys on it). */
export const QUERY_PAGES = ["/mailbox/search", "/search", "/services/search", "/gk/wjk", "/interaction/questions/search", "/interaction/questions/faq/search"];

const variantPath = (segment, path) => (path === "/" ? `/${segment}` : `/${segment}${path}`);

/**
 * Rewrites from the reader's URL to the variant the cookies choose, e.g.
 * /article/1 -> /elder/article/1. Done by Next's router from next.config, not by proxy.ts:
 * a middleware on every page view costs more than the cached page itself.
 */
export function modeRewrites() {
  return PUBLIC_PAGE_SOURCES.flatMap((source) =>
    PAGE_VARIANTS.map(({ segment, has, missing }) => ({
      source,
      ...(has.length > 0 ? { has } : {}),
      ...(missing.length > 0 ? { missing } : {}),
      destination: variantPath(segment, source),
    })),
  );
}

/** The page of each variant that shows the not-found message (app/[mode]/page-not-found). */
export const NOT_FOUND_SEGMENT = "page-not-found";

// Paths the app serves outside app/[mode] through dynamic routes (static routes and files are
// matched before these rewrites), and the variants themselves (targets of the rewrites above).
const OWN_DYNAMIC_PATHS = ["_next/", "admin/", "api/", "files/", "mode/", "interaction/opinion/", "account/evaluations/", "account/interviews/", ...PAGE_VARIANTS.map((v) => `${v.segment}(?:/|$)`)];

/**
 * Every other path (an unknown page, a malformed id, an unknown mode) is served the not-found
 * page of the reader's variant (404, with the site header). One cached page per variant: an
 * unknown path never reaches app/[mode] under its own name, so it never gets its own cache entry.
 * Used as `afterFiles` rewrites: after files and static routes, before dynamic routes.
 */
export function notFoundRewrites() {
  const source = `/:path((?!${OWN_DYNAMIC_PATHS.join("|")}).*)`;
  return PAGE_VARIANTS.map(({ segment, has, missing }) => ({
    source,
    ...(has.length > 0 ? { has } : {}),
    ...(missing.length > 0 ? { missing } : {}),
    destination: `/${segment}/${NOT_FOUND_SEGMENT}`,
  }));
}

/** The variants are internal: /elder/article/1 redirects to /article/1. */
export function modeRedirects() {
  const segments = PAGE_VARIANTS.map((variant) => variant.segment).join("|");
  return [
    { source: `/:mode(${segments})`, destination: "/", permanent: true },
    { source: `/:mode(${segments})/:path*`, destination: "/:path*", permanent: true },
  ];
}
