// The page-view writer's worker thread (docs/decisions/0010): everything a row costs beyond
// merging views in the queue - the visitor key (HMAC), the user-agent classes, the JSON and
// the INSERT - happens here, on a connection of its own, so that the server's main thread
// only hands over batches of waiting hits (lib/stats/recorder.ts). The day's random keys
// live only in this thread's memory; the client addresses arrive in messages and are never
// stored or logged. Plain JavaScript, loaded by Node outside Next's bundle.
//
// workerData: { postgres: boolean, target: the PostgreSQL URL or the SQLite file's path }.
// Message in: { id, hits, rows, now } (new hits, rows returned from a failed write);
// answer: { id, written } or { id, error, rows } (the rows to try again).
import { parentPort, workerData } from "node:worker_threads";
import { viewCount, createRowBuilder } from "./page-view-rows.mjs";
import { POSTGRES_INSERT, SQLITE_INSERT } from "./page-view-sql.mjs";

async function openDatabase({ postgres, target }) {
  if (postgres) {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: target, max: 1 });
    return (json) => pool.query(POSTGRES_INSERT, [json]);
  }
  const { default: Database } = await import("better-sqlite3");
  // As lib/db/client.ts: WAL (set on the file by lib/db/migrate.ts) and a busy timeout, so
  // this connection waits for the lock while the server's Prisma connection writes.
  const database = new Database(target, { timeout: 10_000 });
  database.pragma("journal_mode = WAL");
  const insert = database.prepare(SQLITE_INSERT);
  return async (json) => insert.run(json);
}

const insert = await openDatabase(workerData);
const builder = createRowBuilder();

parentPort.on("message", async ({ id, hits, rows, now }) => {
  let batch = rows;
  try {
    batch = rows.length === 0 ? builder.build(hits, now) : [...rows, ...builder.build(hits, now)];
    if (batch.length > 0) await insert(JSON.stringify(batch));
    parentPort.postMessage({ id, written: viewCount(batch) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error), rows: batch });
  }
});
