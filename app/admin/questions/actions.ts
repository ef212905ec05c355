"use server";

import { redirect } from "next/navigation";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import { validatedAction } from "@/lib/forms/action";
import { requestClientAddress } from "@/lib/http/request";
import { answerSchema, reassignSchema } from "@/lib/questions/fields";
import { answerQuestion, reassignQuestion } from "@/lib/questions/staff";

// /admin/questions/<id>: answer (handlers of the department, admins) and reassign (admins).
// Each checks the origin and the permission; lib/questions checks the scope and the state.

export const answerQuestionAction = validatedAction({
  schema: answerSchema,
  prepare: async () => {
    await assertSameOrigin();
    return { actor: await requireStaffPermission("answer:question:department", "/admin/questions"), ip: await requestClientAddress() };
  },
  handler: async (input, { actor, ip }) => {
    const result = await answerQuestion(actor, input, ip);
    if (!result.ok) return result;
    redirect(`/admin/questions/${input.questionId}?done=answered`);
  },
});

export const reassignQuestionAction = validatedAction({
  schema: reassignSchema,
  prepare: async () => {
    await assertSameOrigin();
    return { actor: await requireStaffPermission("assign:question:any", "/admin/questions"), ip: await requestClientAddress() };
  },
  handler: async (input, { actor, ip }) => {
    const result = await reassignQuestion(actor, input, ip);
    if (!result.ok) return result;
    redirect(`/admin/questions/${input.questionId}?done=reassigned`);
  },
});
