import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { migrationsDir, shippedMigrations } from "./migrations-dir";
import { sqliteFilePath, isPostgresUrl } from "./url";

// Applies the SQL migrations that `npm run db:migration` wrote (see docs/decisions/0002).
// Prisma's own `migrate deploy` needs engine workarounds on PostgreSQL here; these plain
// files applied in order, each in a transaction, need none.

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_app_migrations" ("name" TEXT PRIMARY KEY, "applied_at" TEXT NOT NULL)`;

export { migrationsDir };

/** The database cannot be opened (bad path, permission, not a database, server unreachable). */
export class DatabaseOpenError extends Error {}
/** A migration failed; it was rolled back and the database is as before it. */
export class MigrationError extends Error {}

/** Where the database is, for messages: the SQLite file, or PostgreSQL's host and database (no credentials). */
export function describeDatabase(url: string): string {
  if (!isPostgresUrl(url)) return `SQLite ${sqliteFilePath(url)}`;
  const parsed = new URL(url);
  return `PostgreSQL ${parsed.host}${parsed.pathname}`;
}

/**
 * Opens the database and checks that it can be written, or throws a DatabaseOpenError naming
 * it and the reason.
 */
export async function checkDatabase(url: string): Promise<void> {
  const fail = (error: unknown): never => {
    const { code, message } = error as { code?: string; message?: string };
    throw new DatabaseOpenError(`Cannot open the database (${describeDatabase(url)}): ${message ?? error}${code && !message?.includes(code) ? ` (${code})` : ""}`);
  };
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
    } catch (error) {
      fail(error);
    } finally {
      await client.end().catch(() => undefined);
    }
    return;
  }
  let db: Database.Database | undefined;
  try {
    const file = sqliteFilePath(url);
    mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file);
    db.pragma("schema_version");
    db.exec("BEGIN IMMEDIATE");
    db.exec("ROLLBACK");
  } catch (error) {
    fail(error);
  } finally {
    db?.close();
  }
}

function pendingMigrations(url: string, applied: Set<string>) {
  return shippedMigrations(url)
    .filter((name) => !applied.has(name))
    .map((name) => ({ name, sql: readFileSync(path.join(migrationsDir(url), name, "migration.sql"), "utf8") }));
}

export async function migrate(url: string): Promise<string[]> {
  return isPostgresUrl(url) ? migratePostgres(url) : migrateSqlite(url);
}

function migrateSqlite(url: string): string[] {
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.exec(MIGRATIONS_TABLE);
    const applied = new Set(
      db.prepare(`SELECT "name" FROM "_app_migrations"`).all().map((row) => (row as { name: string }).name),
    );
    const done: string[] = [];
    for (const migration of pendingMigrations(url, applied)) {
      const apply = db.transaction(() => {
        db.exec(migration.sql);
        db.prepare(`INSERT INTO "_app_migrations" ("name", "applied_at") VALUES (?, ?)`).run(
          migration.name,
          new Date().toISOString(),
        );
      });
      try {
        apply.immediate();
      } catch (error) {
        throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One migrator at a time, even when several servers start together.
    await client.query("SELECT pg_advisory_lock(815421)");
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query<{ name: string }>(`SELECT "name" FROM "_app_migrations"`);
    const done: string[] = [];
    for (const migration of pendingMigrations(url, new Set(rows.map((row) => row.name)))) {
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO "_app_migrations" ("name", "applied_at") VALUES ($1, $2)`, [
          migration.name,
          new Date().toISOString(),
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.end();
  }
}

export function hasMigrations(url: string): boolean {
  return existsSync(migrationsDir(url));
}
