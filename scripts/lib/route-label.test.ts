import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PUBLIC_PAGE_SOURCES } from "@/lib/site/public-routes.mjs";
import { appRoutes, createRouteLabeler, labelOfSource, OTHER_ROUTE } from "./route-label.mjs";

const label = createRouteLabeler({ extra: ["/healthz", "/readyz", "/metrics"] });

describe("route labels", () => {
  it.each([
    ["/", "/"],
    ["/article/12", "/article/[id]"],
    ["/article/12?from=search", "/article/[id]"],
    ["/category/news", "/category/[slug]"],
    ["/category/news/3", "/category/[slug]/[page]"],
    ["/privacy", "/[slug]"],
    ["/mailbox/letters/7", "/mailbox/letters/[id]"],
    ["/mailbox/track?number=X&code=Y", "/mailbox/track"],
    ["/services/ABC-123", "/services/[code]"],
    ["/login", "/login"],
    ["/account/evaluations/3", "/account/evaluations/[id]"],
    ["/admin", "/admin"],
    ["/admin/content/new", "/admin/content/new"],
    ["/admin/content/42", "/admin/content/[id]"],
    ["/admin/mailbox/4/attachments/9", "/admin/mailbox/[id]/attachments/[attachmentId]"],
    ["/files/5", "/files/[id]"],
    ["/robots.txt", "/robots.txt"],
    ["/icon.svg", "/icon.svg"],
    ["/_next/static/chunks/app.js", "/_next/static"],
    ["/healthz", "/healthz"],
    ["/metrics?x=1", "/metrics"],
  ])("%s is %s", (path, expected) => {
    expect(label(path)).toBe(expected);
  });

  it.each(["/article/0", "/article/abc", "/wp-login.php", "/std/article/1", "/admin/content/1/extra/deep", "/_next/data/x.json", "/.env"])(
    "an unknown or malformed path (%s) is other",
    (path) => {
      expect(label(path)).toBe(OTHER_ROUTE);
    },
  );

  it("has a bounded set of labels: any path maps to a route pattern or other", () => {
    const patterns = new Set([
      ...appRoutes("app"),
      ...PUBLIC_PAGE_SOURCES.map(labelOfSource),
      ...["/healthz", "/readyz", "/metrics", "/robots.txt", "/favicon.ico", "/_next/static", "/_next/image", OTHER_ROUTE],
    ]);
    fc.assert(
      fc.property(fc.webPath(), (path) => {
        const found = label(path);
        expect(patterns.has(found), `${path} -> ${found}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
    const labels = new Set(Array.from({ length: 5000 }, (_, i) => label(`/article/${i + 1}/x${i}`)).concat(Array.from({ length: 5000 }, (_, i) => label(`/admin/users/${i + 1}`))));
    expect([...labels].sort()).toEqual(["/admin/users/[id]", OTHER_ROUTE]);
  });

  it("names the parameters of the public pages' patterns", () => {
    expect(labelOfSource("/services/theme/:theme(shengyu|huji)")).toBe("/services/theme/[theme]");
    expect(labelOfSource("/category/:slug([a-z0-9][a-z0-9-]{0,39})/:page([2-9]|[1-9][0-9]{1,4})")).toBe("/category/[slug]/[page]");
  });

  it("reads the app's routes without the route groups and the public variants", () => {
    const routes = appRoutes("app");
    expect(routes).toContain("/login");
    expect(routes).toContain("/admin/content/[id]");
    expect(routes.some((route) => route.includes("(") || route.includes("[mode]"))).toBe(false);
  });
});
