import { readFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

// Uploaded files (article attachments, letter attachments) live under UPLOAD_DIR; the
// database keeps each file's key relative to it.

export function uploadRoot(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().UPLOAD_DIR);
}

/** The absolute path of a stored key, or null if it would leave UPLOAD_DIR. */
export function uploadPath(storageKey: string): string | null {
  const root = uploadRoot();
  const file = path.resolve(root, storageKey);
  return file.startsWith(root + path.sep) ? file : null;
}

/** The bytes of a stored file; null when the key is unsafe or the file cannot be read. */
export async function readUpload(storageKey: string): Promise<Buffer | null> {
  const file = uploadPath(storageKey);
  if (!file) return null;
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}
