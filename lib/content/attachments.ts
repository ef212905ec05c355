import path from "node:path";
import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { safeFileName } from "@/lib/files/names";
import { SIGNATURES } from "@/lib/files/signatures";
import { removeStoredFiles, storeAttachments, type CheckedFile } from "@/lib/files/store";
import { assertCan } from "./permission";
import { revalidateArticle } from "./revalidate";

// Attachments of articles, uploaded by staff. The type is decided by the file's bytes (its
// signature), and the name's extension must agree; the name the browser sent is kept only
// for display. Files are stored in UPLOAD_DIR/attachments/ under a random name
// (lib/files/store.ts), like the demo attachments (prisma/seed.ts), and served by
// app/files/[id] once the article is public.

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const ATTACHMENT_HINT = "PDF、Word、Excel、PowerPoint 文件或 PNG、JPEG、GIF 图片，不超过 20 MB";

const TYPES: { extensions: string[]; mimeType: string; matches: (bytes: Uint8Array) => boolean }[] = [
  { extensions: ["pdf"], mimeType: "application/pdf", matches: SIGNATURES.pdf },
  { extensions: ["png"], mimeType: "image/png", matches: SIGNATURES.png },
  { extensions: ["jpg", "jpeg"], mimeType: "image/jpeg", matches: SIGNATURES.jpeg },
  { extensions: ["gif"], mimeType: "image/gif", matches: SIGNATURES.gif },
  { extensions: ["doc"], mimeType: "application/msword", matches: SIGNATURES.ole },
  { extensions: ["xls"], mimeType: "application/vnd.ms-excel", matches: SIGNATURES.ole },
  { extensions: ["ppt"], mimeType: "application/vnd.ms-powerpoint", matches: SIGNATURES.ole },
  { extensions: ["docx"], mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", matches: SIGNATURES.ooxml("word") },
  { extensions: ["xlsx"], mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", matches: SIGNATURES.ooxml("xl") },
  { extensions: ["pptx"], mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", matches: SIGNATURES.ooxml("ppt") },
];

/** The accepted type of a file, from its bytes and name, or null. */
export function detectAttachmentType(fileName: string, bytes: Uint8Array): { mimeType: string; extension: string } | null {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  const type = TYPES.find((candidate) => candidate.extensions.includes(extension));
  return type && type.matches(bytes) ? { mimeType: type.mimeType, extension } : null;
}

/** The name to show: no folders, no control or format characters, at most 200 characters. */
export function displayName(fileName: string): string {
  return safeFileName(fileName, { maxLength: 200 });
}

export type UploadResult = { ok: true; id: number } | { ok: false; error: string };

/**
 * Checks a file staff upload (article attachments, blank forms of 办事指南): not empty, at most
 * 20 MB, of an accepted type whose bytes agree with the name's extension.
 */
export function checkStaffFile(file: { name: string; bytes: Uint8Array }): { ok: true; file: CheckedFile } | { ok: false; error: string; wrongType?: true } {
  if (file.bytes.length === 0) return { ok: false, error: "请选择要上传的文件" };
  if (file.bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, error: "文件不能超过 20 MB" };
  const fileName = displayName(file.name);
  const type = detectAttachmentType(fileName, file.bytes);
  if (!type) return { ok: false, error: `文件类型不符：只接受${ATTACHMENT_HINT}，且文件内容须与扩展名一致`, wrongType: true };
  return { ok: true, file: { fileName, ...type, bytes: file.bytes } };
}

export async function addAttachment(
  actor: Actor,
  articleId: number,
  file: { name: string; bytes: Uint8Array },
  ip: string | null,
): Promise<UploadResult> {
  await assertCan(actor, "manage:content:any", ip);
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, categoryId: true, publishedAt: true, status: true } });
  if (!article) return { ok: false, error: "未找到该文章" };
  const checked = checkStaffFile(file);
  if (!checked.ok) {
    if (checked.wrongType) await record({ actor, action: "content.attachment_add", outcome: "failed", targetType: "article", targetId: articleId, ip, detail: "文件类型不符" });
    return { ok: false, error: checked.error };
  }
  const [stored] = await storeAttachments([checked.file], "attachments");
  let id: number;
  try {
    ({ id } = await db.attachment.create({ data: { articleId, ...stored! }, select: { id: true } }));
  } catch (error) {
    await removeStoredFiles([stored!.storageKey]);
    throw error;
  }
  const fileName = checked.file.fileName;
  await record({ actor, action: "content.attachment_add", outcome: "success", targetType: "attachment", targetId: id, ip, detail: `文章 ${articleId}：${fileName}` });
  if (article.status === "published") await revalidateArticle(article, null);
  return { ok: true, id };
}

export async function removeAttachment(actor: Actor, attachmentId: number, ip: string | null): Promise<{ ok: boolean; articleId?: number }> {
  await assertCan(actor, "manage:content:any", ip);
  const attachment = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: { storageKey: true, fileName: true, article: { select: { id: true, categoryId: true, publishedAt: true, status: true } } },
  });
  if (!attachment) return { ok: false };
  await db.attachment.delete({ where: { id: attachmentId }, select: { id: true } });
  await removeStoredFiles([attachment.storageKey]);
  await record({ actor, action: "content.attachment_remove", outcome: "success", targetType: "attachment", targetId: attachmentId, ip, detail: `文章 ${attachment.article.id}：${attachment.fileName}` });
  if (attachment.article.status === "published") await revalidateArticle(attachment.article, null);
  return { ok: true, articleId: attachment.article.id };
}
