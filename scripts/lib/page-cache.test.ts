import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheKey, createPageCache } from "./page-cache.mjs";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// Stands in for Next's handler: a page that Next serves from its cache, one that sets a
// cookie, and a 404; it counts the requests that reach it.
let reachedNext = 0;
let now = 0;
const fakeNext: Handler = async (req, res) => {
  reachedNext++;
  if (req.url === "/article/2") res.setHeader("set-cookie", "x=1");
  if (req.url === "/article/404") {
    res.statusCode = 404;
    res.end("未找到");
    return;
  }
  res.setHeader("x-nextjs-cache", "HIT");
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.write(`<p>${req.headers.cookie?.includes("elder=1") ? "长者版" : "标准版"}</p>`);
  res.end(`<p>第${reachedNext}次渲染</p>`);
};

const cache = createPageCache({ ttlMs: 5_000, now: () => now });
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => void cache.handle(req, res, fakeNext));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(base + path, { headers }).then(async (r) => ({ status: r.status, cache: r.headers.get("x-page-cache"), body: await r.text() }));

describe("page cache", () => {
  it("keys public pages by mode and URL, and leaves everything else to Next", () => {
    const req = (url: string, headers: Record<string, string> = {}, method = "GET") =>
      ({ url, method, headers }) as unknown as IncomingMessage;
    expect(cacheKey(req("/article/1"))).toBe("std /article/1");
    expect(cacheKey(req("/article/1", { cookie: "a=b; elder=1" }))).toBe("elder /article/1");
    expect(cacheKey(req("/article/1", { cookie: "elder=10" }))).toBe("std /article/1");
    for (const other of [req("/account"), req("/login"), req("/article/1", { rsc: "1" }), req("/article/1?_rsc=x"), req("/article/1", {}, "POST")]) {
      expect(cacheKey(other)).toBeNull();
    }
  });

  it("serves a repeat request from memory, per mode, until the TTL passes", async () => {
    const first = await get("/article/1");
    expect(first).toMatchObject({ status: 200, cache: null });
    expect(await get("/article/1")).toEqual({ ...first, cache: "HIT" });
    const elder = await get("/article/1", { cookie: "elder=1" });
    expect(elder.body).toContain("长者版");
    expect(elder.cache).toBeNull();
    const reached = reachedNext;
    now += 5_001;
    expect((await get("/article/1")).cache).toBeNull();
    expect(reachedNext).toBe(reached + 1);
  });

  it("never keeps a response that sets a cookie or is not a 200", async () => {
    await get("/article/2");
    expect((await get("/article/2")).cache).toBeNull();
    await get("/article/404");
    expect(await get("/article/404")).toMatchObject({ status: 404, cache: null });
  });
});
