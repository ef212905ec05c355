// Whether a path is one of the public pages (PUBLIC_PAGE_SOURCES), matched by Next's own
// matcher, the one its router applies to the rewrites in next.config.mjs. Used by the page
// cache (scripts/lib/page-cache.mjs) and for the pages a login may return to.
import pathToRegexp from "next/dist/compiled/path-to-regexp/index.js";
import { PUBLIC_PAGE_SOURCES } from "./public-routes.mjs";

const { match } = pathToRegexp;
const publicPage = PUBLIC_PAGE_SOURCES.map((source) => match(source));

/** Whether the path (no query) is one of the public pages. */
export function isPublicPage(pathname) {
  return publicPage.some((matches) => matches(pathname));
}
