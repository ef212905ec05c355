import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger.mjs";

// Article view counts are collected in memory and written in one batch every few seconds,
// so that reading an article never waits on a database write (pages are served from cache;
// the count arrives through a 1x1 beacon image, see app/api/views/[id]/route.ts). A client
// counts once per article per VIEW_WINDOW_MS (reloads and scripted loops add nothing), and
// only views of published articles are written (a draft's or an unknown id's are dropped).

const FLUSH_INTERVAL_MS = 5_000;
export const VIEW_WINDOW_MS = 30 * 60_000;
/** The most client/article pairs remembered; beyond it the oldest are forgotten first. */
export const MAX_REMEMBERED_VIEWS = 50_000;

const pending = new Map<number, number>();
// `${articleId} ${client}` -> when the pair may count again; in insertion (so expiry) order.
const counted = new Map<string, number>();
let timer: NodeJS.Timeout | undefined;

function scheduleFlush(): void {
  timer ??= setTimeout(() => void flushViews(), FLUSH_INTERVAL_MS);
  timer.unref?.();
}

function forgetExpired(now: number): void {
  for (const [key, until] of counted) {
    if (until > now && counted.size < MAX_REMEMBERED_VIEWS) break;
    counted.delete(key);
  }
}

/** Counts one view of the article by the client (its address), unless it counted one recently. */
export function countView(articleId: number, client: string, now = Date.now()): boolean {
  const key = `${articleId} ${client}`;
  if ((counted.get(key) ?? 0) > now) return false;
  counted.delete(key);
  forgetExpired(now);
  counted.set(key, now + VIEW_WINDOW_MS);
  pending.set(articleId, (pending.get(articleId) ?? 0) + 1);
  scheduleFlush();
  return true;
}

/** How many client/article pairs are remembered (bounded by MAX_REMEMBERED_VIEWS). */
export function rememberedViews(): number {
  return counted.size;
}

/** Writes the buffered counts of published articles; returns how many views were written. */
export async function flushViews(now = new Date()): Promise<number> {
  timer = undefined;
  if (pending.size === 0) return 0;
  const batch = [...pending.entries()];
  pending.clear();
  try {
    const results = await db.$transaction(
      batch.map(([id, views]) =>
        db.article.updateMany({ where: { id, status: "published", publishedAt: { lte: now } }, data: { viewCount: { increment: views } } }),
      ),
    );
    return batch.reduce((sum, [, views], i) => sum + (results[i]!.count > 0 ? views : 0), 0);
  } catch (error) {
    // Put the counts back so the next flush retries them.
    for (const [id, views] of batch) pending.set(id, (pending.get(id) ?? 0) + views);
    scheduleFlush();
    logger.error({ job: "article-views", err: error }, "Could not write article view counts");
    return 0;
  }
}
