import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { match } from "next/dist/compiled/path-to-regexp";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { isStrictCspPath, nonStrictSource, PUBLIC_CSP } from "./csp.mjs";

const STRICT = ["/login", "/login/2fa", "/register", "/register/done", "/password-reset", "/password-reset/confirm", "/password-reset-request", "/account", "/account/edit", "/mailbox/write", "/mailbox/write/done", "/mailbox/track", "/gk/ysq/apply", "/gk/ysq/apply/done", "/gk/ysq/track", "/interaction/opinion/4", "/admin", "/admin/users/3"];
const PUBLIC = ["/", "/privacy", "/article/3", "/category/yaowen/2", "/mailbox", "/mailbox/letters/4", "/mailbox/statistics", "/gk", "/gk/ysq", "/gk/wjk", "/interaction/consultations/4", "/loginx", "/administration", "/mode/elder", "/api/views/3", "/std/about"];

/** The URL paths of the pages and route handlers under app/<folder> (route groups dropped, [param] as 1). */
function routePaths(folder: string): string[] {
  const root = path.join(process.cwd(), "app", folder);
  const paths: string[] = [];
  const walk = (dir: string, url: string) => {
    if (["page.tsx", "route.ts"].some((file) => existsSync(path.join(dir, file)))) paths.push(url || "/");
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const segment = /^\(.*\)$/.test(entry.name) ? "" : /^\[.*\]$/.test(entry.name) ? "/1" : `/${entry.name}`;
      walk(path.join(dir, entry.name), url + segment);
    }
  };
  walk(root, folder.startsWith("(") ? "" : `/${folder}`);
  return paths.filter((url) => url !== "/");
}

const proxyMatches = (pathname: string) => config.matcher.some((source) => match(source)(pathname) !== false);
const publicPolicyMatches = (pathname: string) => match(nonStrictSource())(pathname) !== false;

describe("which pages get the strict policy", () => {
  it.each(STRICT)("%s: strict, through proxy.ts, without the public policy", (pathname) => {
    expect(isStrictCspPath(pathname)).toBe(true);
    expect(proxyMatches(pathname)).toBe(true);
    expect(publicPolicyMatches(pathname)).toBe(false);
  });

  it.each(PUBLIC)("%s: the public policy, not through proxy.ts", (pathname) => {
    expect(isStrictCspPath(pathname)).toBe(false);
    expect(proxyMatches(pathname)).toBe(false);
    expect(publicPolicyMatches(pathname)).toBe(true);
  });

  it("covers every route under app/(accounts) and app/admin", () => {
    const routes = [...routePaths("(accounts)"), ...routePaths("admin")];
    expect(routes).toContain("/login/2fa");
    expect(routes.filter((route) => !isStrictCspPath(route) || !proxyMatches(route))).toEqual([]);
  });
});

describe("proxy.ts", () => {
  it("sends a strict policy with a fresh nonce, and gives Next the nonce in the request", () => {
    const policies = [1, 2].map(() => {
      const response = proxy(new NextRequest("http://localhost:3000/login"));
      const policy = response.headers.get("content-security-policy") ?? "";
      expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
      return policy;
    });
    for (const policy of policies) {
      const script = policy.split("; ").find((directive) => directive.startsWith("script-src "));
      expect(script).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]{24}'$/);
      expect(policy).toContain("object-src 'none'");
    }
    expect(policies[0]).not.toBe(policies[1]);
    expect(PUBLIC_CSP).toContain("script-src 'self' 'unsafe-inline'");
  });

  it("redirects to the login page of SITE_URL, whatever the Host header says", () => {
    const response = proxy(new NextRequest("http://evil.example/admin/users", { headers: { host: "evil.example" } }));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://localhost:3000/login?next=%2Fadmin%2Fusers");
  });
});
