import { readdir, stat, unlink } from "node:fs/promises";
import { logger } from "@/lib/log/logger.mjs";
import path from "node:path";
import { db, type Db } from "@/lib/db/client";
import { isPostgresUrl } from "@/lib/db/url";
import { env } from "@/lib/env";
import { uploadRoot } from "./uploads";

// Orphan uploads. An uploaded file is written before the transaction that records its row
// (lib/files/store.ts) and removed again when that fails; a crash (SIGKILL, power loss) in
// between leaves a file no row names, and a half-written ".part" file. At start-up the server
// deletes such files once they are older than UPLOAD_ORPHAN_MINUTES (default 10): younger ones
// may belong to a submission another server on the same database is still committing.
// Every table with a "storageKey" column is read, so a new kind of upload is covered too.

async function storageKeyTables(client: Db, postgres: boolean): Promise<string[]> {
  const rows = postgres
    ? await client.$queryRawUnsafe<{ t: string }[]>(`SELECT table_name::text AS t FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'storageKey'`)
    : await client.$queryRawUnsafe<{ t: string }[]>(`SELECT m.name AS t FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' AND p.name = 'storageKey'`);
  return rows.map((row) => row.t);
}

/** Every storage key the database names. */
export async function referencedUploads(client: Db = db, postgres = isPostgresUrl(env().DATABASE_URL)): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const table of await storageKeyTables(client, postgres)) {
    const rows = await client.$queryRawUnsafe<{ k: string }[]>(`SELECT "storageKey" AS k FROM "${table.replace(/"/g, '""')}"`);
    for (const row of rows) keys.add(row.k);
  }
  return keys;
}

async function filesUnder(root: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(path.join(root, prefix), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await filesUnder(root, relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

/** Deletes uploads no row names (and ".part" leftovers) older than `minAgeMs`; returns their keys. */
export async function sweepOrphanUploads(minAgeMs: number, now = Date.now()): Promise<string[]> {
  const root = uploadRoot();
  const files = await filesUnder(root);
  if (files.length === 0) return [];
  // Listed before the keys are read: a file committed meanwhile is named by then.
  const referenced = await referencedUploads();
  const removed: string[] = [];
  for (const file of files) {
    // Uploads are always "<folder>/<name>" (lib/files/store.ts): anything else under UPLOAD_DIR
    // (a database file, backups kept there by mistake) is not ours to delete.
    if (referenced.has(file) || file.split("/").length !== 2) continue;
    const full = path.join(root, file);
    const info = await stat(full).catch(() => null);
    if (!info || now - info.mtimeMs < minAgeMs) continue;
    await unlink(full).catch(() => undefined);
    removed.push(file);
  }
  return removed;
}

/** The start-up sweep (lib/server-start.ts), logged. */
export async function sweepOrphanUploadsAtStart(): Promise<void> {
  try {
    const removed = await sweepOrphanUploads(env().UPLOAD_ORPHAN_MINUTES * 60_000);
    if (removed.length > 0) logger.info({ job: "orphan-sweep", removed }, `Uploads: removed ${removed.length} orphan file(s) left by an interrupted upload`);
  } catch (error) {
    logger.error({ err: error, job: "orphan-sweep" }, "Uploads: the orphan sweep failed");
  }
}
