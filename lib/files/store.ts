import { randomUUID } from "node:crypto";
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { uploadPath, uploadRoot } from "./uploads";

// Writing and removing uploaded files under UPLOAD_DIR (letter attachments, article
// attachments, 依申请公开 reply files, blank forms of 办事指南). The caller has checked the file
// (its type from its bytes); the database row is written after the file and, when that fails,
// the file is removed again. A crash in between leaves a file no row names: the start-up sweep
// (lib/files/sweep.ts) deletes it.

export interface CheckedFile {
  fileName: string;
  mimeType: string;
  extension: string;
  bytes: Uint8Array;
}

export interface StoredFile {
  fileName: string;
  mimeType: string;
  size: number;
  storageKey: string;
}

/**
 * Writes each file under a temporary name, then renames it to its final random key (a
 * rename is atomic, so a final key never names a half-written file). On any failure the
 * files written so far are removed.
 */
export async function storeAttachments(files: CheckedFile[], folder: string): Promise<StoredFile[]> {
  const stored: StoredFile[] = [];
  if (files.length === 0) return stored;
  const dir = path.join(uploadRoot(), folder);
  await mkdir(dir, { recursive: true });
  try {
    for (const file of files) {
      const storageKey = `${folder}/${randomUUID()}.${file.extension}`;
      const final = path.join(uploadRoot(), storageKey);
      const temporary = `${final}.part`;
      await writeFile(temporary, file.bytes, { flag: "wx" });
      await rename(temporary, final);
      stored.push({ fileName: file.fileName, mimeType: file.mimeType, size: file.bytes.length, storageKey });
    }
    return stored;
  } catch (error) {
    await removeStoredFiles(stored.map((file) => file.storageKey));
    throw error;
  }
}

/** Removes stored files; a file already gone is fine. */
export async function removeStoredFiles(storageKeys: string[]): Promise<void> {
  for (const key of storageKeys) {
    const file = uploadPath(key);
    if (!file) continue;
    await unlink(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    await unlink(`${file}.part`).catch(() => undefined);
  }
}
