import { randomUUID } from "node:crypto";
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

// Letter attachments: up to 3 images (JPEG, PNG, GIF, WebP) or PDFs of at most 5 MB each.
// The type is read from the file's first bytes, never from its name or the browser's claim.
// Files are written before the letter's transaction and removed again if it fails.

export const MAX_ATTACHMENTS = 3;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_DIR = "mailbox";

const SIGNATURES: { mimeType: string; extension: string; matches: (bytes: Uint8Array) => boolean }[] = [
  { mimeType: "image/jpeg", extension: "jpg", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mimeType: "image/png", extension: "png", matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mimeType: "image/gif", extension: "gif", matches: (b) => ascii(b, 0, 6) === "GIF87a" || ascii(b, 0, 6) === "GIF89a" },
  { mimeType: "image/webp", extension: "webp", matches: (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP" },
  { mimeType: "application/pdf", extension: "pdf", matches: (b) => ascii(b, 0, 5) === "%PDF-" },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((value, i) => bytes[i] === value);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** The type the content shows, or null for anything else. */
export function sniffType(bytes: Uint8Array): { mimeType: string; extension: string } | null {
  const found = SIGNATURES.find((signature) => signature.matches(bytes));
  return found ? { mimeType: found.mimeType, extension: found.extension } : null;
}

export interface CheckedFile {
  fileName: string;
  mimeType: string;
  extension: string;
  bytes: Uint8Array;
}

/** A file name safe to show and to send in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "").trim().slice(0, 120);
  return cleaned || "附件";
}

// A file input left empty still sends a zero-byte part: named "" in a plain form post, but
// "undefined" once React has decoded a server action's multipart body (the part has no
// filename). Either is "no file", not an empty upload.
const NO_FILE_NAMES = new Set(["", "undefined"]);
const isNoFile = (file: File) => file.size === 0 && NO_FILE_NAMES.has(file.name ?? "");

/** Checks the uploaded files (empty file inputs are skipped); errors are for the 附件 field. */
export async function checkAttachments(files: File[]): Promise<{ ok: true; files: CheckedFile[] } | { ok: false; errors: string[] }> {
  const present = files.filter((file) => !isNoFile(file));
  const errors: string[] = [];
  if (present.length > MAX_ATTACHMENTS) return { ok: false, errors: [`最多上传 ${MAX_ATTACHMENTS} 个附件`] };
  const checked: CheckedFile[] = [];
  for (const file of present) {
    const fileName = cleanFileName(file.name);
    if (file.size === 0) {
      errors.push(`附件“${fileName}”是空文件`);
      continue;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      errors.push(`附件“${fileName}”超过 5 MB`);
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = sniffType(bytes);
    if (!type) {
      errors.push(`附件“${fileName}”不是 JPEG、PNG、GIF、WebP 图片或 PDF 文件`);
      continue;
    }
    checked.push({ fileName, ...type, bytes });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files: checked };
}

function uploadRoot(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().UPLOAD_DIR);
}

/** The absolute path of a stored key, or null if it would leave UPLOAD_DIR. */
export function storagePath(storageKey: string): string | null {
  const root = uploadRoot();
  const file = path.resolve(root, storageKey);
  return file.startsWith(root + path.sep) ? file : null;
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
export async function storeAttachments(files: CheckedFile[]): Promise<StoredFile[]> {
  const stored: StoredFile[] = [];
  if (files.length === 0) return stored;
  const dir = path.join(uploadRoot(), ATTACHMENT_DIR);
  await mkdir(dir, { recursive: true });
  try {
    for (const file of files) {
      const storageKey = `${ATTACHMENT_DIR}/${randomUUID()}.${file.extension}`;
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
    const file = storagePath(key);
    if (!file) continue;
    await unlink(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    await unlink(`${file}.part`).catch(() => undefined);
  }
}
