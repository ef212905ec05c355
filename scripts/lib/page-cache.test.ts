import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import prepareDestination from "next/dist/shared/lib/router/utils/prepare-destination.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheKey, createPageCache, expectedEncoding, varyPublicPage } from "./page-cache.mjs";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// Stands in for Next's handler: a page that Next serves from its cache (gzip-compressed when
// the client accepts it, as Next's compression does), one that sets a cookie, and a 404; it
// counts the requests that reach it. It picks the elder variant as Next's router does.
const elderRewrite = [{ type: "cookie", key: "elder", value: "1" }];
const elderByNext = (req: IncomingMessage) => prepareDestination.matchHas({ headers: req.headers }, {}, elderRewrite) !== false;
let reachedNext = 0;
let now = 0;
const fakeNext: Handler = async (req, res) => {
  reachedNext++;
  if (req.url?.includes("slow")) await new Promise((resolve) => setTimeout(resolve, 200));
  if (req.url === "/article/2") res.setHeader("set-cookie", "x=1");
  if (req.url === "/article/404") {
    res.statusCode = 404;
    res.end("未找到");
    return;
  }
  // The search page is rendered per request: Next does not say it came from its cache.
  if (!req.url?.startsWith("/search")) res.setHeader("x-nextjs-cache", "HIT");
  res.setHeader("vary", "rsc, next-router-state-tree");
  res.setHeader("content-type", "text/html; charset=utf-8");
  const body = `<p>${elderByNext(req) ? "长者版" : "标准版"}</p><p>第${reachedNext}次渲染</p>`;
  if (expectedEncoding(req.headers["accept-encoding"]) === "gzip") {
    res.setHeader("content-encoding", "gzip");
    res.end(gzipSync(body));
  } else {
    res.write(body.slice(0, 10));
    res.end(body.slice(10));
  }
};

const lookups: string[] = [];
const cache = createPageCache({ ttlMs: 5_000, now: () => now, onLookup: (_res, result) => void lookups.push(result) });
let server: Server;
let base: string;

beforeAll(async () => {
  let requests = 0;
  server = createServer((req, res) => {
    res.setHeader("x-request-id", `request-${++requests}`);
    varyPublicPage(req, res);
    void cache.handle(req, res, fakeNext);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// fetch() would ask for gzip and decode it: the encoding is chosen explicitly here.
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(base + path, { headers: { "accept-encoding": "identity", ...headers } }).then(async (r) => ({
    status: r.status,
    cache: r.headers.get("x-page-cache"),
    encoding: r.headers.get("content-encoding"),
    id: r.headers.get("x-request-id"),
    body: await r.text(),
  }));

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, method, headers }) as unknown as IncomingMessage;

describe("page cache", () => {
  it("keys public pages by variant, encoding and path, and leaves everything else to Next", () => {
    expect(cacheKey(request("/article/1"))).toBe("std identity /article/1");
    expect(cacheKey(request("/article/1", { cookie: "a=b; elder=1" }))).toBe("elder identity /article/1");
    expect(cacheKey(request("/article/1", { cookie: "elder=10" }))).toBe("std identity /article/1");
    expect(cacheKey(request("/article/1", { cookie: "portal.session=x" }))).toBe("std-signed-in identity /article/1");
    expect(cacheKey(request("/article/1", { "accept-encoding": "gzip, deflate, br" }))).toBe("std gzip /article/1");
    for (const other of [
      request("/account"),
      request("/login"),
      request("/article/abc"),
      request("/article/1", { rsc: "1" }),
      request("/article/1?_rsc=x"),
      request("/article/1", {}, "POST"),
    ]) {
      expect(cacheKey(other)).toBeNull();
    }
  });

  // Issue 10, item 2: the key reads the elder cookie as Next's rewrite does.
  it.each([
    ["elder=%31", "elder"],
    ['elder="1"', "elder"],
    ["elder =1", "elder"],
    ["elder=0; elder=1", "std"],
    ["elder=1; elder=0", "elder"],
  ])("reads the cookie %s as the rewrite does (%s)", (cookie, variant) => {
    expect(cacheKey(request("/privacy", { cookie }))).toBe(`${variant} identity /privacy`);
  });

  it("negotiates the encoding as Next's compression does", () => {
    expect(expectedEncoding(undefined)).toBe("identity");
    expect(expectedEncoding("")).toBe("identity");
    expect(expectedEncoding("br")).toBe("identity");
    expect(expectedEncoding("gzip;q=0, identity")).toBe("identity");
    expect(expectedEncoding("GZIP")).toBe("gzip");
    expect(expectedEncoding("deflate, gzip;q=0.5")).toBe("gzip");
    expect(expectedEncoding("*")).toBe("gzip");
  });

  it("serves a repeat request from memory, per variant, until the TTL passes", async () => {
    lookups.length = 0;
    const first = await get("/article/1");
    expect(first).toMatchObject({ status: 200, cache: null });
    const again = await get("/article/1");
    expect(again).toEqual({ ...first, cache: "HIT", id: again.id });
    // A copy is sent with its own request's id, not the one of the request that rendered it.
    expect(again.id).not.toBe(first.id);
    // Told to the request log and the metrics (scripts/lib/request-log.mjs); /login is not a cached page.
    await get("/login");
    expect(lookups).toEqual(["miss", "hit"]);
    const elder = await get("/article/1", { cookie: "elder=1" });
    expect(elder.body).toContain("长者版");
    expect(elder.cache).toBeNull();
    const reached = reachedNext;
    now += 5_001;
    expect((await get("/article/1")).cache).toBeNull();
    expect(reachedNext).toBe(reached + 1);
  });

  // Issue 10, item 2: a non-canonical elder cookie must not put the elder page under the
  // standard key (nor the reverse).
  it.each(["elder=%31", 'elder="1"', "elder =1"])("after a request with %s, a standard visitor still gets the standard page", async (cookie) => {
    now += 10_000;
    await get("/privacy", { cookie });
    expect((await get("/privacy")).body).toContain("标准版");
    expect((await get("/privacy", { cookie: "elder=0; elder=1" })).body).toContain("标准版");
  });

  // Issue 10, item 11.
  it("keeps gzip and plain copies apart", async () => {
    now += 10_000;
    const zipped = await fetch(`${base}/sitemap`, { headers: { "accept-encoding": "gzip" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    const plain = await get("/sitemap");
    expect(plain).toMatchObject({ encoding: null, cache: null });
    expect(plain.body).toContain("标准版");
    expect(await get("/sitemap")).toMatchObject({ encoding: null, cache: "HIT" });
    const again = await fetch(`${base}/sitemap`, { headers: { "accept-encoding": "gzip" } });
    expect(again.headers.get("content-encoding")).toBe("gzip");
    expect(again.headers.get("x-page-cache")).toBe("HIT");
  });

  it("tells downstream caches that public pages vary by cookie and encoding", async () => {
    now += 10_000;
    for (const expected of [null, "HIT"]) {
      const response = await fetch(`${base}/disclaimer`, { headers: { "accept-encoding": "identity" } });
      expect(response.headers.get("x-page-cache")).toBe(expected);
      expect(response.headers.get("vary")).toBe("rsc, next-router-state-tree, Cookie, Accept-Encoding");
    }
  });

  it("keeps one entry for a page whatever its query string, unless the page reads the query", async () => {
    now += 10_000;
    cache.clear();
    for (let i = 0; i < 20; i++) await get(`/contact?x=${Math.random()}`);
    expect(cache.size()).toBe(1);
    expect(cacheKey(request("/mailbox/search?q=a"))).toBe("std identity /mailbox/search?q=a");
    expect(cacheKey(request("/mailbox?q=a"))).toBe("std identity /mailbox");
  });

  it("keeps the query pages Next renders per request, per query, in at most a fifth of the entries", async () => {
    now += 10_000;
    cache.clear();
    await get("/disclaimer");
    expect((await get("/search?q=医保")).cache).toBeNull();
    expect((await get("/search?q=医保")).cache).toBe("HIT");
    expect((await get("/search?q=供热")).cache).toBeNull();
    for (let i = 0; i < 300; i++) await get(`/search?q=${i}`);
    expect(cache.size()).toBe(1 + 500 / 5);
    expect((await get("/disclaimer")).cache).toBe("HIT");
    expect((await get("/search?q=医保")).cache).toBeNull();
  });

  it("renders a page once for many readers at once, and meanwhile serves the copy that just expired", async () => {
    now += 10_000;
    cache.clear();
    const before = reachedNext;
    const first = await Promise.all(Array.from({ length: 10 }, () => get("/search?q=slow")));
    expect(reachedNext - before).toBe(1);
    expect(first.filter((response) => response.cache === "HIT")).toHaveLength(9);
    now += 6_000; // expired, within the grace of a second TTL
    const again = await Promise.all(Array.from({ length: 10 }, () => get("/search?q=slow")));
    expect(reachedNext - before).toBe(2);
    expect(new Set(again.map((response) => response.body)).size).toBe(2); // the old copy and the new one
    now += 20_000; // past the grace: nothing stale is served
    const late = await Promise.all(Array.from({ length: 3 }, () => get("/search?q=slow")));
    expect(new Set(late.map((response) => response.body)).size).toBe(1);
    expect(late[0]!.body).not.toBe(again[0]!.body);
  });

  it("is bounded by bytes as well as entries", async () => {
    const small = createPageCache({ ttlMs: 5_000, maxBytes: 200, now: () => now });
    const smallServer = createServer((req, res) => void small.handle(req, res, fakeNext));
    await new Promise<void>((resolve) => smallServer.listen(0, "127.0.0.1", resolve));
    const smallBase = `http://127.0.0.1:${(smallServer.address() as AddressInfo).port}`;
    try {
      for (let id = 1; id <= 20; id++) await fetch(`${smallBase}/article/${id}`, { headers: { "accept-encoding": "identity" } }).then((r) => r.text());
      expect(small.bytes()).toBeLessThanOrEqual(200);
      expect(small.size()).toBeGreaterThan(0);
      expect(small.size()).toBeLessThan(20);
    } finally {
      await new Promise<void>((resolve) => smallServer.close(() => resolve()));
    }
  });

  it("never keeps a response that sets a cookie or is not a 200", async () => {
    await get("/article/2");
    expect((await get("/article/2")).cache).toBeNull();
    await get("/article/404");
    expect(await get("/article/404")).toMatchObject({ status: 404, cache: null });
  });
});
