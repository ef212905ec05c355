import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { isPostgresUrl, sqliteFilePath } from "./url";

export { Prisma } from "./generated/sqlite/client";

/**
 * Both generated clients come from one data model (prisma/schema.prisma), so they expose the
 * same API; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;

export function createDb(url: string): Db {
  if (isPostgresUrl(url)) {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) });
    return client as unknown as Db;
  }
  // WAL mode is set on the file by lib/db/migrate.ts; the busy timeout lets concurrent
  // writers from several processes wait for the lock instead of failing.
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(url), timeout: 10_000 }) });
}

const globalForDb = globalThis as unknown as { portalDb?: Db };

/** The process-wide client (kept across hot reloads in development). */
export const db: Db = (globalForDb.portalDb ??= createDb(env().DATABASE_URL));
