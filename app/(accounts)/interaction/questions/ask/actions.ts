"use server";

import { redirect } from "next/navigation";
import { assertSameOrigin, requirePermission } from "@/lib/auth/current";
import { validatedAction } from "@/lib/forms/action";
import { askQuestion, similarQuestions, type SimilarQuestion } from "@/lib/questions/ask";
import { askSchema } from "@/lib/questions/fields";

export interface AskStep {
  similar: SimilarQuestion[];
  values: Record<string, string>;
}

// /interaction/questions/ask in two steps: the first submission validates and, when answered
// public questions look similar, returns them with the typed values (the form shows them and a
// 确认提交 button carrying confirmed=1); the second, or a first with nothing similar, stores.
export const askQuestionAction = validatedAction({
  schema: askSchema,
  prepare: async () => {
    await assertSameOrigin();
    return requirePermission("write:question:own", "/interaction/questions/ask");
  },
  handler: async (input, actor, formData) => {
    if (!input.confirmed) {
      const similar = await similarQuestions(input.title);
      if (similar.length > 0) {
        const values: Record<string, string> = {};
        for (const name of ["departmentId", "themeId", "title", "content", "publicConsent", "submissionKey"]) {
          const value = formData.get(name);
          if (typeof value === "string") values[name] = value;
        }
        return { status: "success" as const, data: { similar, values } satisfies AskStep };
      }
    }
    const result = await askQuestion(actor, input);
    if (!result.ok) return { fieldErrors: result.fieldErrors, ...(result.formError ? { formError: result.formError } : {}) };
    redirect(`/interaction/questions/ask?sent=${result.id}`);
  },
});
