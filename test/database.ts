import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { isPostgresUrl } from "@/lib/db/url";

// Test databases. SQLite: `.test-db/base.db` is migrated once per run; each test file gets a
// copy. PostgreSQL: database `<name>_base` is migrated once; each test file gets a database
// created from it as a template.

export const TEST_DIR = path.resolve(".test-db", "vitest");
export const SQLITE_BASE = path.join(TEST_DIR, "base.db");

export function testDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL ?? `file:${SQLITE_BASE}`;
}

export function usingPostgres(): boolean {
  return isPostgresUrl(testDatabaseUrl());
}

/** `postgresql://u@h/test` with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function baseDatabaseName(): string {
  return `${new URL(testDatabaseUrl()).pathname.slice(1)}_base`;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated, empty database for one test file; returns its URL and a disposer. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const id = `t${process.pid}_${randomBytes(4).toString("hex")}`;
  if (!usingPostgres()) {
    mkdirSync(TEST_DIR, { recursive: true });
    const file = path.join(TEST_DIR, `${id}.db`);
    copyFileSync(SQLITE_BASE, file);
    return {
      url: `file:${file}`,
      drop: async () => {
        for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
      },
    };
  }
  const name = `${baseDatabaseName()}_${id}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${baseDatabaseName()}"`));
  return {
    url: withDatabase(testDatabaseUrl(), name),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** An empty database (no tables) and its disposer: the target of a restore (lib/backup). */
export async function createEmptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const id = `e${process.pid}_${randomBytes(4).toString("hex")}`;
  if (!usingPostgres()) {
    const file = path.join(TEST_DIR, `${id}.db`);
    return { url: `file:${file}`, drop: async () => ["", "-wal", "-shm", "-journal"].forEach((suffix) => rmSync(file + suffix, { force: true })) };
  }
  const name = `${baseDatabaseName()}_${id}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    url: withDatabase(testDatabaseUrl(), name),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** Creates the migrated base (once per test run). */
export async function prepareBaseDatabase(migrate: (url: string) => Promise<string[]>): Promise<void> {
  if (!usingPostgres()) {
    rmSync(TEST_DIR, { recursive: true, force: true });
    mkdirSync(TEST_DIR, { recursive: true });
    await migrate(`file:${SQLITE_BASE}`);
    return;
  }
  const base = baseDatabaseName();
  await admin(async (client) => {
    const stale = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${base}%`],
    );
    for (const { datname } of stale.rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${base}"`);
  });
  await migrate(withDatabase(testDatabaseUrl(), base));
}
