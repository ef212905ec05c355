import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { VARIANT_SEGMENTS } from "@/lib/site/mode";

// "A published change is on the public site at once" (docs/decisions/0006). After a change
// the staff console names the public pages it touched; each is revalidated in every variant
// (/std/..., /elder/... and their signed-in twins, docs/decisions/0003 and 0012), then the custom server's few-second page
// cache (scripts/lib/page-cache.mjs) is emptied through the hook scripts/server.mjs puts on
// globalThis. Without that server (next dev, tests) the hook is absent and nothing happens.

declare global {
  var __portalPurgePageCache: (() => void) | undefined;
}

/**
 * Revalidates public paths ("/", "/article/1") in every variant; `below` also every page under a
 * path ("/mailbox": its filtered listings); `everything` the whole site.
 *
 * `below` and `everything` go through the route pattern (/[mode]/mailbox): a page's implicit
 * cache tags name its layouts by pattern, so revalidatePath("/std/mailbox", "layout") would not
 * reach /std/mailbox/search, while the pattern reaches every variant at once.
 */
export function revalidatePublic(paths: Iterable<string>, options: { everything?: boolean; below?: string[] } = {}): void {
  // The layout of app/[mode] holds the navigation (category tree): every page.
  if (options.everything) revalidatePath("/[mode]", "layout");
  for (const path of options.below ?? []) revalidatePath(`/[mode]${path}`, "layout");
  for (const mode of VARIANT_SEGMENTS) {
    for (const path of new Set(paths)) revalidatePath(path === "/" ? `/${mode}` : `/${mode}${path}`);
  }
  purgePageCache();
  // Next applies the revalidation when the action or route ends; a page served from its cache
  // in between could be copied again, so the copy is emptied once more after the response.
  try {
    after(purgePageCache);
  } catch {
    // Outside a request (tests): nothing to wait for.
  }
}

function purgePageCache(): void {
  globalThis.__portalPurgePageCache?.();
}
