"use server";

import { redirect } from "next/navigation";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import { validatedAction } from "@/lib/forms/action";
import { requestClientAddress } from "@/lib/http/request";
import { questionIdSchema, rejectQuestionSchema } from "@/lib/questions/fields";
import { publishQuestion, rejectQuestion, withdrawQuestion, type ModerationResult } from "@/lib/questions/moderation";

// /admin/moderation/questions: publish, reject, withdraw. Each checks the origin and the
// permission; lib/questions checks it again and the question's state.

async function prepare() {
  await assertSameOrigin();
  return { actor: await requireStaffPermission("moderate:question:any", "/admin/moderation/questions"), ip: await requestClientAddress() };
}

function done(result: ModerationResult, notice: string) {
  if (!result.ok) return result;
  redirect(`/admin/moderation/questions?done=${notice}`);
}

export const publishQuestionAction = validatedAction({
  schema: questionIdSchema,
  prepare,
  handler: async (data, { actor, ip }) => done(await publishQuestion(actor, data.questionId, ip), "published"),
});

export const rejectQuestionAction = validatedAction({
  schema: rejectQuestionSchema,
  prepare,
  handler: async (data, { actor, ip }) => done(await rejectQuestion(actor, data, ip), "rejected"),
});

export const withdrawQuestionAction = validatedAction({
  schema: rejectQuestionSchema,
  prepare,
  handler: async (data, { actor, ip }) => done(await withdrawQuestion(actor, data, ip), "withdrawn"),
});
