"use server";

import { redirect } from "next/navigation";
import { assertSameOrigin, requirePermission } from "@/lib/auth/current";
import { validatedAction } from "@/lib/forms/action";
import { questionSchema } from "@/lib/interviews/fields";
import { submitQuestion } from "@/lib/interviews/questions";

// A resident's question to a 嘉宾访谈 (/account/interviews/<id>); it waits for moderation.
export const submitQuestionAction = validatedAction({
  schema: questionSchema,
  prepare: async () => {
    await assertSameOrigin();
    return requirePermission("write:interviewquestion:own", "/account");
  },
  handler: async (input, actor) => {
    const result = await submitQuestion(actor, input);
    if (!result.ok) return { fieldErrors: result.fieldErrors, ...(result.formError ? { formError: result.formError } : {}) };
    redirect(`/account/interviews/${input.interviewId}?sent=1`);
  },
});
