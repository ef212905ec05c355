"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import { moderateComment, saveRound, setRoundPublished } from "@/lib/evaluations/admin";
import { roundObjectsOf, roundSchema } from "@/lib/evaluations/fields";
import { validatedAction } from "@/lib/forms/action";
import { requestClientAddress } from "@/lib/http/request";

// Server actions of /admin/evaluations. Each checks the origin and its permission itself; the
// lib/evaluations functions check the permission again and audit every change.

const roundId = (value: FormDataEntryValue | null) => (typeof value === "string" && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null);

export const saveRoundAction = validatedAction({
  schema: roundSchema,
  prepare: async () => {
    await assertSameOrigin();
    return requireStaffPermission("manage:evaluation:any", "/admin/evaluations");
  },
  handler: async (input, actor, formData) => {
    const id = roundId(formData.get("id"));
    const result = await saveRound(actor, id, input, roundObjectsOf(formData), await requestClientAddress());
    if (!result.ok) return { fieldErrors: result.fieldErrors, ...(result.formError ? { formError: result.formError } : {}) };
    redirect(`/admin/evaluations/${result.id}?saved=1`);
  },
});

export const publishRoundAction = validatedAction({
  schema: z.object({ id: z.coerce.number().int().positive("评议编号无效"), publish: z.enum(["1", "0"], "操作无效") }),
  prepare: async () => {
    await assertSameOrigin();
    return requireStaffPermission("manage:evaluation:any", "/admin/evaluations");
  },
  handler: async ({ id, publish }, actor) => {
    const changed = await setRoundPublished(actor, id, publish === "1", await requestClientAddress());
    if (!changed) return { fieldErrors: {}, formError: "评议当前状态不允许此操作，请刷新页面" };
    redirect(`/admin/evaluations/${id}?done=${publish === "1" ? "publish" : "unpublish"}`);
  },
});

export const moderateEvaluationCommentAction = validatedAction({
  schema: z.object({
    roundId: z.coerce.number().int().positive("评议编号无效"),
    voteId: z.coerce.number().int().positive("意见编号无效"),
    decision: z.enum(["approve", "reject"], "操作无效"),
  }),
  prepare: async () => {
    await assertSameOrigin();
    return requireStaffPermission("moderate:comment:any", "/admin/evaluations");
  },
  handler: async ({ roundId, voteId, decision }, actor) => {
    const changed = await moderateComment(actor, roundId, voteId, decision, await requestClientAddress());
    if (!changed) return { fieldErrors: {}, formError: "未找到该意见，请刷新页面" };
    redirect(`/admin/evaluations/${roundId}/comments?done=${decision}`);
  },
});
