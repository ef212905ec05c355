import { compile, match } from "next/dist/compiled/path-to-regexp";
import { describe, expect, it } from "vitest";
import { modeFromCookie, safeReturnPath } from "./mode";
import { modeRewrites } from "./public-routes.mjs";

/** Where Next's router sends a path, by the rewrite table in next.config.mjs. */
function rewrite(path: string, elderCookie?: string): string | null {
  for (const rule of modeRewrites()) {
    const found = match(rule.source, { decode: decodeURIComponent })(path);
    if (!found) continue;
    const hasElder = elderCookie === "1";
    if (rule.has && !hasElder) continue;
    if (rule.missing && hasElder) continue;
    return compile(rule.destination)(found.params as Record<string, string>);
  }
  return null;
}

describe("elder-mode rewrites", () => {
  it.each([
    ["/", "/std", "/elder"],
    ["/sitemap", "/std/sitemap", "/elder/sitemap"],
    ["/privacy", "/std/privacy", "/elder/privacy"],
    ["/contact", "/std/contact", "/elder/contact"],
    ["/category/yaowen", "/std/category/yaowen", "/elder/category/yaowen"],
    ["/category/yaowen/2", "/std/category/yaowen/2", "/elder/category/yaowen/2"],
    ["/article/12", "/std/article/12", "/elder/article/12"],
  ])("%s is served from %s, or %s with the elder cookie", (path, standard, elder) => {
    expect(rewrite(path)).toBe(standard);
    expect(rewrite(path, "0")).toBe(standard);
    expect(rewrite(path, "1")).toBe(elder);
  });

  it.each(["/admin", "/account", "/login", "/mode/elder", "/category", "/article/1/2", "/privacy/x", "/unknown"])(
    "%s is not a public page variant",
    (path) => expect(rewrite(path, "1")).toBeNull(),
  );
});

describe("modeFromCookie", () => {
  it("is elder only for the value 1", () => {
    expect(modeFromCookie("1")).toBe("elder");
    expect(modeFromCookie(undefined)).toBe("std");
    expect(modeFromCookie("yes")).toBe("std");
  });
});

describe("safeReturnPath", () => {
  const origin = "http://localhost:3000";
  it("returns the path of a same-origin URL", () => {
    expect(safeReturnPath("http://localhost:3000/article/3?x=1", origin)).toBe("/article/3?x=1");
    expect(safeReturnPath("http://[::1]:3000/privacy", [origin, "http://[::1]:3000"])).toBe("/privacy");
    expect(safeReturnPath("http://[::1]:3000//evil.example", [origin, "http://[::1]:3000"])).toBe("/");
  });
  it.each([
    null,
    "",
    "not a url",
    "/article/3",
    "https://evil.example/phish",
    "http://localhost:3001/",
    "javascript:alert(1)",
    "http://localhost:3000//evil.example/x",
    "http://localhost:3000/\\evil.example/x",
    "http://localhost:3000/a\tb",
    "http://localhost:3000/a\u0000b",
    "http://localhost:3000@evil.example/",
    "//evil.example/x",
  ])(
    "falls back to the home page for %s",
    (value) => expect(safeReturnPath(value, origin)).toBe("/"),
  );
});
