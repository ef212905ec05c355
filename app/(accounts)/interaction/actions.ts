"use server";

import { redirect } from "next/navigation";
import { assertSameOrigin, requirePermission } from "@/lib/auth/current";
import { opinionSchema } from "@/lib/consultations/fields";
import { submitOpinion } from "@/lib/consultations/opinions";
import { validatedAction } from "@/lib/forms/action";

// A resident's opinion on a consultation (/interaction/opinion/<id>).
export const submitOpinionAction = validatedAction({
  schema: opinionSchema,
  prepare: async () => {
    await assertSameOrigin();
    return requirePermission("write:opinion:own", "/account");
  },
  handler: async (input, actor) => {
    const result = await submitOpinion(actor, input);
    if (!result.ok) return { fieldErrors: result.fieldErrors, ...(result.formError ? { formError: result.formError } : {}) };
    redirect(`/interaction/opinion/${input.consultationId}?sent=1`);
  },
});
