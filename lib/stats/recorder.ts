import { db, Prisma } from "@/lib/db/client";
import { onBatchReady, returnHits, takeHits, type DwellHit, type PageViewHit } from "./hit-queue.mjs";
import { classifyUserAgent } from "./user-agent";

// Writes the page views and dwell times that the server queued (scripts/lib/page-views.mjs)
// in batches: every STATS_FLUSH_MS, as soon as 500 are waiting, and on shutdown. A page
// view never waits for this. Identical views in one batch (e.g. reloads) share a row.
//
// The rows go in through one multi-row INSERT rather than createMany: Prisma builds a
// createMany of 500 rows in about 160 ms here, the INSERT in about 25 ms, and at full load
// that difference is the page's throughput (npm run bench:stats, docs/decisions/0010).

let running: Promise<number> = Promise.resolve(0);
let timer: NodeJS.Timeout | undefined;

type PageViewRow = ReturnType<typeof pageViewRow>;

function pageViewRow(hit: PageViewHit) {
  const agent = classifyUserAgent(hit.userAgent);
  return {
    at: new Date(hit.at),
    views: 1,
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

const COLUMNS = ["at", "views", "path", "referrer", "entry", "browser", "browserVersion", "os", "osVersion", "device", "ipVersion", "elder", "bot", "visitorKey"] as const;
const ROWS_PER_INSERT = 200;

/** One row per distinct view: the same visitor, page and classes add up in `views`. */
function collapse(rows: PageViewRow[]): PageViewRow[] {
  const distinct = new Map<string, PageViewRow>();
  for (const row of rows) {
    const key = COLUMNS.slice(2).map((column) => String(row[column])).join("\u0000");
    const same = distinct.get(key);
    if (same) same.views += 1;
    else distinct.set(key, row);
  }
  return [...distinct.values()];
}

async function insertPageViews(rows: PageViewRow[]): Promise<void> {
  const columns = Prisma.raw(COLUMNS.map((column) => `"${column}"`).join(", "));
  const inserts = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const values = rows.slice(start, start + ROWS_PER_INSERT).map((row) => Prisma.sql`(${Prisma.join(COLUMNS.map((column) => row[column]))})`);
    inserts.push(db.$executeRaw`INSERT INTO "PageView" (${columns}) VALUES ${Prisma.join(values)}`);
  }
  await db.$transaction(inserts);
}

async function writeQueued(): Promise<number> {
  const hits = takeHits();
  if (hits.length === 0) return 0;
  const views = hits.filter((hit): hit is PageViewHit => hit.kind === "view");
  const dwells = hits.filter((hit): hit is DwellHit => hit.kind === "dwell");
  try {
    if (views.length > 0) await insertPageViews(collapse(views.map(pageViewRow)));
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
