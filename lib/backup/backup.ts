import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { chinaDate, nextDate, weekdayOf } from "@/lib/mailbox/calendar";
import { backupKey, sealBuffer, writeBackupFile, ENCRYPTED_SUFFIX } from "./crypto";
import { DATABASE_FILE, providerOf, snapshotPostgres, snapshotSqlite } from "./database";
import { MANIFEST, UPLOADS, type Manifest, type ManifestFile } from "./manifest";

// Taking a backup (npm run backup, and nightly by the server: lib/backup/schedule.ts) while
// the site serves: the database first, then the uploads folder (docs/decisions/0023). A
// backup is written into "<name>.partial" and renamed to "<name>" once complete, so a folder
// without that suffix is always whole.

export type BackupKind = "manual" | "nightly";

export interface BackupOptions {
  databaseUrl: string;
  uploadDir: string;
  backupDir: string;
  /** BACKUP_KEY (base64); unset: not encrypted */
  key?: string;
  kind?: BackupKind;
  now?: Date;
}

export interface BackupResult {
  name: string;
  dir: string;
  manifest: Manifest;
  /** Bytes on disk */
  size: number;
}

export const PARTIAL_SUFFIX = ".partial";

/** e.g. 2026-12-02T113706Z-manual (UTC, sorts by time). */
export function backupName(now: Date, kind: BackupKind): string {
  return `${now.toISOString().slice(0, 19).replace(/:/g, "")}Z-${kind}`;
}

/** The time a backup's name says it was taken, or null for another folder. */
export function backupTime(name: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})Z-(manual|nightly)(-\d+)?$/.exec(name);
  return match ? new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`) : null;
}

/** Every file under `root` (relative paths, "/"-separated), without half-written ".part" files. */
async function filesUnder(root: string, prefix = ""): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(root, prefix), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await filesUnder(root, relative)));
    else if (entry.isFile() && !entry.name.endsWith(".part") && !entry.name.endsWith(".tmp")) files.push(relative);
  }
  return files;
}

async function folderSize(dir: string): Promise<number> {
  let size = 0;
  for (const file of await filesUnder(dir)) size += (await stat(path.join(dir, file))).size;
  return size;
}

export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const now = options.now ?? new Date();
  const key = backupKey(options.key);
  const provider = providerOf(options.databaseUrl);
  const backupDir = path.resolve(options.backupDir);
  await mkdir(backupDir, { recursive: true });
  let name = backupName(now, options.kind ?? "manual");
  for (let n = 2; existsSync(path.join(backupDir, name)) || existsSync(path.join(backupDir, name + PARTIAL_SUFFIX)); n++) {
    name = `${backupName(now, options.kind ?? "manual")}-${n}`;
  }
  const partial = path.join(backupDir, name + PARTIAL_SUFFIX);
  await mkdir(path.join(partial, UPLOADS), { recursive: true });
  const suffix = key ? ENCRYPTED_SUFFIX : "";
  try {
    // 1. The database, as one consistent snapshot.
    const raw = path.join(partial, "database.raw");
    const snapshot = provider === "sqlite" ? await snapshotSqlite(options.databaseUrl, raw) : await snapshotPostgres(options.databaseUrl, raw);
    const files: ManifestFile[] = [];
    const databaseFile = DATABASE_FILE[provider];
    files.push({ path: databaseFile, ...(await writeBackupFile(raw, path.join(partial, databaseFile + suffix), key)) });
    await rm(raw, { force: true });

    // 2. The uploads, after the database: every file a row of the snapshot names was written
    // before that row committed, so it is there (files added since are harmless extras).
    const uploadRoot = path.resolve(options.uploadDir);
    for (const file of await filesUnder(uploadRoot)) {
      const target = path.join(partial, UPLOADS, ...file.split("/"));
      await mkdir(path.dirname(target), { recursive: true });
      try {
        files.push({ path: `${UPLOADS}/${file}`, ...(await writeBackupFile(path.join(uploadRoot, file), target + suffix, key)) });
      } catch (error) {
        // Removed since the listing (e.g. an attachment deleted, an orphan swept): not in the snapshot's future either.
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }

    const manifest: Manifest = { format: 1, name, createdAt: now.toISOString(), provider, lastMigration: snapshot.lastMigration, rowCounts: snapshot.rowCounts, files, encrypted: key !== null };
    await writeFile(path.join(partial, MANIFEST + suffix), sealBuffer(Buffer.from(JSON.stringify(manifest, null, 2) + "\n"), key), { flag: "wx" });
    const dir = path.join(backupDir, name);
    await rename(partial, dir);
    return { name, dir, manifest, size: await folderSize(dir) };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

/** Complete backups in the folder, newest first. */
export async function listBackups(backupDir: string): Promise<{ name: string; at: Date }[]> {
  let names: string[];
  try {
    names = await readdir(path.resolve(backupDir));
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, at: backupTime(name) }))
    .filter((entry): entry is { name: string; at: Date } => entry.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name));
}

/** The Monday (China time) of the week of `at`. */
function chinaWeek(at: Date): string {
  const day = chinaDate(at);
  return nextDate(day, -((weekdayOf(day) + 6) % 7));
}

/**
 * The nightly backups to delete: the newest of each of the last `daily` days that have one is
 * kept, then the newest of each of the `weekly` earlier weeks (a week holding a kept daily
 * backup is covered already). Manual backups are never deleted here.
 */
export function backupsToPrune(backups: { name: string; at: Date }[], daily: number, weekly: number): string[] {
  const nightly = backups.filter((backup) => backup.name.includes("-nightly")).sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  let weeklyKept = 0;
  for (const backup of nightly) {
    const day = chinaDate(backup.at);
    const week = chinaWeek(backup.at);
    if (days.size < daily || days.has(day)) {
      if (!days.has(day)) keep.add(backup.name);
      days.add(day);
      weeks.add(week);
    } else if (weeklyKept < weekly && !weeks.has(week)) {
      keep.add(backup.name);
      weeks.add(week);
      weeklyKept++;
    }
  }
  return nightly.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}

/** Deletes the nightly backups beyond the retention, and any half-written (".partial") folder older than a day. */
export async function pruneBackups(backupDir: string, daily: number, weekly: number, now = new Date()): Promise<string[]> {
  const root = path.resolve(backupDir);
  const doomed = backupsToPrune(await listBackups(root), daily, weekly);
  for (const name of doomed) await rm(path.join(root, name), { recursive: true, force: true });
  for (const name of await readdir(root).catch(() => [] as string[])) {
    if (!name.endsWith(PARTIAL_SUFFIX)) continue;
    const { mtimeMs } = await stat(path.join(root, name));
    if (now.getTime() - mtimeMs > 24 * 3600_000) await rm(path.join(root, name), { recursive: true, force: true });
  }
  return doomed;
}
