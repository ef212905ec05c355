import { describe, expect, it } from "vitest";
import { isPublicPath, modeFromCookie, safeReturnPath } from "./mode";

describe("isPublicPath", () => {
  it.each(["/", "/sitemap", "/privacy", "/contact", "/category/yaowen", "/category/yaowen/2", "/article/12"])(
    "%s has elder and standard variants",
    (path) => expect(isPublicPath(path)).toBe(true),
  );
  it.each(["/admin", "/account", "/mode/elder", "/category", "/article/1/2/3", "/privacy/x", "/unknown"])(
    "%s is not a public page",
    (path) => expect(isPublicPath(path)).toBe(false),
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
  });
  it.each([null, "", "not a url", "https://evil.example/phish", "http://localhost:3001/", "javascript:alert(1)"])(
    "falls back to the home page for %s",
    (value) => expect(safeReturnPath(value, origin)).toBe("/"),
  );
});
