// npm run restore -- <backup> [--force]: restores a backup (a folder made by npm run backup,
// or its name under BACKUP_DIR) into the database of DATABASE_URL and the folder UPLOAD_DIR.
// Both must be empty unless --force (which replaces their contents). Verifies every file's
// SHA-256 and every table's row count, and prints what it restored. Start the server
// afterwards: it applies any newer migrations.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { env, EnvError } from "@/lib/env";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) {
    console.error("Usage: npm run restore -- <backup folder or name> [--force]");
    return 2;
  }
  const config = env();
  const given = positionals[0]!;
  const backup = existsSync(given) ? given : path.join(config.BACKUP_DIR, given);
  const { restoreBackup } = await import("@/lib/backup/restore");
  const report = await restoreBackup({ backup, databaseUrl: config.DATABASE_URL, uploadDir: config.UPLOAD_DIR, key: config.BACKUP_KEY, force: values.force });
  const { manifest } = report;
  console.log(`Restored backup ${manifest.name} (taken ${manifest.createdAt}${manifest.encrypted ? ", encrypted" : ""})`);
  console.log(`  database: ${manifest.provider}, last migration ${manifest.lastMigration ?? "(none)"}`);
  console.log(`  ${report.tables} tables, ${report.rows} rows: every table's count matches the backup`);
  for (const [table, count] of Object.entries(manifest.rowCounts)) if (count > 0) console.log(`    ${table.padEnd(28)} ${count}`);
  console.log(`  uploads: ${report.files} file(s), ${report.fileBytes} bytes into ${path.resolve(config.UPLOAD_DIR)}`);
  console.log(`  checksums: all ${manifest.files.length} file(s) match the manifest's SHA-256`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Restore failed: ${error instanceof EnvError ? error.message : (error as Error).message}`);
    process.exit(1);
  },
);
