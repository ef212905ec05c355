// Elder mode (长者版). Public pages exist in two cached variants, /std/... and /elder/...;
// rewrites in next.config.mjs (lib/site/public-routes.mjs) serve one of them at the reader's
// URL according to a cookie, so the choice costs no per-request rendering
// (docs/decisions/0003).

export const MODES = ["std", "elder"] as const;
export type Mode = (typeof MODES)[number];

export { ELDER_COOKIE, STATIC_PAGE_SLUGS } from "./public-routes.mjs";
export const ELDER_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export function isMode(value: string): value is Mode {
  return (MODES as readonly string[]).includes(value);
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
