import { checkStaffFile } from "@/lib/content/attachments";
import type { Tx } from "@/lib/accounts/submissions";
import { removeStoredFiles, storeAttachments, type CheckedFile } from "@/lib/files/store";

// Photos of an interview (guests' portraits, pictures in the transcript): the staff upload
// checks of lib/content/attachments.ts (type from the bytes, agreeing with the extension),
// images only and at most 5 MB, stored through the shared file store under interviews/.

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const PHOTO_HINT = "PNG、JPEG 或 GIF 图片，不超过 5 MB";

export type PhotoUpload = { name: string; bytes: Uint8Array } | null;

export function checkPhoto(file: { name: string; bytes: Uint8Array }): { ok: true; file: CheckedFile } | { ok: false; error: string } {
  if (file.bytes.length > MAX_PHOTO_BYTES) return { ok: false, error: "图片不能超过 5 MB" };
  const checked = checkStaffFile(file);
  if (!checked.ok) return { ok: false, error: checked.wrongType ? `图片类型不符：只接受${PHOTO_HINT}，且文件内容须与扩展名一致` : checked.error };
  if (!checked.file.mimeType.startsWith("image/")) return { ok: false, error: `图片类型不符：只接受${PHOTO_HINT}` };
  return checked;
}

/**
 * Stores a checked photo's file, then runs `write` with a function that creates its row in
 * the caller's transaction; when it throws or answers { ok: false } the file is removed again.
 */
export async function withStoredPhoto<T>(photo: CheckedFile | null, interviewId: number, write: (createPhoto: (tx: Tx) => Promise<number | null>) => Promise<T>): Promise<T> {
  const [stored] = photo ? await storeAttachments([photo], "interviews") : [];
  const createPhoto = async (tx: Tx) => (stored ? (await tx.interviewPhoto.create({ data: { interviewId, ...stored }, select: { id: true } })).id : null);
  try {
    const result = await write(createPhoto);
    if (stored && typeof result === "object" && result !== null && "ok" in result && result.ok === false) await removeStoredFiles([stored.storageKey]);
    return result;
  } catch (error) {
    if (stored) await removeStoredFiles([stored.storageKey]);
    throw error;
  }
}
