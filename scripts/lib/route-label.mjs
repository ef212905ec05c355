// The route a request path belongs to, as a bounded label for the request log and the
// metrics (scripts/lib/metrics.mjs): the public pages' patterns (lib/site/public-routes.mjs,
// e.g. /article/[id]), the app's other routes read from app/ at start-up (route groups
// dropped, e.g. /admin/content/[id]), the public/ files, Next's assets and the server's own
// endpoints. Anything else is "other": an unknown or malformed path never makes a new label.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import pathToRegexp from "next/dist/compiled/path-to-regexp/index.js";
import { PUBLIC_PAGE_SOURCES } from "../../lib/site/public-routes.mjs";

export const OTHER_ROUTE = "other";
const ROUTE_FILES = /^(page|route)\.(tsx?|jsx?|mjs)$/;
// Files in app/ served at their own name (Next's metadata files).
const METADATA_FILES = /^(icon|apple-icon|favicon|robots|sitemap|manifest|opengraph-image)\.[a-z]+$/;

/** "/article/:id([1-9][0-9]{0,9})" -> "/article/[id]" */
export function labelOfSource(source) {
  return source.replace(/:(\w+)(\([^/]*\))?/g, "[$1]");
}

/** The app's route patterns under `appDir` (e.g. "/admin/content/[id]"), without the [mode] variants. */
export function appRoutes(appDir) {
  const routes = [];
  const walk = (dir, segments) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (segments.length === 0 && entry.name === "[mode]") continue; // the public pages, labelled by their sources
        if (entry.name.startsWith("_") || entry.name.startsWith("@")) continue;
        const group = entry.name.startsWith("(") && entry.name.endsWith(")");
        walk(path.join(dir, entry.name), group ? segments : [...segments, entry.name]);
      } else if (ROUTE_FILES.test(entry.name)) {
        routes.push(`/${segments.join("/")}`);
      } else if (segments.length === 0 && METADATA_FILES.test(entry.name)) {
        routes.push(`/${entry.name}`);
      }
    }
  };
  if (existsSync(appDir)) walk(appDir, []);
  return [...new Set(routes)];
}

function segmentPattern(segment) {
  if (/^\[\[\.\.\.\w+\]\]$/.test(segment)) return "(?:/.+)?";
  if (/^\[\.\.\.\w+\]$/.test(segment)) return "/.+";
  if (/^\[\w+\]$/.test(segment)) return "/[^/]+";
  return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
}

/** A matcher for an app route pattern such as /category/[slug]/[[...page]]. */
function routeMatcher(route) {
  const body = route === "/" ? "/" : route.split("/").slice(1).map(segmentPattern).join("");
  return new RegExp(`^${body}/?$`);
}

/**
 * A function from a request path (query allowed, ignored) to its route label. `appDir` and
 * `publicDir` default to the checkout's app/ and public/; `extra` names paths served by the
 * server itself (e.g. /healthz).
 */
export function createRouteLabeler({ appDir = "app", publicDir = "public", extra = [] } = {}) {
  const exact = new Map();
  for (const name of existsSync(publicDir) ? readdirSync(publicDir) : []) exact.set(`/${name}`, `/${name}`);
  for (const name of extra) exact.set(name, name);
  exact.set("/favicon.ico", "/favicon.ico");
  const publicPages = PUBLIC_PAGE_SOURCES.map((source) => ({ matches: pathToRegexp.match(source), label: labelOfSource(source) }));
  const dynamic = [];
  for (const route of appRoutes(appDir)) {
    if (route.includes("[")) dynamic.push({ pattern: routeMatcher(route), label: route, params: route.split("[").length });
    else exact.set(route, route);
  }
  // The more static segments a pattern has, the sooner it is tried (/admin/content/new before /admin/content/[id]).
  dynamic.sort((a, b) => a.params - b.params || b.label.length - a.label.length);

  return function routeLabel(url = "/") {
    const pathname = String(url).split("?", 1)[0] || "/";
    const known = exact.get(pathname);
    if (known) return known;
    if (pathname.startsWith("/_next/")) {
      if (pathname.startsWith("/_next/static/")) return "/_next/static";
      if (pathname.startsWith("/_next/image")) return "/_next/image";
      return OTHER_ROUTE;
    }
    for (const page of publicPages) if (page.matches(pathname)) return page.label;
    for (const route of dynamic) if (route.pattern.test(pathname)) return route.label;
    return OTHER_ROUTE;
  };
}
