"use server";

import { redirect } from "next/navigation";
import { assertSameOrigin, requirePermission } from "@/lib/auth/current";
import { voteSchema } from "@/lib/evaluations/fields";
import { revalidateEvaluationResults } from "@/lib/evaluations/revalidate";
import { castVote } from "@/lib/evaluations/voting";
import { validatedAction } from "@/lib/forms/action";

// 网上评议: a resident rates one object of an open round (lib/evaluations/voting.ts). The
// round's public page is refreshed at once, so the counts there follow the votes.
export const voteAction = validatedAction({
  schema: voteSchema,
  prepare: async () => {
    await assertSameOrigin();
    return requirePermission("rate:evaluation:own", "/account");
  },
  handler: async (input, actor) => {
    const result = await castVote(actor, input);
    if (!result.ok) return { fieldErrors: result.fieldErrors, ...(result.formError ? { formError: result.formError } : {}) };
    revalidateEvaluationResults(input.roundId);
    redirect(`/account/evaluations/${input.roundId}?saved=${input.objectId}#object-${input.objectId}`);
  },
});
