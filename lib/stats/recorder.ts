import { db } from "@/lib/db/client";
import { onBatchReady, returnHits, takeHits, type DwellHit, type PageViewHit } from "./hit-queue.mjs";
import { classifyUserAgent } from "./user-agent";

// Writes the page views and dwell times that the server queued (scripts/lib/page-views.mjs)
// in batches: every STATS_FLUSH_MS, as soon as 500 are waiting, and on shutdown. A page
// view never waits for this.

let running: Promise<number> = Promise.resolve(0);
let timer: NodeJS.Timeout | undefined;

function pageViewRow(hit: PageViewHit) {
  const agent = classifyUserAgent(hit.userAgent);
  return {
    at: new Date(hit.at),
    path: hit.path,
    referrer: hit.referrer,
    entry: hit.entry,
    browser: agent.browser,
    browserVersion: agent.browserVersion,
    os: agent.os,
    osVersion: agent.osVersion,
    device: agent.device,
    ipVersion: hit.ipVersion,
    elder: hit.elder,
    bot: agent.bot,
    visitorKey: hit.visitorKey,
  };
}

/** Adds a dwell time to the visitor's latest view of that page in the last day, if any. */
async function addDwell(hit: DwellHit): Promise<void> {
  const view = await db.pageView.findFirst({
    where: { visitorKey: hit.visitorKey, path: hit.path, at: { lte: new Date(hit.at), gte: new Date(hit.at - 24 * 3600_000) } },
    orderBy: { at: "desc" },
    select: { id: true },
  });
  if (view) await db.pageView.update({ where: { id: view.id }, data: { dwellMs: { increment: hit.ms } }, select: { id: true } });
}

async function writeQueued(): Promise<number> {
  const hits = takeHits();
  if (hits.length === 0) return 0;
  const views = hits.filter((hit): hit is PageViewHit => hit.kind === "view");
  const dwells = hits.filter((hit): hit is DwellHit => hit.kind === "dwell");
  try {
    if (views.length > 0) await db.pageView.createMany({ data: views.map(pageViewRow) });
  } catch (error) {
    returnHits(hits);
    console.error("Could not write page views:", (error as Error).message);
    return 0;
  }
  try {
    for (const dwell of dwells) await addDwell(dwell);
  } catch (error) {
    console.error("Could not write dwell times:", (error as Error).message);
  }
  return views.length;
}

/** Writes everything queued so far (one flush at a time); returns how many page views were written. */
export function flushPageViews(): Promise<number> {
  running = running.then(writeQueued, writeQueued);
  return running;
}

/** Starts the batch writer (lib/server-start.ts). */
export function startPageViewRecorder(intervalMs: number): void {
  if (timer) return;
  timer = setInterval(() => void flushPageViews(), intervalMs);
  timer.unref();
  onBatchReady(() => void flushPageViews());
}

export function stopPageViewRecorder(): void {
  if (timer) clearInterval(timer);
  timer = undefined;
  onBatchReady(null);
}
