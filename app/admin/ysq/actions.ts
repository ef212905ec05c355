"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requestClientAddress } from "@/lib/http/request";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import type { Permission } from "@/lib/auth/permissions";
import { validatedAction, type FormState } from "@/lib/forms/action";
import { checkAttachments } from "@/lib/mailbox/attachments";
import { OUTCOMES } from "@/lib/ysq/fields";
import { enterInfoRequest } from "@/lib/ysq/intake";
import { staffInfoRequestSchema } from "@/lib/ysq/validation";
import { decideExtension, registerRequest, replyToRequest, requestCorrection, requestExtension, type WorkflowResult } from "@/lib/ysq/workflow";

// The request page's forms (/admin/ysq/[id]). Each checks the origin and a permission; the
// lib/ysq functions check the request's status themselves.

const requestId = z.coerce.number({ message: "申请编号无效" }).int().positive("申请编号无效");

function prepare(permission: Permission) {
  return async () => {
    await assertSameOrigin();
    return { actor: await requireStaffPermission(permission, "/admin/ysq"), ip: await requestClientAddress() };
  };
}

function done(result: WorkflowResult, id: number, notice: string) {
  if (!result.ok) return { fieldErrors: {}, formError: result.error };
  redirect(`/admin/ysq/${id}?done=${notice}`);
}

export const registerAction = validatedAction({
  schema: z.object({ requestId }),
  prepare: prepare("handle:inforequest:any"),
  handler: async (data, { actor, ip }) => done(await registerRequest(actor, data.requestId, { ip }), data.requestId, "register"),
});

export const correctionAction = validatedAction({
  schema: z.object({ requestId, correctionRequest: z.string().trim().min(1, "请填写需要补正的内容").max(2000, "补正告知最多 2000 个字") }),
  prepare: prepare("handle:inforequest:any"),
  handler: async (data, { actor, ip }) =>
    done(await requestCorrection(actor, data.requestId, { request: data.correctionRequest }, { ip }), data.requestId, "correction"),
});

export const extensionRequestAction = validatedAction({
  schema: z.object({ requestId, extensionReason: z.string().trim().min(1, "请填写延期的理由").max(500, "理由最多 500 个字") }),
  prepare: prepare("handle:inforequest:any"),
  handler: async (data, { actor, ip }) =>
    done(await requestExtension(actor, data.requestId, { reason: data.extensionReason }, { ip }), data.requestId, "extension_request"),
});

export const extensionDecisionAction = validatedAction({
  schema: z.object({
    requestId,
    decision: z.enum(["grant", "refuse"], { message: "请选择同意或不同意" }),
    decisionNote: z.string().trim().max(500, "说明最多 500 个字").optional(),
  }),
  prepare: prepare("decide:extension:any"),
  handler: async (data, { actor, ip }) =>
    done(await decideExtension(actor, data.requestId, { grant: data.decision === "grant", note: data.decisionNote }, { ip }), data.requestId, "extension_decided"),
});

export const replyAction = validatedAction({
  schema: z.object({
    requestId,
    outcome: z.enum(OUTCOMES, { message: "请选择答复结果" }),
    legalBasis: z.string().trim().min(1, "请填写答复依据").max(1000, "答复依据最多 1000 个字"),
    reply: z.string().trim().min(5, "答复内容至少 5 个字").max(10_000, "答复内容最多 10000 个字"),
  }),
  prepare: prepare("handle:inforequest:any"),
  handler: async (data, { actor, ip }, formData) => {
    const checked = await checkAttachments(formData.getAll("attachments").filter((value): value is File => typeof value !== "string"));
    if (!checked.ok) return { fieldErrors: { attachments: checked.errors } };
    const input = { outcome: data.outcome, legalBasis: data.legalBasis, reply: data.reply, files: checked.files };
    return done(await replyToRequest(actor, data.requestId, input, { ip }), data.requestId, "reply");
  },
});

export type EnterRequestState = FormState<{ id: number; number: string; trackingCode: string | null }>;

/** A request received by letter, in person or by fax, entered and registered by staff. */
export const enterRequestAction: (previous: EnterRequestState, formData: FormData) => Promise<EnterRequestState> = validatedAction({
  schema: staffInfoRequestSchema,
  prepare: prepare("handle:inforequest:any"),
  handler: async (data, { actor, ip }) => {
    const result = await enterInfoRequest(actor, data, ip);
    if (!result.ok) return { fieldErrors: {}, formError: result.formError };
    if (result.duplicate || !result.id) return { fieldErrors: {}, formError: `该申请已登记（${result.number}），请勿重复提交。` };
    return { status: "success", data: { id: result.id, number: result.number, trackingCode: result.trackingCode } };
  },
});
