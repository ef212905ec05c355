// Elder mode (长者版) and the signed-in header. Public pages exist in cached variants,
// /std/..., /elder/..., /std-signed-in/... and /elder-signed-in/...; rewrites in
// next.config.mjs (lib/site/public-routes.mjs) serve one of them at the reader's URL according
// to the elder and session cookies, so the choice costs no per-request rendering
// (docs/decisions/0003 and 0012).
import { PAGE_VARIANTS } from "./public-routes.mjs";

export const MODES = ["std", "elder"] as const;
export type Mode = (typeof MODES)[number];

export { ELDER_COOKIE, SESSION_COOKIE, STATIC_PAGE_SLUGS } from "./public-routes.mjs";
export const ELDER_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export interface PageVariant {
  mode: Mode;
  /** Whether the reader has a session cookie: the header shows 个人中心 and 退出, nothing personal. */
  signedIn: boolean;
}

/** The first path segment of every variant (app/[mode]), e.g. for revalidating all of them. */
export const VARIANT_SEGMENTS: readonly string[] = PAGE_VARIANTS.map((variant) => variant.segment);

/** The variant an app/[mode] segment names, or null for anything else. */
export function parseVariant(segment: string): PageVariant | null {
  const variant = PAGE_VARIANTS.find((candidate) => candidate.segment === segment);
  return variant ? { mode: variant.mode, signedIn: variant.signedIn } : null;
}

/** The mode of an app/[mode] segment (standard for anything unknown). */
export function modeOfSegment(segment: string): Mode {
  return parseVariant(segment)?.mode ?? "std";
}

export function modeFromCookie(value: string | undefined): Mode {
  return value === "1" ? "elder" : "std";
}

/**
 * The path of a URL of one of `origins` (e.g. the Referer) to return to, or "/" when the value is
 * missing, malformed, carries control characters or backslashes, points elsewhere, or would
 * read as another host once used as a relative redirect ("//evil.example", "/\\evil.example").
 */
export function safeReturnPath(value: string | null | undefined, origins: string | readonly string[]): string {
  if (!value || value.length > 2000 || /[\u0000-\u001f\u007f-\u009f\\]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "/";
  }
  if (!(typeof origins === "string" ? [origins] : origins).includes(url.origin)) return "/";
  const path = `${url.pathname}${url.search}`;
  return /^\/(?![/\\])/.test(path) ? path : "/";
}
