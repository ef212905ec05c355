import { execFile, spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, sqliteFilePath } from "@/lib/db/url";

// The database side of a backup: a consistent copy with its row counts and last migration,
// taken while the site serves (SQLite's online backup API, pg_dump on an exported snapshot),
// and putting such a copy back into an empty database.

export type Provider = "sqlite" | "postgresql";
export const providerOf = (url: string): Provider => (isPostgresUrl(url) ? "postgresql" : "sqlite");
export const DATABASE_FILE: Record<Provider, string> = { sqlite: "database.sqlite", postgresql: "database.pgdump" };

export interface Snapshot {
  rowCounts: Record<string, number>;
  lastMigration: string | null;
}

const MIGRATIONS = "_app_migrations";
const run = promisify(execFile);
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Copies the SQLite database to `target` with the online backup API (writers carry on). */
export async function snapshotSqlite(url: string, target: string): Promise<Snapshot> {
  const source = new Database(sqliteFilePath(url), { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 10000");
    // All pages in one step: a step restarts when another connection writes in between.
    await source.backup(target, { progress: () => 1_000_000_000 });
  } finally {
    source.close();
  }
  const copy = new Database(target);
  try {
    copy.pragma("journal_mode = DELETE"); // one self-contained file
    return sqliteFacts(copy);
  } finally {
    copy.close();
  }
}

function sqliteTables(db: Database.Database): string[] {
  const rows = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
  return rows.map((row) => row.name);
}

function sqliteFacts(db: Database.Database): Snapshot {
  const rowCounts: Record<string, number> = {};
  for (const table of sqliteTables(db)) rowCounts[table] = (db.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n;
  const last = rowCounts[MIGRATIONS] ? (db.prepare(`SELECT max(name) AS name FROM ${MIGRATIONS}`).get() as { name: string | null }).name : null;
  return { rowCounts, lastMigration: last };
}

/** libpq does not know Prisma's URL parameters (schema=...). */
function libpqUrl(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete("schema");
  parsed.searchParams.delete("connection_limit");
  return parsed.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function postgresTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  return rows.map((row) => row.name);
}

async function postgresFacts(client: pg.Client): Promise<Snapshot> {
  const rowCounts: Record<string, number> = {};
  for (const table of await postgresTables(client)) {
    rowCounts[table] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table)}`)).rows[0]!.n);
  }
  const last = rowCounts[MIGRATIONS] ? (await client.query<{ name: string | null }>(`SELECT max(name) AS name FROM ${MIGRATIONS}`)).rows[0]!.name : null;
  return { rowCounts, lastMigration: last };
}

/** pg_dump/pg_restore must be at least the server's major version. */
async function checkClientVersion(client: pg.Client, tool: "pg_dump" | "pg_restore"): Promise<void> {
  let output: string;
  try {
    output = (await run(tool, ["--version"])).stdout;
  } catch {
    throw new Error(`${tool} is not installed (Debian: apt-get install postgresql-client)`);
  }
  const toolMajor = Number(/(\d+)(\.\d+)?/.exec(output)?.[1]);
  const server = Number((await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0]!.v);
  const serverMajor = Math.floor(server / 10_000);
  if (!(toolMajor >= serverMajor)) throw new Error(`${tool} ${toolMajor} is older than the PostgreSQL server (${serverMajor}): install postgresql-client-${serverMajor}`);
}

function runTool(tool: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${tool} failed (exit code ${code}): ${errors.trim()}`))));
  });
}

/**
 * pg_dump (custom format) of the snapshot of a repeatable-read transaction that also counts
 * the rows: the counts describe exactly what the dump holds, however busy the site is.
 */
export async function snapshotPostgres(url: string, target: string): Promise<Snapshot> {
  return withClient(url, async (client) => {
    await checkClientVersion(client, "pg_dump");
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]!.id;
      const dump = runTool("pg_dump", ["--format=custom", `--snapshot=${snapshot}`, `--file=${target}`, `--dbname=${libpqUrl(url)}`]);
      // Awaited together: a failing pg_dump must reject here, never as an unhandled rejection
      // while the rows are counted (the snapshot stays valid while this transaction is open).
      const [facts] = await Promise.all([postgresFacts(client), dump]);
      return facts;
    } finally {
      await client.query("COMMIT");
    }
  });
}

/** The row counts of a database (what a restore compares with the manifest). */
export async function countRows(url: string): Promise<Snapshot> {
  if (isPostgresUrl(url)) return withClient(url, postgresFacts);
  const db = new Database(sqliteFilePath(url), { fileMustExist: true, readonly: true });
  try {
    return sqliteFacts(db);
  } finally {
    db.close();
  }
}

/** Whether the database has no tables (a missing SQLite file counts as empty). */
export async function isEmptyDatabase(url: string): Promise<boolean> {
  if (isPostgresUrl(url)) return withClient(url, async (client) => (await postgresTables(client)).length === 0);
  let db: Database.Database;
  try {
    db = new Database(sqliteFilePath(url), { fileMustExist: true, readonly: true });
  } catch {
    return true;
  }
  try {
    return sqliteTables(db).length === 0;
  } finally {
    db.close();
  }
}

/** Empties the target database (restore --force). */
export async function clearDatabase(url: string): Promise<void> {
  if (isPostgresUrl(url)) {
    await withClient(url, (client) => client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public"));
    return;
  }
  const file = sqliteFilePath(url);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

/** Where a restore writes the SQLite file; the plain file of a PostgreSQL dump goes to pg_restore. */
export function sqliteTarget(url: string): string {
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

export async function restorePostgres(url: string, dumpFile: string): Promise<void> {
  await withClient(url, (client) => checkClientVersion(client, "pg_restore"));
  await runTool("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${libpqUrl(url)}`, dumpFile]);
}
