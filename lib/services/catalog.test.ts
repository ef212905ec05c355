import { expect, it } from "vitest";
import { PUBLIC_PAGE_SOURCES, SERVICE_THEME_SLUGS } from "@/lib/site/public-routes.mjs";
import { isServiceCode, SERVICE_THEMES } from "./catalog";

it("keeps the public routes' theme slugs equal to the catalogue's themes", () => {
  expect([...SERVICE_THEME_SLUGS]).toEqual(Object.keys(SERVICE_THEMES));
  expect(PUBLIC_PAGE_SOURCES).toContain("/services");
});

it("accepts 事项编码 of capitals, digits and hyphens only", () => {
  expect(isServiceCode("11652300MB1583021K-QR-1005")).toBe(true);
  for (const bad of ["search", "theme", "../x", "AB", "-ABC", "ABC/1", "ABC 1", "A".repeat(41)]) expect(isServiceCode(bad)).toBe(false);
});
