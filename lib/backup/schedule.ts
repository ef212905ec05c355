import { env, type Env } from "@/lib/env";
import { logger } from "@/lib/log/logger.mjs";
import { chinaDate, chinaTimeOfDay, untilChinaTimeOfDay } from "@/lib/mailbox/calendar";
import { createBackup, pruneBackups } from "./backup";
import { claimNightlyBackup, recordLastGoodBackup } from "./status";

// The nightly backup, started by the server (lib/server-start.ts) unless BACKUP_TIME=off: at
// BACKUP_TIME China time (default 02:30) one of the servers on the database claims the day
// (lib/backup/status.ts), backs up into BACKUP_DIR, records the last good backup, deletes
// nightly backups beyond BACKUP_KEEP_DAILY days and BACKUP_KEEP_WEEKLY weeks, and logs the result.

/** Milliseconds until the next HH:MM China time. */
export function untilNextBackup(now: number, time: string): number {
  return untilChinaTimeOfDay(now, chinaTimeOfDay(time));
}

/** One nightly run; returns what it did (for the log and tests). */
type BackupSettings = Pick<Env, "DATABASE_URL" | "UPLOAD_DIR" | "BACKUP_DIR" | "BACKUP_KEY" | "BACKUP_KEEP_DAILY" | "BACKUP_KEEP_WEEKLY">;

export async function runNightlyBackup(now = new Date(), config: BackupSettings = env()): Promise<{ name: string; size: number; pruned: string[] } | null> {
  if (!(await claimNightlyBackup(chinaDate(now)))) return null;
  const result = await createBackup({
    databaseUrl: config.DATABASE_URL,
    uploadDir: config.UPLOAD_DIR,
    backupDir: config.BACKUP_DIR,
    key: config.BACKUP_KEY,
    kind: "nightly",
    now,
  });
  await recordLastGoodBackup({ at: result.manifest.createdAt, name: result.name, size: result.size });
  const pruned = await pruneBackups(config.BACKUP_DIR, config.BACKUP_KEEP_DAILY, config.BACKUP_KEEP_WEEKLY, now);
  return { name: result.name, size: result.size, pruned };
}

export function startNightlyBackups(): void {
  const { BACKUP_TIME: time, BACKUP_KEY: key, NODE_ENV } = env();
  if (time === "off") return;
  // The privacy policy says backups are encrypted.
  if (!key && NODE_ENV === "production") logger.warn({ job: "nightly-backup" }, "Nightly backups are not encrypted: set BACKUP_KEY (openssl rand -base64 32)");
  const schedule = () => {
    setTimeout(() => {
      const started = Date.now();
      void runNightlyBackup()
        .then((result) => {
          if (result === null) logger.info({ job: "nightly-backup" }, "Nightly backup: taken by another server on this database today");
          else logger.info({ job: "nightly-backup", name: result.name, size: result.size }, `Nightly backup: wrote ${result.name} (${result.size} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s; deleted ${result.pruned.length} old backup(s)`);
        })
        .catch((error: unknown) => logger.error({ err: error, job: "nightly-backup" }, "Nightly backup failed"))
        .finally(schedule);
    }, untilNextBackup(Date.now(), time)).unref();
  };
  schedule();
}
