"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import { isTransition } from "@/lib/content/workflow";
import { validatedAction } from "@/lib/forms/action";
import { requestClientAddress } from "@/lib/http/request";
import { addBlankForm, removeBlankForm } from "@/lib/services/blank-forms";
import { serviceGuideSchema } from "@/lib/services/fields";
import { createGuide, servicePermissionFor, transitionGuide, updateGuide } from "@/lib/services/guides";

// Server actions of /admin/services. Each checks the origin and its permission itself; the
// lib/services functions check the permission again and audit every change.

async function prepareServices(returnTo: string) {
  await assertSameOrigin();
  return requireStaffPermission("manage:service:any", returnTo);
}

const guideId = (value: FormDataEntryValue | null) => (typeof value === "string" && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null);

export const saveGuideAction = validatedAction({
  schema: serviceGuideSchema,
  prepare: () => prepareServices("/admin/services"),
  handler: async (input, actor, formData) => {
    const id = guideId(formData.get("id"));
    const ip = await requestClientAddress();
    const result = id ? await updateGuide(actor, id, input, ip) : await createGuide(actor, input, ip);
    if (!result.ok) return "notFound" in result ? { fieldErrors: {}, formError: "未找到该办事指南" } : { fieldErrors: result.fieldErrors };
    redirect(`/admin/services/${result.id}?saved=1`);
  },
});

export const transitionGuideAction = validatedAction({
  schema: z.object({ id: z.coerce.number().int().positive("办事指南编号无效"), transition: z.string().refine(isTransition, "操作无效") }),
  prepare: () => prepareServices("/admin/services"),
  handler: async ({ id, transition }, actor) => {
    if (!isTransition(transition)) return { fieldErrors: {}, formError: "操作无效" };
    await requireStaffPermission(servicePermissionFor(transition), `/admin/services/${id}`);
    const result = await transitionGuide(actor, id, transition, await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: result.reason === "not_found" ? "未找到该办事指南" : "办事指南当前状态不允许此操作，请刷新页面" };
    redirect(`/admin/services/${id}?done=${transition}`);
  },
});

/** 空白表格: a blank form for one of the guide's materials (a new upload replaces the old one). */
export const uploadBlankFormAction = validatedAction({
  schema: z.object({
    guideId: z.coerce.number().int().positive("办事指南编号无效"),
    materialName: z.string().trim().min(1, "请选择申请材料").max(200, "请选择申请材料"),
  }),
  prepare: () => prepareServices("/admin/services"),
  handler: async ({ guideId, materialName }, actor, formData) => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: ["请选择要上传的文件"] } };
    const result = await addBlankForm(actor, guideId, materialName, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, await requestClientAddress());
    if (!result.ok) return { fieldErrors: { file: [result.error] } };
    redirect(`/admin/services/${guideId}?form=added#blank-forms`);
  },
});

export const removeBlankFormAction = validatedAction({
  schema: z.object({ formId: z.coerce.number().int().positive("表格编号无效") }),
  prepare: () => prepareServices("/admin/services"),
  handler: async ({ formId }, actor) => {
    const result = await removeBlankForm(actor, formId, await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: "未找到该表格" };
    redirect(`/admin/services/${result.guideId}?form=removed#blank-forms`);
  },
});
