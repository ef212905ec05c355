import { readdirSync } from "node:fs";
import path from "node:path";
import { isPostgresUrl } from "./url";

// Where the SQL migrations of each provider are shipped (written by `npm run db:migration`).
// Apart from lib/db/migrate.ts so that the readiness check (lib/ops/probes.ts) reads them
// without loading the migrator's drivers.

export function migrationsDir(url: string): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", ...(isPostgresUrl(url) ? ["postgres", "migrations"] : ["migrations"]));
}

/** The names of the shipped migrations for the database of `url`, in order. */
export function shippedMigrations(url: string): string[] {
  return readdirSync(migrationsDir(url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
