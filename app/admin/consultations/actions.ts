"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import { consultationIdSchema, consultationSchema, decisionSchema, feedbackSchema } from "@/lib/consultations/fields";
import {
  addConsultationAttachment,
  createConsultation,
  decideOpinion,
  publishFeedback,
  removeConsultationAttachment,
  setConsultationPublished,
  updateConsultation,
} from "@/lib/consultations/staff";
import { validatedAction } from "@/lib/forms/action";
import { requestClientAddress } from "@/lib/http/request";

// Server actions of /admin/consultations. Each checks the origin and its permission itself;
// the lib/consultations functions check the permission again and audit every change.

async function prepare() {
  await assertSameOrigin();
  return requireStaffPermission("manage:consultation:any", "/admin/consultations");
}

const consultationId = (value: FormDataEntryValue | null) => (typeof value === "string" && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null);

export const saveConsultationAction = validatedAction({
  schema: consultationSchema,
  prepare,
  handler: async (input, actor, formData) => {
    const id = consultationId(formData.get("consultationId"));
    const ip = await requestClientAddress();
    const result = id ? await updateConsultation(actor, id, input, ip) : await createConsultation(actor, input, ip);
    if (!result.ok) return { fieldErrors: result.fieldErrors, ...(result.formError ? { formError: result.formError } : {}) };
    redirect(`/admin/consultations/${result.id}?saved=1`);
  },
});

export const publishConsultationAction = validatedAction({
  schema: consultationIdSchema.extend({ publish: z.enum(["1", "0"], { error: "操作无效" }) }),
  prepare,
  handler: async ({ consultationId, publish }, actor) => {
    const result = await setConsultationPublished(actor, consultationId, publish === "1", await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: result.formError };
    redirect(`/admin/consultations/${consultationId}?done=${publish === "1" ? "publish" : "unpublish"}`);
  },
});

export const uploadConsultationAttachmentAction = validatedAction({
  schema: consultationIdSchema,
  prepare,
  handler: async ({ consultationId }, actor, formData) => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: ["请选择要上传的文件"] } };
    const result = await addConsultationAttachment(actor, consultationId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, await requestClientAddress());
    if (!result.ok) return { fieldErrors: { file: [result.error] } };
    redirect(`/admin/consultations/${consultationId}?uploaded=1#attachments`);
  },
});

export const removeConsultationAttachmentAction = validatedAction({
  schema: z.object({ attachmentId: z.coerce.number().int().positive("附件编号无效") }),
  prepare,
  handler: async ({ attachmentId }, actor) => {
    const result = await removeConsultationAttachment(actor, attachmentId, await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: "未找到该附件" };
    redirect(`/admin/consultations/${result.consultationId}?removed=1#attachments`);
  },
});

export const decideOpinionAction = validatedAction({
  schema: decisionSchema,
  prepare,
  handler: async (input, actor) => {
    const result = await decideOpinion(actor, input, await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: result.formError };
    redirect(`/admin/consultations/${result.consultationId}/opinions?decided=${input.opinionId}#opinion-${input.opinionId}`);
  },
});

export const publishFeedbackAction = validatedAction({
  schema: feedbackSchema,
  prepare,
  handler: async ({ consultationId, summary }, actor) => {
    const result = await publishFeedback(actor, consultationId, summary, await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: result.formError };
    redirect(`/admin/consultations/${consultationId}?done=feedback`);
  },
});
