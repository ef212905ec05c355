import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ENCRYPTED_SUFFIX, openBuffer } from "./crypto";

// The manifest of a backup (manifest.json, or manifest.json.enc when encrypted): when it was
// taken, from which database, the last applied migration, the row count of every table and
// the size and SHA-256 of every file's plain content. `path` is relative to the backup folder;
// an encrypted backup stores each file as path + ".enc".

export const MANIFEST = "manifest.json";
export const UPLOADS = "uploads";

const manifestSchema = z.object({
  format: z.literal(1),
  name: z.string(),
  createdAt: z.string(),
  provider: z.enum(["sqlite", "postgresql"]),
  lastMigration: z.string().nullable(),
  rowCounts: z.record(z.string(), z.number().int().min(0)),
  files: z.array(z.object({ path: z.string(), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  encrypted: z.boolean(),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestFile = Manifest["files"][number];

export function isEncryptedBackup(dir: string): boolean {
  return existsSync(path.join(dir, MANIFEST + ENCRYPTED_SUFFIX));
}

export function isBackupFolder(dir: string): boolean {
  return existsSync(path.join(dir, MANIFEST)) || isEncryptedBackup(dir);
}

/** Reads and checks a backup's manifest (decrypting it with the key when it is encrypted). */
export function readManifest(dir: string, key: Buffer | null): Manifest {
  if (!isBackupFolder(dir)) throw new Error(`${dir}: not a backup (no ${MANIFEST})`);
  const encrypted = isEncryptedBackup(dir);
  if (encrypted && !key) throw new Error(`${dir} is encrypted: set BACKUP_KEY to the key it was made with`);
  const stored = readFileSync(path.join(dir, MANIFEST + (encrypted ? ENCRYPTED_SUFFIX : "")));
  const parsed = manifestSchema.safeParse(JSON.parse(openBuffer(stored, encrypted ? key : null).toString("utf8")));
  if (!parsed.success) throw new Error(`${dir}: the manifest is not one this version reads`);
  return parsed.data;
}

/** Where a manifest entry's bytes are stored in the backup folder. */
export function storedPath(dir: string, manifest: Manifest, file: ManifestFile): string {
  const resolved = path.resolve(dir, file.path + (manifest.encrypted ? ENCRYPTED_SUFFIX : ""));
  if (!resolved.startsWith(path.resolve(dir) + path.sep)) throw new Error(`${file.path}: a path outside the backup`);
  return resolved;
}
