import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { backupKey, readBackupFile } from "./crypto";
import { clearDatabase, countRows, DATABASE_FILE, isEmptyDatabase, providerOf, restorePostgres, sqliteTarget } from "./database";
import { readManifest, storedPath, UPLOADS, type Manifest } from "./manifest";

// npm run restore -- <backup>: puts a backup back into the database of DATABASE_URL and the
// folder UPLOAD_DIR, which must be empty (or --force). Every file's checksum is verified
// before anything is written, and the row counts of every table after.

export interface RestoreOptions {
  backup: string;
  databaseUrl: string;
  uploadDir: string;
  key?: string;
  force?: boolean;
}

export interface RestoreReport {
  manifest: Manifest;
  tables: number;
  rows: number;
  files: number;
  fileBytes: number;
}

export class RestoreRefused extends Error {}

async function isEmptyFolder(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return true;
    throw error;
  }
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const dir = path.resolve(options.backup);
  const key = backupKey(options.key);
  const manifest = readManifest(dir, key);
  const provider = providerOf(options.databaseUrl);
  if (manifest.provider !== provider) throw new RestoreRefused(`the backup is of a ${manifest.provider} database; DATABASE_URL names a ${provider} one`);

  // 1. Every file is whole and unchanged (and decrypts with this key).
  for (const file of manifest.files) {
    const found = await readBackupFile(storedPath(dir, manifest, file), manifest.encrypted ? key : null).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") throw new Error(`${file.path}: missing from the backup`);
      throw error;
    });
    if (found.sha256 !== file.sha256 || found.size !== file.size) throw new Error(`${file.path}: checksum mismatch (the backup is damaged)`);
  }

  // 2. The target is empty, or emptied with --force.
  const uploadRoot = path.resolve(options.uploadDir);
  const nonEmpty = [
    ...((await isEmptyDatabase(options.databaseUrl)) ? [] : ["the database (DATABASE_URL)"]),
    ...((await isEmptyFolder(uploadRoot)) ? [] : [`the uploads folder ${uploadRoot}`]),
  ];
  if (nonEmpty.length > 0 && !options.force) throw new RestoreRefused(`not empty: ${nonEmpty.join(" and ")}. Restore into an empty one, or add --force to replace its contents`);
  if (options.force) {
    await clearDatabase(options.databaseUrl);
    await rm(uploadRoot, { recursive: true, force: true });
  }

  // 3. The database, then the uploads (each file checked again as it is written).
  const secret = manifest.encrypted ? key : null;
  const databaseEntry = manifest.files.find((file) => file.path === DATABASE_FILE[provider]);
  if (!databaseEntry) throw new Error(`the backup has no ${DATABASE_FILE[provider]}`);
  const expect = async (file: Manifest["files"][number], target: string) => {
    const written = await readBackupFile(storedPath(dir, manifest, file), secret, target);
    if (written.sha256 !== file.sha256) throw new Error(`${file.path}: checksum mismatch while restoring`);
    return written.size;
  };
  if (provider === "sqlite") {
    await expect(databaseEntry, sqliteTarget(options.databaseUrl));
  } else {
    const scratch = await mkdtemp(path.join(os.tmpdir(), "portal-restore-"));
    try {
      const dump = path.join(scratch, DATABASE_FILE.postgresql);
      await expect(databaseEntry, dump);
      await restorePostgres(options.databaseUrl, dump);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
  let files = 0;
  let fileBytes = 0;
  await mkdir(uploadRoot, { recursive: true });
  for (const file of manifest.files.filter((entry) => entry.path.startsWith(`${UPLOADS}/`))) {
    const target = path.resolve(uploadRoot, file.path.slice(UPLOADS.length + 1));
    if (!target.startsWith(uploadRoot + path.sep)) throw new Error(`${file.path}: a path outside the uploads folder`);
    await mkdir(path.dirname(target), { recursive: true });
    fileBytes += await expect(file, target);
    files++;
  }

  // 4. Every table holds the rows the manifest counted.
  const restored = await countRows(options.databaseUrl);
  const differences = Object.entries(manifest.rowCounts)
    .filter(([table, count]) => restored.rowCounts[table] !== count)
    .map(([table, count]) => `${table}: ${restored.rowCounts[table] ?? "missing"} rows, the backup has ${count}`);
  if (differences.length > 0) throw new Error(`the restored database differs from the backup:\n  ${differences.join("\n  ")}`);
  const counts = Object.values(manifest.rowCounts);
  return { manifest, tables: counts.length, rows: counts.reduce((sum, count) => sum + count, 0), files, fileBytes };
}
