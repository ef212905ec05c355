"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import { isTransition } from "@/lib/content/workflow";
import { validatedAction } from "@/lib/forms/action";
import { requestClientAddress } from "@/lib/http/request";
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
