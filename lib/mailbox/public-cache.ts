import { revalidatePath } from "next/cache";

// After a letter is published or withdrawn: the public mailbox pages (both variants, see
// lib/site/public-routes.mjs and docs/decisions/0003) are regenerated on their next request,
// and the server's in-memory page cache (scripts/server.mjs) is emptied when it offers a hook.

declare global {
  var __portalPageCachePurge: (() => void) | undefined;
}

export const MODES = ["std", "elder"] as const;

export function publicMailboxPaths(letterId: number): string[] {
  return MODES.flatMap((mode) => [`/${mode}/mailbox`, `/${mode}/mailbox/letters/${letterId}`]);
}

/** Call from a server action (revalidatePath needs Next's request context). */
export function revalidatePublicMailbox(letterId: number): void {
  for (const path of publicMailboxPaths(letterId)) revalidatePath(path);
  // Everything below /<mode>/mailbox too (listing pages, filters), whatever the other side names them.
  for (const mode of MODES) revalidatePath(`/${mode}/mailbox`, "layout");
  globalThis.__portalPageCachePurge?.();
}
