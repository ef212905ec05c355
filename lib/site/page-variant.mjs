// Which cached variant of a public page a request gets (docs/decisions/0003 and 0012),
// decided with Next's own `has`/`missing` matcher: the function its router applies to the
// rewrites in next.config.mjs. The page cache and the traffic statistics thus read the
// cookies exactly as the rewrites do (trimming, quotes, URL-decoding, first value wins);
// a second parser could disagree and serve one variant's page to another variant's reader.
import prepareDestination from "next/dist/shared/lib/router/utils/prepare-destination.js";
import { PAGE_VARIANTS } from "./public-routes.mjs";

const { matchHas } = prepareDestination;

// Decided once per request: the page cache's key and the page-view recorder both ask.
const decided = new WeakMap();

/** The variant (e.g. "std", "elder-signed-in") the rewrites choose for these request headers. */
export function pageVariant(headers) {
  let variant = decided.get(headers);
  if (variant === undefined) {
    const req = { headers };
    variant = PAGE_VARIANTS.find((candidate) => matchHas(req, {}, candidate.has, candidate.missing) !== false);
    decided.set(headers, variant);
  }
  return variant;
}

/** Whether the request headers ask for the elder variant. */
export function hasElderCookie(headers) {
  return pageVariant(headers).mode === "elder";
}
