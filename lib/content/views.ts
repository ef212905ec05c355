import { db } from "@/lib/db/client";

// Article view counts are collected in memory and written in one batch every few seconds,
// so that reading an article never waits on a database write (pages are served from cache;
// the count arrives through a 1x1 beacon image, see app/api/views/[id]/route.ts).

const FLUSH_INTERVAL_MS = 5_000;
const pending = new Map<number, number>();
let timer: NodeJS.Timeout | undefined;

function scheduleFlush(): void {
  timer ??= setTimeout(() => void flushViews(), FLUSH_INTERVAL_MS);
  timer.unref?.();
}

export function countView(articleId: number): void {
  pending.set(articleId, (pending.get(articleId) ?? 0) + 1);
  scheduleFlush();
}

/** Writes the buffered counts; returns how many views were written. */
export async function flushViews(): Promise<number> {
  timer = undefined;
  if (pending.size === 0) return 0;
  const batch = [...pending.entries()];
  pending.clear();
  try {
    await db.$transaction(
      batch.map(([id, views]) => db.article.updateMany({ where: { id }, data: { viewCount: { increment: views } } })),
    );
  } catch (error) {
    // Put the counts back so the next flush retries them.
    for (const [id, views] of batch) pending.set(id, (pending.get(id) ?? 0) + views);
    scheduleFlush();
    console.error("Could not write article view counts:", (error as Error).message);
    return 0;
  }
  return batch.reduce((sum, [, views]) => sum + views, 0);
}
