// A short-lived in-memory copy of the public pages, in front of Next's own page cache
// (docs/decisions/0003 and 0012). Next serves a cached page at about half the rate it serves a
// static file here; this serves repeat requests for the same page, variant and encoding
// straight from memory, like a micro-caching reverse proxy (nginx proxy_cache with a few
// seconds' validity) would. Only complete 200 responses that Next itself took from its page
// cache (x-nextjs-cache) are kept, and those of the public query pages (QUERY_PAGES: search and
// filter pages, rendered per request but the same for every reader of a variant), never
// anything that sets a cookie, and only for a few seconds, so a page that staff change or
// revalidate is fresh again within PAGE_CACHE_TTL_MS (staff changes empty it at once). Query
// pages may hold at most a fifth of the entries: random queries cannot push the site's pages
// out. Only one request renders a page at a time; the others meanwhile get the copy that just
// expired (if less than two TTLs old) or wait for the new one, so a page read by many readers
// at once is rendered once per TTL, not once per reader.
import { pageVariant } from "../../lib/site/page-variant.mjs";
import { isPublicPage } from "../../lib/site/public-page.mjs";
import { QUERY_PAGES } from "../../lib/site/public-routes.mjs";

// Requests from Next's client router (RSC payloads, prefetches) go to Next.
const routerHeaders = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch"];

/**
 * The body encoding Next's compression gives a request: gzip when the client accepts it,
 * else none. Part of the key; a response in another encoding is not kept (see `handle`).
 */
export function expectedEncoding(acceptEncoding) {
  const accepted = String(acceptEncoding ?? "")
    .split(",")
    .map((part) => part.trim().split(";"))
    .filter(([, ...params]) => {
      const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      return !q || Number(q.slice(2)) > 0;
    })
    .map(([name]) => name.trim().toLowerCase());
  return accepted.includes("gzip") || accepted.includes("*") ? "gzip" : "identity";
}

/** The cache key of a request: variant, encoding and page (with the query only for pages that read it). */
export function cacheKey(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  if (routerHeaders.some((name) => req.headers[name] !== undefined)) return null;
  const url = req.url ?? "/";
  const [pathname, query = ""] = url.split("?", 2);
  if (url.includes("_rsc=") || !isPublicPage(pathname)) return null;
  const page = QUERY_PAGES.includes(pathname) && query ? `${pathname}?${query}` : pathname;
  return `${pageVariant(req.headers).segment} ${expectedEncoding(req.headers["accept-encoding"])} ${page}`;
}

// What a public page's response depends on besides its URL: the cookies that choose its
// variant and the compression. Next sets its own Vary (RSC headers) while rendering, replacing
// any set before, so these are added when the headers are sent.
const PUBLIC_VARY = ["Cookie", "Accept-Encoding"];

/**
 * Adds Cookie and Accept-Encoding to the Vary header of a public page's response, and of a
 * 404 (the not-found page of the reader's variant).
 */
export function varyPublicPage(req, res) {
  const pathname = (req.url ?? "/").split("?")[0];
  if (pathname.startsWith("/_next/")) return;
  const publicPage = isPublicPage(pathname);
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    const status = typeof args[0] === "number" ? args[0] : res.statusCode;
    if (publicPage || status === 404) {
      const present = String(res.getHeader("vary") ?? "")
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean);
      const missing = PUBLIC_VARY.filter((name) => !present.some((other) => other.toLowerCase() === name.toLowerCase()));
      if (missing.length > 0) res.setHeader("vary", [...present, ...missing].join(", "));
    }
    return writeHead.apply(this, args);
  };
}

/** Whether the request is for one of the public query pages (its response is kept per query). */
function isQueryPage(req) {
  return QUERY_PAGES.includes((req.url ?? "/").split("?", 1)[0]);
}

/** `onLookup(res, "hit" | "miss")` is told how each cacheable request was answered (the request log and metrics). */
export function createPageCache({ ttlMs = 5_000, maxEntries = 500, maxBytes = 32 * 1024 * 1024, now = () => Date.now(), onLookup = () => {} } = {}) {
  const entries = new Map();
  /** The keys of query pages' entries, oldest first */
  const queryKeys = new Set();
  const maxQueryEntries = Math.max(1, Math.floor(maxEntries / 5));
  let bytes = 0;

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.body.length;
    entries.delete(key);
    queryKeys.delete(key);
  }

  /** Keys whose response is being rendered by Next now, with a promise settled when it ends */
  const rendering = new Map();

  /** The entry for `key` and whether it is fresh; an entry older than twice the TTL is dropped. */
  function lookup(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    const age = now() - entry.storedAt;
    if (age > 2 * ttlMs) {
      remove(key);
      return null;
    }
    return { entry, fresh: age <= ttlMs };
  }

  function serve(req, res, entry) {
    onLookup(res, "hit");
    res.writeHead(entry.status, { ...entry.headers, "x-page-cache": "HIT" });
    res.end(req.method === "HEAD" ? undefined : entry.body);
  }

  function store(key, entry, queryPage) {
    if (entry.body.length > maxBytes) return;
    remove(key);
    // Oldest first (Map and Set keep insertion order) until the bounds hold.
    if (queryPage) while (queryKeys.size >= maxQueryEntries) remove(queryKeys.values().next().value);
    while (entries.size >= maxEntries || bytes + entry.body.length > maxBytes) remove(entries.keys().next().value);
    entries.set(key, { ...entry, storedAt: now() });
    if (queryPage) queryKeys.add(key);
    bytes += entry.body.length;
  }

  /**
   * Serves `req` from memory, or lets `next` handle it while recording the response.
   * `next(req, res)` is Next's request handler.
   */
  async function handle(req, res, next) {
    const key = cacheKey(req);
    if (key === null) return next(req, res);
    let found = lookup(key);
    // One request at a time renders a page (nginx's proxy_cache_lock and use_stale updating):
    // while it does, others get the copy just expired, or, when there is none, wait for it.
    if (!found?.fresh && rendering.has(key)) {
      if (!found) {
        await rendering.get(key);
        found = lookup(key);
      }
      if (found) return serve(req, res, found.entry);
    }
    if (found?.fresh) return serve(req, res, found.entry);
    if (!rendering.has(key)) {
      let settle = () => {};
      const done = new Promise((resolve) => (settle = resolve));
      rendering.set(key, done);
      res.on("close", () => {
        if (rendering.get(key) === done) rendering.delete(key);
        settle();
      });
    }
    const encoding = key.split(" ", 2)[1];
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
      const sentEncoding = String(headers["content-encoding"] ?? "identity").toLowerCase();
      const queryPage = isQueryPage(req);
      if (req.method === "GET" && res.statusCode === 200 && (headers["x-nextjs-cache"] || queryPage) && !headers["set-cookie"] && sentEncoding === encoding) {
        const body = Buffer.concat(chunks);
        const kept = { ...headers, "content-length": String(body.length) };
        delete kept["transfer-encoding"];
        delete kept["x-nextjs-cache"];
        // Each response carries its own request's id (scripts/lib/request-log.mjs).
        delete kept["x-request-id"];
        store(key, { status: 200, headers: kept, body }, queryPage);
      }
      return end(chunk, ...rest);
    };
    onLookup(res, "miss");
    return next(req, res);
  }

  function clear() {
    // A page being rendered now may still be stored after this: it is at most this old.
    entries.clear();
    queryKeys.clear();
    bytes = 0;
  }

  return { handle, clear, size: () => entries.size, bytes: () => bytes };
}
