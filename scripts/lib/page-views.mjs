// Traffic statistics, the recording side (docs/decisions/0010). The server sees every
// request, including the pages its page cache serves, so page views are noticed here: after
// a public page has been sent (status 200), it is added to an in-memory queue
// (lib/stats/hit-queue.mjs: merged with the same visitor's views of the page) that
// lib/stats/recorder.ts writes in batches. Nothing here waits for the database or delays the
// response, and the costly parts (visitor key, user-agent classes, the INSERT) are left to
// the writer's worker thread, once per row. The client address only feeds the visitor key
// and the IPv4/IPv6 flag; it is held in memory until the next write and never written or
// logged.
import { CLIENT_ADDRESS_HEADER } from "../../lib/http/client-address.mjs";
import { isOwnOrigin } from "../../lib/http/origin-check.mjs";
import { hasElderCookie } from "../../lib/site/page-variant.mjs";
import { enqueueHit } from "../../lib/stats/hit-queue.mjs";
import { isPublicPage } from "../../lib/site/public-page.mjs";

/** Where the dwell-time beacon of the public pages is sent (components/site/DwellBeacon.tsx). */
export const DWELL_PATH = "/api/stats/dwell";
const MAX_DWELL_MS = 3600_000;
const MAX_BEACON_BYTES = 1024;
// Next's client router prefetches pages that may never be seen; its navigations (an RSC
// request without these headers) are page views.

function header(req, name) {
  const value = req.headers[name];
  return typeof value === "string" ? value : "";
}

/** The client address the server decided (lib/http/client-address.mjs). */
export function clientIp(req) {
  return header(req, CLIENT_ADDRESS_HEADER);
}

/** The public page a request views (its path without the query), or null. */
export function viewedPage(req) {
  if (req.method !== "GET") return null;
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  const pathname = query === -1 ? url : url.slice(0, query);
  if (!isPublicPage(pathname)) return null;
  if (req.headers["next-router-prefetch"] !== undefined || req.headers["next-router-segment-prefetch"] !== undefined) return null;
  return pathname;
}

const NO_REFERRER = Object.freeze({ referrer: null, entry: true });

/**
 * Another site's domain, or null; `entry` when the visit starts here (no referrer or another
 * site). This site is SITE_URL's host or the host the browser connected to.
 */
export function referrerOf(req, siteHost = "") {
  const referer = header(req, "referer");
  if (!referer) return NO_REFERRER;
  let url;
  try {
    url = new URL(referer);
  } catch {
    return { referrer: null, entry: true };
  }
  if (url.host === siteHost || url.host === header(req, "host")) return { referrer: null, entry: false };
  return { referrer: url.hostname.toLowerCase().slice(0, 100) || null, entry: true };
}

function readBody(req, limit) {
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on("end", () => resolve(size <= limit ? Buffer.concat(chunks).toString("utf8") : null));
    req.on("error", () => resolve(null));
  });
}

/**
 * Whether a beacon was sent by one of this site's pages: the browser says so (Sec-Fetch-Site:
 * same-origin), or, from a browser that does not send that header, its Origin is SITE_URL or
 * the host it connected to. Another site's pages cannot make their visitors report here.
 */
export function isOwnBeacon(req, siteOrigin) {
  const fetchSite = header(req, "sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin";
  return isOwnOrigin(header(req, "origin"), siteOrigin, header(req, "host"));
}

/** The beacon's {p: path, ms: visible milliseconds}, or null when it is not a well-formed one. */
export function parseDwell(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!data || typeof data.p !== "string" || !Number.isInteger(data.ms)) return null;
  if (data.ms < 1 || data.p.length > 300) return null;
  return { path: data.p, ms: Math.min(data.ms, MAX_DWELL_MS) };
}

export function createPageViewRecorder({ enabled = true, now = Date.now, enqueue = enqueueHit, siteOrigin = "http://localhost:3000" } = {}) {
  const siteHost = new URL(siteOrigin).host;
  function enqueueView(req, path, ip) {
    const { referrer, entry } = referrerOf(req, siteHost);
    const userAgent = header(req, "user-agent").slice(0, 512);
    enqueue({ at: now(), views: 1, dwellMs: 0, path, referrer, entry, userAgent, ip, elder: hasElderCookie(req.headers) });
  }

  /**
   * Handles a request with `handle` (the page cache or Next) and records it if it is a page
   * view. A page from the server's page cache has been answered before `handle` returns, so
   * the common case needs no "finish" listener.
   */
  function observe(req, res, handle) {
    const path = enabled ? viewedPage(req) : null;
    if (path === null) return handle(req, res);
    const ip = clientIp(req);
    const handled = handle(req, res);
    if (res.writableEnded) {
      if (res.statusCode === 200) enqueueView(req, path, ip);
    } else {
      res.on("finish", () => {
        if (res.statusCode === 200) enqueueView(req, path, ip);
      });
    }
    return handled;
  }

  /** POST DWELL_PATH: the time a page was visible, sent by navigator.sendBeacon. */
  async function handleDwell(req, res) {
    if (req.method !== "POST") {
      res.writeHead(405, { allow: "POST", "content-type": "text/plain; charset=utf-8" });
      res.end("仅接受 POST");
      return;
    }
    if (!isOwnBeacon(req, siteOrigin)) {
      req.resume();
      res.writeHead(403, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end("仅接受本站页面的统计");
      return;
    }
    const ip = clientIp(req);
    const body = await readBody(req, MAX_BEACON_BYTES);
    const dwell = body === null ? null : parseDwell(body);
    // After a client-side navigation from a public page to another kind of page (e.g. /login)
    // the inline script still reports; such a report is well-formed but not recorded.
    if (dwell && enabled && isPublicPage(dwell.path)) {
      const userAgent = header(req, "user-agent").slice(0, 512);
      enqueue({ at: now(), views: 0, dwellMs: dwell.ms, path: dwell.path, referrer: null, entry: false, userAgent, ip, elder: hasElderCookie(req.headers) });
    }
    res.writeHead(dwell ? 204 : 400, { "cache-control": "no-store" });
    res.end();
  }

  return { observe, handleDwell };
}
