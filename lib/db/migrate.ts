import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { sqliteFilePath, isPostgresUrl } from "./url";

// Applies the SQL migrations that `npm run db:migration` wrote (see docs/decisions/0002).
// Prisma's own `migrate deploy` needs engine workarounds on PostgreSQL here; these plain
// files applied in order, each in a transaction, need none.

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_app_migrations" ("name" TEXT PRIMARY KEY, "applied_at" TEXT NOT NULL)`;

export function migrationsDir(url: string): string {
  return path.join(process.cwd(), "prisma", ...(isPostgresUrl(url) ? ["postgres", "migrations"] : ["migrations"]));
}

function pendingMigrations(dir: string, applied: Set<string>) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !applied.has(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
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
    for (const migration of pendingMigrations(migrationsDir(url), applied)) {
      db.transaction(() => {
        db.exec(migration.sql);
        db.prepare(`INSERT INTO "_app_migrations" ("name", "applied_at") VALUES (?, ?)`).run(
          migration.name,
          new Date().toISOString(),
        );
      }).immediate();
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
    for (const migration of pendingMigrations(migrationsDir(url), new Set(rows.map((row) => row.name)))) {
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
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
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
