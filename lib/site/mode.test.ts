import { readdirSync } from "node:fs";
import path from "node:path";
import { compile, match } from "next/dist/compiled/path-to-regexp";
import prepareDestination from "next/dist/shared/lib/router/utils/prepare-destination.js";
import { describe, expect, it } from "vitest";
import { modeFromCookie, modeOfSegment, parseVariant, safeReturnPath } from "./mode";
import { pageVariant } from "./page-variant.mjs";
import { modeRewrites, notFoundRewrites } from "./public-routes.mjs";

/** Where Next's router sends a path, by a rewrite table of next.config.mjs and Next's matchers. */
function rewrite(path: string, cookie?: string, rules = modeRewrites()): string | null {
  for (const rule of rules) {
    const found = match(rule.source, { decode: decodeURIComponent })(path);
    if (!found) continue;
    if (prepareDestination.matchHas({ headers: { cookie } }, {}, rule.has, rule.missing) === false) continue;
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
    expect(rewrite(path, "elder=0")).toBe(standard);
    expect(rewrite(path, "elder=1")).toBe(elder);
    expect(rewrite(path, "portal.session=abc")).toBe(standard.replace(/^\/std/, "/std-signed-in"));
    expect(rewrite(path, "elder=1; portal.session=abc")).toBe(elder.replace(/^\/elder/, "/elder-signed-in"));
  });

  it.each([
    "/admin",
    "/account",
    "/login",
    "/mode/elder",
    "/category",
    "/article/1/2",
    "/article/abc",
    "/article/0",
    "/article/01",
    "/category/Not_A_Slug",
    "/category/yaowen/1",
    "/category/yaowen/x",
    "/mailbox/letters/-1",
    "/privacy/x",
    "/unknown",
  ])("%s is not a public page variant", (path) => expect(rewrite(path, "elder=1")).toBeNull());

  it.each([
    ["/no-such-page", "/std/page-not-found"],
    ["/article/abc", "/std/page-not-found"],
    ["/category/Not_A_Slug/x/y", "/std/page-not-found"],
    ["/nomode/article/1", "/std/page-not-found"],
  ])("an unknown path %s is served the variant's not-found page", (path, target) => {
    expect(rewrite(path, undefined, notFoundRewrites())).toBe(target);
    expect(rewrite(path, "elder=1", notFoundRewrites())).toBe(target.replace("/std/", "/elder/"));
  });

  it.each(["/admin/content/3", "/api/views/1", "/files/2", "/interaction/opinion/4", "/mode/elder", "/_next/static/x.js", "/std/article/1", "/elder-signed-in"])(
    "%s (served by its own route) is left alone by the not-found rewrites",
    (path) => expect(rewrite(path, undefined, notFoundRewrites())).toBeNull(),
  );
});

describe("every dynamic route outside app/[mode]", () => {
  // A dynamic route the not-found rewrites do not leave alone is never reached (its path is
  // served the not-found page): each one found in app/ must be in OWN_DYNAMIC_PATHS.
  const dynamicRoutes = (dir: string, url: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "[mode]")
      .flatMap((entry) => {
        const segment = entry.name.startsWith("(") ? "" : `/${entry.name.startsWith("[") ? "1" : entry.name}`;
        const here = `${url}${segment}`;
        const files = readdirSync(path.join(dir, entry.name));
        const served = entry.name.includes("[") && files.some((file) => /^(page|route)\.tsx?$/.test(file)) ? [here] : [];
        return [...served, ...dynamicRoutes(path.join(dir, entry.name), here)];
      });
  const routes = dynamicRoutes("app", "");

  it("are found", () => expect(routes).toContain("/interaction/opinion/1"));
  it.each(routes)("%s is left alone by the not-found rewrites", (route) => expect(rewrite(route, undefined, notFoundRewrites())).toBeNull());
});

describe("pageVariant: the rewrites' cookie reading", () => {
  const variant = (cookie: string) => pageVariant({ cookie }).segment;
  it.each([
    ["elder=1", "elder"],
    ["elder=%31", "elder"],
    ['elder="1"', "elder"],
    ["elder =1", "elder"],
    ["elder= 1 ", "elder"],
    ["elder=1; elder=0", "elder"],
    ["elder=0; elder=1", "std"],
    ["elder=10", "std"],
    ["elder=", "std"],
    ["xelder=1", "std"],
    ["portal.session=x", "std-signed-in"],
    ["portal.session=", "std"],
    ["elder=%31; portal.session=x", "elder-signed-in"],
  ])("%s -> %s, as Next's router decides", (cookie, expected) => {
    expect(variant(cookie)).toBe(expected);
    // The same decision the rewrite table gets from Next's matcher.
    expect(rewrite("/privacy", cookie)).toBe(`/${expected}/privacy`);
  });

  it("names variants the app/[mode] segment understands", () => {
    expect(parseVariant("elder-signed-in")).toEqual({ mode: "elder", signedIn: true });
    expect(parseVariant("std")).toEqual({ mode: "std", signedIn: false });
    expect(parseVariant("article")).toBeNull();
    expect(modeOfSegment("elder-signed-in")).toBe("elder");
  });
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
