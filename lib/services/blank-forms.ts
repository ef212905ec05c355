import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { checkStaffFile } from "@/lib/content/attachments";
import { assertCan } from "@/lib/content/permission";
import { db } from "@/lib/db/client";
import { removeStoredFiles, storeAttachments } from "@/lib/files/store";
import { readUpload } from "@/lib/files/uploads";
import { materialsJson, readList } from "./fields";
import { revalidateServiceGuide } from "./revalidate";

// 空白表格: a blank form for one 申请材料 of a guide, uploaded by staff with manage:service:any
// (the article attachments' file rules: PDF, Word, Excel, images, 20 MB) and downloaded from
// the guide's page at /files/forms/<id> while the guide is published. A form belongs to the
// material by its name (materials are JSON, see docs/decisions/0017); a new upload for the
// same material replaces the old file. Every change is audited and the guide's page
// revalidated.

export const BLANK_FORM_FOLDER = "forms";

export type BlankFormResult = { ok: true } | { ok: false; error: string };

export async function listBlankForms(guideId: number) {
  return db.serviceBlankForm.findMany({
    where: { guideId },
    select: { id: true, materialName: true, fileName: true, size: true },
    orderBy: { id: "asc" },
  });
}

export async function addBlankForm(
  actor: Actor,
  guideId: number,
  materialName: string,
  file: { name: string; bytes: Uint8Array },
  ip: string | null,
): Promise<BlankFormResult> {
  await assertCan(actor, "manage:service:any", ip);
  const guide = await db.serviceGuide.findUnique({ where: { id: guideId }, select: { code: true, status: true, materials: true } });
  if (!guide) return { ok: false, error: "未找到该办事指南" };
  if (!readList(materialsJson, guide.materials).some((material) => material.name === materialName)) return { ok: false, error: "请选择申请材料" };
  const checked = checkStaffFile(file);
  if (!checked.ok) return { ok: false, error: checked.error };
  const [stored] = await storeAttachments([checked.file], BLANK_FORM_FOLDER);
  let replaced: string[] = [];
  try {
    replaced = await db.$transaction(async (tx) => {
      const old = await tx.serviceBlankForm.findMany({ where: { guideId, materialName }, select: { storageKey: true } });
      await tx.serviceBlankForm.deleteMany({ where: { guideId, materialName } });
      await tx.serviceBlankForm.create({ data: { guideId, materialName, ...stored! }, select: { id: true } });
      return old.map((form) => form.storageKey);
    });
  } catch (error) {
    await removeStoredFiles([stored!.storageKey]);
    throw error;
  }
  await removeStoredFiles(replaced);
  await record({ actor, action: "service.blank_form_add", outcome: "success", targetType: "service", targetId: guideId, ip, detail: `${materialName}：${stored!.fileName}` });
  if (guide.status === "published") revalidateServiceGuide([guide.code]);
  return { ok: true };
}

export async function removeBlankForm(actor: Actor, formId: number, ip: string | null): Promise<{ ok: true; guideId: number } | { ok: false }> {
  await assertCan(actor, "manage:service:any", ip);
  const form = await db.serviceBlankForm.findUnique({
    where: { id: formId },
    select: { guideId: true, materialName: true, storageKey: true, fileName: true, guide: { select: { code: true, status: true } } },
  });
  if (!form) return { ok: false };
  await db.serviceBlankForm.delete({ where: { id: formId }, select: { id: true } });
  await removeStoredFiles([form.storageKey]);
  await record({ actor, action: "service.blank_form_remove", outcome: "success", targetType: "service", targetId: form.guideId, ip, detail: `${form.materialName}：${form.fileName}` });
  if (form.guide.status === "published") revalidateServiceGuide([form.guide.code]);
  return { ok: true, guideId: form.guideId };
}

/** A blank form of a published guide; null otherwise. */
export async function readPublishedBlankForm(formId: number) {
  const form = await db.serviceBlankForm.findFirst({
    where: { id: formId, guide: { status: "published" } },
    select: { fileName: true, mimeType: true, storageKey: true },
  });
  if (!form) return null;
  const bytes = await readUpload(form.storageKey);
  return bytes ? { fileName: form.fileName, mimeType: form.mimeType, bytes } : null;
}
