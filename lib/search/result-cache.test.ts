import { describe, expect, it } from "vitest";
import { createResultCache } from "./result-cache";

describe("the search result cache", () => {
  it("computes a key once while fresh, shares concurrent requests, and again after the time-to-live", async () => {
    let now = 0;
    let computed = 0;
    const cache = createResultCache<number>({ ttlMs: 1_000, now: () => now });
    const compute = async () => ++computed;
    expect(await Promise.all([cache.get("a", compute), cache.get("a", compute)])).toEqual([1, 1]);
    now = 1_000;
    expect(await cache.get("a", compute)).toBe(1);
    now = 1_001;
    expect(await cache.get("a", compute)).toBe(2);
  });

  it("keeps at most maxEntries, dropping the least recently used", async () => {
    const cache = createResultCache<string>({ maxEntries: 3 });
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => key);
    await cache.get("a", async () => "again");
    for (let i = 0; i < 100; i++) await cache.get(`random-${i}`, async () => "x");
    expect(cache.size()).toBe(3);
    expect(await cache.get("a", async () => "recomputed")).toBe("recomputed");
  });

  it("forgets a failed computation", async () => {
    const cache = createResultCache<string>();
    await expect(cache.get("a", () => Promise.reject(new Error("database gone")))).rejects.toThrow("database gone");
    expect(await cache.get("a", async () => "ok")).toBe("ok");
    expect(cache.size()).toBe(1);
  });
});
