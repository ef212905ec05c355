import { db } from "@/lib/db/client";
import { isPostgresUrl } from "@/lib/db/url";
import { env } from "@/lib/env";
import { onBatchReady, returnHits, takeHits, type KeyedHit } from "./hit-queue.mjs";
import { classifyUserAgent } from "./user-agent";

// Writes the page views and dwell times that the server queued (scripts/lib/page-views.mjs;
// the queue has already merged each visitor's views of a page) in batches: every
// STATS_FLUSH_MS, as soon as BATCH_SIZE distinct rows are waiting, and on shutdown. A page
// view never waits for this. Only appends: a dwell time is a row of its own (views 0), so
// no write looks anything up, and identical rows in one batch (e.g. reloads) are merged.
//
// The rows go in as one INSERT ... SELECT from a single JSON parameter rather than through
// createMany: Prisma spends about 160 ms building a createMany of 500 rows here, a multi-row
// INSERT with 14 parameters per row about 30-90 ms, this about 15 ms, and at full load that
// difference is the page's throughput (npm run bench:stats, docs/decisions/0010).

let running: Promise<number> = Promise.resolve(0);
let failures = 0;
/** After this many failed writes in a row the waiting hits are dropped (e.g. a batch the database refuses). */
const MAX_FAILURES = 3;
let timer: NodeJS.Timeout | undefined;

type PageViewRow = ReturnType<typeof pageViewRow>;

/** Views (views > 0) or dwell-time reports (views 0, dwellMs); the agent string is reduced to its classes. */
function pageViewRow(hit: KeyedHit) {
  const agent = classifyUserAgent(hit.userAgent);
  return {
    at: new Date(hit.at),
    views: hit.views,
    dwellMs: hit.dwellMs,
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

const COLUMNS = ["at", "views", "dwellMs", "path", "referrer", "entry", "browser", "browserVersion", "os", "osVersion", "device", "ipVersion", "elder", "bot", "visitorKey"] as const;
const COLUMN_LIST = COLUMNS.map((column) => `"${column}"`).join(", ");
// The whole batch is one JSON parameter (an array of arrays in COLUMNS order) that the
// database unpacks itself. SQLite keeps DateTime as text in the format Prisma writes.
const SQLITE_INSERT = `INSERT INTO "PageView" (${COLUMN_LIST}) SELECT ${COLUMNS.map((_, i) => `value ->> ${i}`).join(", ")} FROM json_each(?)`;
const POSTGRES_TYPES: Record<(typeof COLUMNS)[number], string> = {
  at: "timestamptz",
  views: "integer",
  dwellMs: "integer",
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

/** One row per visitor, page and classes in the batch, adding up views and dwell times. */
function collapse(rows: PageViewRow[]): PageViewRow[] {
  const distinct = new Map<string, PageViewRow>();
  for (const row of rows) {
    const key = COLUMNS.slice(3).map((column) => String(row[column])).join("\u0000");
    const same = distinct.get(key);
    if (same) {
      same.views += row.views;
      same.dwellMs += row.dwellMs;
    } else distinct.set(key, row);
  }
  return [...distinct.values()];
}

async function insertPageViews(rows: PageViewRow[]): Promise<void> {
  const values = rows.map((row) => COLUMNS.map((column) => (column === "at" ? row.at.toISOString().replace("Z", "+00:00") : row[column])));
  const postgres = isPostgresUrl(env().DATABASE_URL);
  await db.$executeRawUnsafe(postgres ? POSTGRES_INSERT : SQLITE_INSERT, JSON.stringify(values));
}

/** Rows per INSERT: SQLite writes on the server's thread, so a large batch goes in parts with pauses for requests between them. */
const ROWS_PER_INSERT = 1_000;

async function writeQueued(): Promise<number> {
  const hits = takeHits();
  let written = 0;
  for (let start = 0; start < hits.length; start += ROWS_PER_INSERT) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    const part = hits.slice(start, start + ROWS_PER_INSERT);
    try {
      await insertPageViews(collapse(part.map(pageViewRow)));
      failures = 0;
    } catch (error) {
      failures++;
      const unwritten = hits.slice(start);
      if (failures < MAX_FAILURES) returnHits(unwritten);
      console.error(`Could not write page views${failures < MAX_FAILURES ? " (will retry)" : `; dropped ${unwritten.length} row(s)`}:`, (error as Error).message);
      break;
    }
    written += part.reduce((views, hit) => views + hit.views, 0);
  }
  return written;
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
