"use server";

import { redirect } from "next/navigation";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import { validatedAction } from "@/lib/forms/action";
import { requestClientAddress } from "@/lib/http/request";
import { previewTemplate, saveTemplate, templateFieldErrors, templateSchema } from "@/lib/notices/templates";

// /admin/notices/<kind>: 预览 renders the typed text with sample values (nothing saved);
// 保存 checks the placeholders and saves (audited in lib/notices/templates.ts).
export const saveTemplateAction = validatedAction({
  schema: templateSchema,
  prepare: async () => {
    await assertSameOrigin();
    return { actor: await requireStaffPermission("manage:notice:any", "/admin/notices"), ip: await requestClientAddress() };
  },
  handler: async (data, { actor, ip }, formData) => {
    if (formData.get("intent") === "preview") {
      const fieldErrors = templateFieldErrors(data.kind, data);
      if (fieldErrors) return { fieldErrors };
      return { status: "success", data: { subject: data.subject, body: data.body, preview: previewTemplate(data.kind, data) } };
    }
    const result = await saveTemplate(actor, data, ip);
    if (!result.ok) return { fieldErrors: result.fieldErrors };
    redirect(`/admin/notices?saved=${encodeURIComponent(data.kind)}`);
  },
});
