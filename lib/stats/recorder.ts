import path from "node:path";
import { Worker } from "node:worker_threads";
import { env } from "@/lib/env";
import { isPostgresUrl, sqliteFilePath } from "@/lib/db/url";
import { logger } from "@/lib/log/logger.mjs";
import { onBatchReady, returnHits, takeHits, type WaitingHit } from "./hit-queue.mjs";
import type { PageViewRow } from "./page-view-rows.mjs";

// Writes the page views and dwell times that the server queued (scripts/lib/page-views.mjs;
// the queue has already merged each visitor's views of a page) in batches: every
// STATS_FLUSH_MS, as soon as BATCH_SIZE distinct rows are waiting, and on shutdown. A page
// view never waits for this. Only appends: a dwell time is a row of its own (views 0).
//
// Everything a row costs - visitor key, user-agent classes, JSON, the INSERT - is done by a
// worker thread with its own database connection (lib/stats/writer-worker.mjs); this side
// only hands it the waiting hits and counts its failures (docs/decisions/0010).

let running: Promise<number> = Promise.resolve(0);
let failures = 0;
/** After this many failed writes in a row the waiting rows are dropped (e.g. a batch the database refuses). */
const MAX_FAILURES = 3;
let timer: NodeJS.Timeout | undefined;

/** `rows`: what to try again; none when the worker itself failed (its batch is lost). */
type Answer = { id: number; written: number } | { id: number; error: string; rows?: PageViewRow[] };
type Writer = { worker: Worker; waiting: Map<number, (answer: Answer) => void> };
let writer: Writer | undefined;
let nextId = 0;

function startWriter(): Writer {
  const url = env().DATABASE_URL;
  const postgres = isPostgresUrl(url);
  // Loaded by Node from the sources, not from Next's bundle (plain JavaScript).
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "lib/stats/writer-worker.mjs");
  const worker = new Worker(file, { workerData: { postgres, target: postgres ? url : sqliteFilePath(url) } });
  const started: Writer = { worker, waiting: new Map() };
  worker.unref(); // kept alive only while a write is waiting for its answer
  worker.on("message", (answer: Answer) => {
    started.waiting.get(answer.id)?.(answer);
    started.waiting.delete(answer.id);
    if (started.waiting.size === 0) worker.unref();
  });
  const fail = (error: Error) => {
    if (writer === started) writer = undefined;
    for (const [id, settle] of started.waiting) settle({ id, error: error.message });
    started.waiting.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the page-view writer stopped (exit code ${code})`)));
  return started;
}

function write(hits: WaitingHit[], rows: PageViewRow[]): Promise<Answer> {
  writer ??= startWriter();
  const { worker, waiting } = writer;
  const id = ++nextId;
  worker.ref();
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker.postMessage({ id, hits, rows, now: Date.now() });
  });
}

async function writeQueued(): Promise<number> {
  const { hits, rows } = takeHits();
  if (hits.length === 0 && rows.length === 0) return 0;
  const answer = await write(hits, rows);
  if (!("error" in answer)) {
    failures = 0;
    return answer.written;
  }
  failures++;
  if (answer.rows === undefined) {
    logger.error({ job: "page-views", error: answer.error }, `Could not write page views; lost ${hits.length + rows.length} row(s)`);
  } else if (failures < MAX_FAILURES) {
    returnHits(answer.rows);
    logger.error({ job: "page-views", error: answer.error }, `Could not write page views (will retry ${answer.rows.length} row(s))`);
  } else {
    logger.error({ job: "page-views", error: answer.error }, `Could not write page views; dropped ${answer.rows.length} row(s)`);
  }
  return 0;
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
