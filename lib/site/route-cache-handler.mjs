// Next's page cache (ISR, `cacheHandler` in next.config.mjs) with one rule added: a page that
// did not render (a 404 or any other error status) is never stored, except the one
// not-found page of each variant (docs/decisions/0012). Next's own handler writes every
// rendered 404 to .next/server/route-cache under the requested path, so unknown ids and slugs
// would fill the disk; with this, the cache holds only pages of existing content.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { NOT_FOUND_SEGMENT, PAGE_VARIANTS } from "./public-routes.mjs";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const segments = PAGE_VARIANTS.map((variant) => variant.segment).join("|");
const notFoundPage = new RegExp(`/(?:${segments})/${NOT_FOUND_SEGMENT}$`);

/** Whether a rendered page or route response (`data` of Next's cache handler) may be stored. */
export function isStorable(key, data) {
  const status = data?.status;
  if (status === undefined || status === 200) return true;
  return status === 404 && notFoundPage.test(key);
}

export default class RouteCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (!isStorable(key, data)) return;
    return super.set(key, data, ctx);
  }
}
