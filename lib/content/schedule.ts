import { randomBytes, timingSafeEqual } from "node:crypto";
import { record } from "@/lib/audit/audit";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger.mjs";
import { revalidateArticle } from "./revalidate";

// Scheduled publishing. An article published with a future publish time is hidden by the
// public queries (lib/content/queries.ts) until then; a timer started with the server
// (lib/server-start.ts) checks every minute for articles that came due and has their pages
// revalidated. revalidatePath only works inside a request, so the timer asks the server
// itself: POST /api/content/due with a token that exists only in this process's memory
// (docs/decisions/0006).

export const CHECK_INTERVAL_MS = 60_000;
/** On start, look back as far as a cached public page can be old (revalidate = 600 s). */
const START_LOOKBACK_MS = 600_000;
export const INTERNAL_TOKEN_HEADER = "x-portal-internal-token";

declare global {
  var __portalInternalToken: string | undefined;
}

function internalToken(): string {
  globalThis.__portalInternalToken ??= randomBytes(32).toString("hex");
  return globalThis.__portalInternalToken;
}

/** Whether a request carries this process's internal token. */
export function isInternalRequest(request: Request): boolean {
  const expected = globalThis.__portalInternalToken;
  const given = request.headers.get(INTERNAL_TOKEN_HEADER);
  if (!expected || !given || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** Published articles whose publish time is in (since, until]. */
export async function articlesDueBetween(since: Date, until: Date): Promise<number[]> {
  const rows = await db.article.findMany({
    where: { status: "published", publishedAt: { gt: since, lte: until } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => row.id);
}

/** Revalidates the pages of articles that came due (called inside a request). */
export async function revalidateDueArticles(ids: number[]): Promise<number> {
  const articles = await db.article.findMany({
    where: { id: { in: ids }, status: "published", publishedAt: { lte: new Date() } },
    select: { id: true, categoryId: true, publishedAt: true },
  });
  for (const article of articles) {
    await revalidateArticle(null, article);
    await record({ actor: null, action: "content.article_due", outcome: "success", targetType: "article", targetId: article.id, detail: "定时发布已到时间" });
  }
  return articles.length;
}

/** Starts the minute timer (once per process). */
export function startScheduledPublishing(port: string): void {
  if (globalThis.__portalInternalToken) return;
  const token = internalToken();
  let since = new Date(Date.now() - START_LOOKBACK_MS);
  const check = async () => {
    const until = new Date();
    const ids = await articlesDueBetween(since, until);
    if (ids.length > 0) {
      const response = await fetch(`http://localhost:${port}/api/content/due`, {
        method: "POST",
        headers: { [INTERNAL_TOKEN_HEADER]: token, "content-type": "application/json" },
        body: JSON.stringify({ ids }),
      });
      if (!response.ok) throw new Error(`status ${response.status}`);
    }
    since = until;
  };
  const timer = setInterval(() => {
    check().catch((error: unknown) => logger.error({ err: error, job: "scheduled-publishing" }, "Scheduled publishing check failed (retried next minute)"));
  }, CHECK_INTERVAL_MS);
  timer.unref();
}
