// npm run backup: a consistent backup of the database of DATABASE_URL and of UPLOAD_DIR, while
// the site serves, into a new folder under BACKUP_DIR (default ./data/backups), encrypted when
// BACKUP_KEY is set; records it as the last good backup (shown on /admin). See
// docs/decisions/0023 and README (Backups and restore).
import { env, EnvError } from "@/lib/env";

async function main(): Promise<number> {
  const config = env();
  const { createBackup } = await import("@/lib/backup/backup");
  const started = Date.now();
  const result = await createBackup({ databaseUrl: config.DATABASE_URL, uploadDir: config.UPLOAD_DIR, backupDir: config.BACKUP_DIR, key: config.BACKUP_KEY });
  const { manifest } = result;
  const rows = Object.values(manifest.rowCounts).reduce((sum, count) => sum + count, 0);
  console.log(`Backup ${result.name} written to ${result.dir}`);
  console.log(`  database: ${manifest.provider}, last migration ${manifest.lastMigration ?? "(none)"}, ${Object.keys(manifest.rowCounts).length} tables, ${rows} rows`);
  console.log(`  uploads: ${manifest.files.length - 1} file(s); ${result.size} bytes in all${manifest.encrypted ? ", encrypted (AES-256-GCM)" : ", not encrypted (no BACKUP_KEY)"}`);
  console.log(`  took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const { db } = await import("@/lib/db/client");
  const { recordLastGoodBackup } = await import("@/lib/backup/status");
  try {
    await recordLastGoodBackup({ at: manifest.createdAt, name: result.name, size: result.size });
  } finally {
    await db.$disconnect();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Backup failed: ${error instanceof EnvError ? error.message : (error as Error).message}`);
    process.exit(1);
  },
);
