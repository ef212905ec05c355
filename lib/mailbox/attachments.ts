import { safeFileName } from "@/lib/files/names";
import { SIGNATURES } from "@/lib/files/signatures";
import type { CheckedFile } from "@/lib/files/store";

// Letter attachments, and the files of a 依申请公开 reply (lib/ysq/workflow.ts): up to 3 images
// (JPEG, PNG, GIF, WebP) or PDFs of at most 5 MB each. The type is read from the file's first
// bytes, never from its name or the browser's claim. The files are then written with
// lib/files/store.ts before the record's transaction and removed again if it fails.

export const MAX_ATTACHMENTS = 3;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_DIR = "mailbox";

const ACCEPTED_TYPES: { mimeType: string; extension: string; matches: (bytes: Uint8Array) => boolean }[] = [
  { mimeType: "image/jpeg", extension: "jpg", matches: SIGNATURES.jpeg },
  { mimeType: "image/png", extension: "png", matches: SIGNATURES.png },
  { mimeType: "image/gif", extension: "gif", matches: SIGNATURES.gif },
  { mimeType: "image/webp", extension: "webp", matches: SIGNATURES.webp },
  { mimeType: "application/pdf", extension: "pdf", matches: SIGNATURES.pdf },
];

/** The type the content shows, or null for anything else. */
export function sniffType(bytes: Uint8Array): { mimeType: string; extension: string } | null {
  const found = ACCEPTED_TYPES.find((signature) => signature.matches(bytes));
  return found ? { mimeType: found.mimeType, extension: found.extension } : null;
}


const FILE_NAME_MAX = 120;

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
    const fileName = safeFileName(file.name, { maxLength: FILE_NAME_MAX });
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
    checked.push({ fileName: safeFileName(file.name, { extension: type.extension, maxLength: FILE_NAME_MAX }), ...type, bytes });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files: checked };
}
