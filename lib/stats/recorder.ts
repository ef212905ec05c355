import { db } from "@/lib/db/client";
import { isPostgresUrl } from "@/lib/db/url";
import { env } from "@/lib/env";
import { onBatchReady, returnHits, takeHits, type DwellHit, type PageViewHit } from "./hit-queue.mjs";
import { classifyUserAgent } from "./user-agent";

// Writes the page views and dwell times that the server queued (scripts/lib/page-views.mjs)
// in batches: every STATS_FLUSH_MS, as soon as 500 are waiting, and on shutdown. A page
// view never waits for this. Identical views in one batch (e.g. reloads) share a row.
//
// The rows go in as one INSERT ... SELECT from a single JSON parameter rather than through
// createMany: Prisma spends about 160 ms building a createMany of 500 rows here, a multi-row
// INSERT with 14 parameters per row about 30-90 ms, this about 15 ms, and at full load that
// difference is the page's throughput (npm run bench:stats, docs/decisions/0010).

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
const COLUMN_LIST = COLUMNS.map((column) => `"${column}"`).join(", ");
// The whole batch is one JSON parameter (an array of arrays in COLUMNS order) that the
// database unpacks itself. SQLite keeps DateTime as text in the format Prisma writes.
const SQLITE_INSERT = `INSERT INTO "PageView" (${COLUMN_LIST}) SELECT ${COLUMNS.map((_, i) => `value ->> ${i}`).join(", ")} FROM json_each(?)`;
const POSTGRES_TYPES: Record<(typeof COLUMNS)[number], string> = {
  at: "timestamptz",
  views: "integer",
  path: "text",
  referrer: "text",
  entry: "boolean",
  browser: "text",
  browserVersion: "text",
  os: "text",
  osVersion: "text",
  device: "text",
  ipVersion: "integer",
  elder: "boolean",
  bot: "boolean",
  visitorKey: "text",
};
const POSTGRES_INSERT = `INSERT INTO "PageView" (${COLUMN_LIST}) SELECT ${COLUMNS.map((column, i) =>
  column === "at" ? `(e ->> ${i})::timestamptz AT TIME ZONE 'UTC'` : `(e ->> ${i})::${POSTGRES_TYPES[column]}`,
).join(", ")} FROM json_array_elements($1::json) AS e`;

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
  const values = rows.map((row) => COLUMNS.map((column) => (column === "at" ? row.at.toISOString().replace("Z", "+00:00") : row[column])));
  const postgres = isPostgresUrl(env().DATABASE_URL);
  await db.$executeRawUnsafe(postgres ? POSTGRES_INSERT : SQLITE_INSERT, JSON.stringify(values));
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
