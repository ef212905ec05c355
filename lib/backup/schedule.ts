import { env, type Env } from "@/lib/env";
import { chinaDate } from "@/lib/mailbox/calendar";
import { createBackup, pruneBackups } from "./backup";
import { claimNightlyBackup, recordLastGoodBackup } from "./status";

// The nightly backup, started by the server (lib/server-start.ts) unless BACKUP_TIME=off: at
// BACKUP_TIME China time (default 02:30) one of the servers on the database claims the day
// (lib/backup/status.ts), backs up into BACKUP_DIR, records the last good backup, deletes
// nightly backups beyond BACKUP_KEEP_DAILY days and BACKUP_KEEP_WEEKLY weeks, and logs the result.

const DAY_MS = 24 * 3600_000;
const CHINA_OFFSET_MS = 8 * 3600_000;

/** Milliseconds until the next HH:MM China time. */
export function untilNextBackup(now: number, time: string): number {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  const sinceMidnight = (now + CHINA_OFFSET_MS) % DAY_MS;
  const wait = (hours * 60 + minutes) * 60_000 - sinceMidnight;
  return wait > 0 ? wait : wait + DAY_MS;
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
  if (!key && NODE_ENV === "production") console.warn("Nightly backups are not encrypted: set BACKUP_KEY (openssl rand -base64 32)");
  const schedule = () => {
    setTimeout(() => {
      const started = Date.now();
      void runNightlyBackup()
        .then((result) => {
          if (result === null) console.log("Nightly backup: taken by another server on this database today");
          else console.log(`Nightly backup: wrote ${result.name} (${result.size} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s; deleted ${result.pruned.length} old backup(s)`);
        })
        .catch((error: unknown) => console.error("Nightly backup failed:", (error as Error).message))
        .finally(schedule);
    }, untilNextBackup(Date.now(), time)).unref();
  };
  schedule();
}
