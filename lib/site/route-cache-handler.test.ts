import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { nodeFs } from "next/dist/server/lib/node-fs-methods.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import RouteCacheHandler, { isStorable } from "./route-cache-handler.mjs";

// Issue 10, item 1: Next wrote every rendered 404 to .next/server/route-cache.

const key = (page: string) => `/route-cache/APP_PAGE/0123abcd/$${page}`;
const page = (status: number) => ({
  kind: "APP_PAGE",
  html: "<p>页面</p>",
  rscData: Buffer.from("rsc"),
  headers: {},
  status,
  postponed: undefined,
  segmentData: undefined,
});

let dir: string;
let handler: RouteCacheHandler;
const files = (): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "route-cache-"));
  handler = new RouteCacheHandler({ fs: nodeFs, flushToDisk: true, serverDistDir: dir, revalidatedTags: [] });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("route cache handler", () => {
  it("stores rendered pages", async () => {
    await handler.set(key("/std/article/1"), page(200), { cacheControl: { revalidate: 600 } });
    expect(files()).toContain("1.html");
  });

  it("never stores a 404 or an error under the requested path", async () => {
    for (const [status, p] of [
      [404, "/std/article/99999"],
      [404, "/elder/category/no-such-category"],
      [404, "/no-such-mode/x"],
      [500, "/std/article/2"],
    ] as const) {
      await handler.set(key(p), page(status), { cacheControl: { revalidate: 600 } });
    }
    expect(files()).toEqual([]);
  });

  it("stores the one not-found page of each variant", async () => {
    await handler.set(key("/std-signed-in/page-not-found"), page(404), { cacheControl: { revalidate: 600 } });
    expect(files()).toContain("page-not-found.html");
    expect(isStorable(key("/std/category/page-not-found"), page(404))).toBe(false);
    expect(isStorable(key("/std/page-not-found/x"), page(404))).toBe(false);
  });

  it("lets invalidations (no data) and other kinds through", () => {
    expect(isStorable(key("/std"), null)).toBe(true);
    expect(isStorable("fetch-key", { status: undefined })).toBe(true);
  });
});
