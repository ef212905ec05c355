import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { isPostgresUrl } from "@/lib/db/url";
import { parseTrustedProxies, stampClientAddress } from "@/lib/http/client-address.mjs";
import { createPageViewRecorder, DWELL_PATH } from "@/scripts/lib/page-views.mjs";
import { BATCH_SIZE, enqueueHit, pendingHitCount, takeHits } from "./hit-queue.mjs";
import { createRowBuilder } from "./page-view-rows.mjs";
import { flushPageViews, startPageViewRecorder, stopPageViewRecorder } from "./recorder";

// Recording end to end below Next: a server wired like scripts/server.mjs (the recorder
// observes every request, a stand-in for Next answers), then the batch writer (its worker
// thread, as in production) on the real database.

const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

const recorder = createPageViewRecorder();
// As if a proxy on this host (and one at 10.0.0.1) forwarded the requests.
const trustedProxies = parseTrustedProxies("127.0.0.1, ::1, 10.0.0.0/8");
// Articles are answered later (as Next does), the rest at once (as the server's page cache does).
const fakeNext = (req: IncomingMessage, res: ServerResponse) => {
  const answer = () => {
    res.statusCode = req.url?.startsWith("/article/404") ? 404 : 200;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end("<p>页面</p>");
  };
  if (req.url?.startsWith("/article/")) setImmediate(answer);
  else answer();
};
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    stampClientAddress(req, trustedProxies, "test-token");
    if (req.url === DWELL_PATH) return void recorder.handleDwell(req, res);
    recorder.observe(req, res, fakeNext);
  });
  await new Promise<void>((resolve) => server.listen(0, "::", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(async () => {
  takeHits();
  await db.pageView.deleteMany();
});

async function get(host: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`http://${host}:${port}${path}`, { headers: { "user-agent": CHROME, ...headers } });
  await response.text();
}

/** Waits until the responses' "finish" events have queued their page views. */
async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 50));
}

const columns = { path: true, referrer: true, entry: true, browser: true, os: true, device: true, ipVersion: true, elder: true, bot: true, visitorKey: true, dwellMs: true } as const;

describe("recording page views", () => {
  it("records public page views over IPv4 and IPv6 and nothing else, without the address", async () => {
    const start = new Date();
    await get("127.0.0.1", "/");
    await get("[::1]", "/article/1?from=list", { cookie: "elder=1", referer: "https://www.baidu.com/s?wd=%E6%98%8C%E5%90%89" });
    await get("127.0.0.1", "/category/news", { "user-agent": IPHONE, referer: `http://127.0.0.1:${port}/` });
    await get("127.0.0.1", "/about", { "user-agent": "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)" });
    await get("127.0.0.1", "/privacy", { "x-forwarded-for": "2001:db8::7, 10.0.0.1" });
    // Not page views: a client-router prefetch, a missing page, assets, API, admin, a HEAD request.
    await get("127.0.0.1", "/sitemap?_rsc=1", { rsc: "1", "next-router-prefetch": "1" });
    await get("127.0.0.1", "/article/404");
    for (const path of ["/_next/static/x.js", "/api/views/1", "/admin", "/account", "/files/1", "/robots.txt", "/std/about"]) await get("127.0.0.1", path);
    await fetch(`http://127.0.0.1:${port}/`, { method: "HEAD" });
    await settle();

    expect(pendingHitCount()).toBe(5);
    expect(await db.pageView.count()).toBe(0); // nothing written until the flush
    expect(await flushPageViews()).toBe(5);
    expect(await db.pageView.count({ where: { at: { gte: start, lte: new Date() } } })).toBe(5); // times are comparable
    const rows = await db.pageView.findMany({ select: columns, orderBy: { id: "asc" } });
    expect(rows.map(({ visitorKey, ...row }) => ({ ...row, key: visitorKey.length }))).toEqual([
      { path: "/", referrer: null, entry: true, browser: "Chrome", os: "Windows", device: "desktop", ipVersion: 4, elder: false, bot: false, dwellMs: 0, key: 22 },
      { path: "/article/1", referrer: "www.baidu.com", entry: true, browser: "Chrome", os: "Windows", device: "desktop", ipVersion: 6, elder: true, bot: false, dwellMs: 0, key: 22 },
      { path: "/category/news", referrer: null, entry: false, browser: "Mobile Safari", os: "iOS", device: "mobile", ipVersion: 4, elder: false, bot: false, dwellMs: 0, key: 22 },
      { path: "/about", referrer: null, entry: true, browser: "其他", os: "其他", device: "other", ipVersion: 4, elder: false, bot: true, dwellMs: 0, key: 22 },
      { path: "/privacy", referrer: null, entry: true, browser: "Chrome", os: "Windows", device: "desktop", ipVersion: 6, elder: false, bot: false, dwellMs: 0, key: 22 },
    ]);
    // Same browser and address: one visitor; another address or browser: another visitor.
    expect(rows[0]!.visitorKey).not.toBe(rows[1]!.visitorKey); // 127.0.0.1 and ::1
    expect(rows[0]!.visitorKey).not.toBe(rows[2]!.visitorKey); // another browser
    const stored = JSON.stringify(await db.pageView.findMany());
    for (const address of ["127.0.0.1", "::1", "2001:db8", "10.0.0.1"]) expect(stored).not.toContain(address);
  });

  it("records dwell times from the beacon as rows of their own, merged per visitor and page in a batch", async () => {
    await get("127.0.0.1", "/about");
    await get("127.0.0.1", "/contact");
    await settle();
    await flushPageViews();
    const beacon = (body: string, ip = "127.0.0.1") =>
      fetch(`http://${ip}:${port}${DWELL_PATH}`, { method: "POST", body, headers: { "user-agent": CHROME, "content-type": "text/plain;charset=UTF-8", "sec-fetch-site": "same-origin" } }).then((r) => r.status);
    expect(await beacon(JSON.stringify({ p: "/about", ms: 12_000 }))).toBe(204);
    expect(await beacon(JSON.stringify({ p: "/about", ms: 3_000 }))).toBe(204);
    expect(await beacon(JSON.stringify({ p: "/about", ms: 5_000 }), "[::1]")).toBe(204); // another visitor: no view to add to
    expect(await beacon(JSON.stringify({ p: "/admin", ms: 5_000 }))).toBe(204); // not a public page: accepted, not recorded
    expect(await beacon(JSON.stringify({ p: "/about", ms: -5 }))).toBe(400);
    expect(await beacon("not json")).toBe(400);
    expect(await beacon("x".repeat(5_000))).toBe(400);
    expect((await fetch(`http://127.0.0.1:${port}${DWELL_PATH}`)).status).toBe(405);
    // Beacons from other sites' pages (or from nowhere) are refused.
    const foreign = (headers: Record<string, string>, path = "/about") =>
      fetch(`http://127.0.0.1:${port}${DWELL_PATH}`, { method: "POST", body: JSON.stringify({ p: path, ms: 9_000 }), headers: { "user-agent": CHROME, ...headers } }).then((r) => r.status);
    expect(await foreign({ "sec-fetch-site": "cross-site", origin: "https://evil.example" })).toBe(403);
    expect(await foreign({ "sec-fetch-site": "same-site", origin: `http://127.0.0.1:${port}` })).toBe(403);
    expect(await foreign({ origin: "https://evil.example" })).toBe(403);
    expect(await foreign({})).toBe(403);
    expect(await foreign({ origin: `http://127.0.0.1:${port}` }, "/admin")).toBe(204); // a browser without Sec-Fetch-Site
    expect(await flushPageViews()).toBe(0);
    const rows = await db.pageView.findMany({ select: { path: true, views: true, dwellMs: true, ipVersion: true, browser: true, visitorKey: true }, orderBy: { id: "asc" } });
    expect(rows.map((row) => ({ ...row, visitorKey: row.visitorKey.length }))).toEqual([
      { path: "/about", views: 1, dwellMs: 0, ipVersion: 4, browser: "Chrome", visitorKey: 22 },
      { path: "/contact", views: 1, dwellMs: 0, ipVersion: 4, browser: "Chrome", visitorKey: 22 },
      { path: "/about", views: 0, dwellMs: 15_000, ipVersion: 4, browser: "Chrome", visitorKey: 22 },
      { path: "/about", views: 0, dwellMs: 5_000, ipVersion: 6, browser: "Chrome", visitorKey: 22 },
    ]);
    expect(rows[2]!.visitorKey).toBe(rows[0]!.visitorKey); // the same visitor as the view
  });

  it("merges a visitor's views of a page as they come, and writes a full batch of distinct rows at once", async () => {
    startPageViewRecorder(3600_000);
    try {
      const hit = { at: Date.now(), views: 1, dwellMs: 0, path: "/", referrer: null, entry: true, userAgent: CHROME, ip: "10.0.0.1", elder: false } as const;
      for (let i = 0; i < 1_000; i++) enqueueHit({ ...hit, at: Date.now() });
      enqueueHit({ ...hit, path: "/about" });
      expect(pendingHitCount()).toBe(2);
      for (let i = 0; i < BATCH_SIZE - 3; i++) enqueueHit({ ...hit, ip: `10.1.${i >> 8}.${i & 255}` });
      expect(pendingHitCount()).toBe(BATCH_SIZE - 1);
      expect(await db.pageView.count()).toBe(0);
      enqueueHit({ ...hit, ip: "2001:db8::1" });
      await vi.waitFor(async () => expect(await db.pageView.count()).toBe(BATCH_SIZE), { timeout: 10_000 });
      expect(pendingHitCount()).toBe(0);
      const rows = await db.pageView.findMany({ select: { path: true, views: true, ipVersion: true, visitorKey: true }, orderBy: { id: "asc" } });
      expect(rows.slice(0, 2).map(({ path, views, ipVersion }) => ({ path, views, ipVersion }))).toEqual([
        { path: "/", views: 1_000, ipVersion: 4 },
        { path: "/about", views: 1, ipVersion: 4 },
      ]);
      expect(rows[1]!.visitorKey).toBe(rows[0]!.visitorKey);
      expect(new Set(rows.map((row) => row.visitorKey)).size).toBe(BATCH_SIZE - 1);
      expect(rows.at(-1)).toMatchObject({ views: 1, ipVersion: 6 });
    } finally {
      stopPageViewRecorder();
    }
  });

  it("keeps a visitor's key for the day and forgets it after midnight China time", () => {
    // The worker thread's row builder (lib/stats/writer-worker.mjs), here in this thread.
    const builder = createRowBuilder();
    const keysOf = (now: number) => builder.build(takeHits().hits, now).map((row) => row[14]);
    const hit = { views: 1, dwellMs: 0, path: "/", referrer: null, entry: true, userAgent: CHROME, ip: "203.0.113.45", elder: false } as const;
    const evening = Date.parse("2026-11-29T15:58:00Z"); // 23:58 in China
    enqueueHit({ ...hit, at: evening });
    const [first] = keysOf(evening);
    enqueueHit({ ...hit, at: evening + 60_000 });
    enqueueHit({ ...hit, at: evening + 180_000 }); // 00:01 the next day: another row, another key
    const [later, nextDay] = keysOf(evening + 180_000);
    expect(later).toBe(first);
    expect(nextDay).not.toBe(first);
    enqueueHit({ ...hit, at: evening + 60_000 }); // late for the old day: its key is gone
    expect(keysOf(evening + 180_000)[0]).not.toBe(first);
    expect(first).toHaveLength(22);
  });

  it("hands the worker thread plain arrays; its rows hold no address", () => {
    enqueueHit({ at: Date.now(), views: 1, dwellMs: 0, path: "/", referrer: null, entry: true, userAgent: CHROME, ip: "203.0.113.45", elder: false });
    const { hits } = takeHits();
    expect(hits).toEqual([[expect.any(Number), 1, 0, "/", null, true, CHROME, "203.0.113.45", false, expect.any(Number)]]);
    expect(JSON.stringify(createRowBuilder().build(hits))).not.toContain("203.0.113");
  });

  it("records nothing when recording is off", async () => {
    const off = createPageViewRecorder({ enabled: false, enqueue: () => expect.fail("recorded while off") });
    const quiet = createServer((req, res) => {
      off.observe(req, res, fakeNext);
    });
    await new Promise<void>((resolve) => quiet.listen(0, "127.0.0.1", resolve));
    await fetch(`http://127.0.0.1:${(quiet.address() as AddressInfo).port}/`).then((r) => r.text());
    await new Promise<void>((resolve) => quiet.close(() => resolve()));
    await settle();
    expect(pendingHitCount()).toBe(0);
  });
});

describe("when the database refuses a batch", () => {
  // The refusal is an SQLite trigger.
  it.skipIf(isPostgresUrl(process.env.DATABASE_URL ?? ""))("keeps the hits for the next flush, and drops them after three failures in a row", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const hit = { at: Date.now(), views: 1, dwellMs: 0, path: "/", referrer: null, entry: true, userAgent: CHROME, ip: "10.0.0.1", elder: false } as const;
    await db.$executeRawUnsafe('CREATE TRIGGER refuse_page_views BEFORE INSERT ON "PageView" BEGIN SELECT RAISE(ABORT, \'refused\'); END');
    try {
      enqueueHit(hit);
      expect(await flushPageViews()).toBe(0);
      expect(pendingHitCount()).toBe(1);
      await flushPageViews();
      expect(pendingHitCount()).toBe(1);
      await flushPageViews();
      expect(pendingHitCount()).toBe(0);
      expect(error).toHaveBeenCalledTimes(3);
      expect(String(error.mock.calls[2]![0])).toContain("dropped 1");
    } finally {
      await db.$executeRawUnsafe("DROP TRIGGER refuse_page_views");
    }
    enqueueHit(hit);
    expect(await flushPageViews()).toBe(1);
  });
});
