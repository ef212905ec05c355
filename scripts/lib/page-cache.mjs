// A short-lived in-memory copy of the public pages, in front of Next's own page cache
// (docs/decisions/0003). Next serves a cached page at about half the rate it serves a static
// file here; this serves repeat requests for the same page and mode straight from memory,
// like a micro-caching reverse proxy (nginx proxy_cache with a few seconds' validity) would.
// Only complete 200 responses that Next itself took from its page cache (x-nextjs-cache)
// are kept, never anything that sets a cookie, and only for a few seconds, so a page that
// staff change or revalidate is fresh again within PAGE_CACHE_TTL_MS.
import pathToRegexp from "next/dist/compiled/path-to-regexp/index.js";
import { hasElderCookie, PUBLIC_PAGE_SOURCES } from "../../lib/site/public-routes.mjs";

// Next's own matcher, the one its router applies to the rewrites in next.config.mjs.
const { match } = pathToRegexp;
const publicPage = PUBLIC_PAGE_SOURCES.map((source) => match(source));
// Requests from Next's client router (RSC payloads, prefetches) go to Next.
const routerHeaders = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch"];

/** Whether the path (no query) is one of the public pages. */
export function isPublicPage(pathname) {
  return publicPage.some((matches) => matches(pathname));
}

export function cacheKey(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  if (routerHeaders.some((name) => req.headers[name] !== undefined)) return null;
  const url = req.url ?? "/";
  const pathname = url.split("?")[0];
  if (url.includes("_rsc=") || !isPublicPage(pathname)) return null;
  const mode = hasElderCookie(req.headers.cookie) ? "elder" : "std";
  return `${mode} ${url}`;
}

export function createPageCache({ ttlMs = 5_000, maxEntries = 500, now = () => Date.now() } = {}) {
  const entries = new Map();

  function lookup(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    if (now() - entry.storedAt > ttlMs) {
      entries.delete(key);
      return null;
    }
    return entry;
  }

  function store(key, entry) {
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value);
    entries.set(key, { ...entry, storedAt: now() });
  }

  /**
   * Serves `req` from memory, or lets `next` handle it while recording the response.
   * `next(req, res)` is Next's request handler.
   */
  async function handle(req, res, next) {
    const key = cacheKey(req);
    if (key === null) return next(req, res);
    const hit = lookup(key);
    if (hit) {
      res.writeHead(hit.status, { ...hit.headers, "x-page-cache": "HIT" });
      res.end(req.method === "HEAD" ? undefined : hit.body);
      return;
    }
    const chunks = [];
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = (chunk, ...rest) => {
      if (chunk) chunks.push(Buffer.from(chunk));
      return write(chunk, ...rest);
    };
    res.end = (chunk, ...rest) => {
      if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk));
      const headers = res.getHeaders();
      if (req.method === "GET" && res.statusCode === 200 && headers["x-nextjs-cache"] && !headers["set-cookie"]) {
        const body = Buffer.concat(chunks);
        const kept = { ...headers, "content-length": String(body.length) };
        delete kept["transfer-encoding"];
        delete kept["x-nextjs-cache"];
        store(key, { status: 200, headers: kept, body });
      }
      return end(chunk, ...rest);
    };
    return next(req, res);
  }

  return { handle, clear: () => entries.clear(), size: () => entries.size };
}
