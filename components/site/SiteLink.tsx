import Link from "next/link";
import type { ComponentProps } from "react";
import { isStrictCspPath } from "@/lib/http/csp.mjs";

/**
 * A link on a page that may carry the public CSP. Into the strict area (sign-in, 个人中心,
 * letters, staff console) it is a plain <a>: a full page load brings that page's own strict
 * policy and nonce, where Next's client navigation would keep the public one
 * (docs/decisions/0013). Elsewhere it is Next's Link.
 */
export function SiteLink({ href, ...rest }: { href: string } & Omit<ComponentProps<"a">, "href">) {
  if (isStrictCspPath(href.split(/[?#]/)[0] ?? href)) return <a href={href} {...rest} />;
  return <Link href={href} {...rest} />;
}
