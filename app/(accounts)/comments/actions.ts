"use server";

import { assertSameOrigin, requirePermission } from "@/lib/auth/current";
import { commentSchema, reportSchema, REPORTED_MESSAGE, SUBMITTED_MESSAGE } from "@/lib/comments/fields";
import { reportComment, submitComment } from "@/lib/comments/submit";
import { validatedAction } from "@/lib/forms/action";

// The comment section's forms on cached public pages (components/comments). They post to these
// actions, which also work without JavaScript: Next answers the POST with the page rendered
// for this request, holding the returned state; the cached page itself never holds it.

const prepare = async () => {
  await assertSameOrigin();
  return requirePermission("write:comment:own", "/account");
};

export const submitCommentAction = validatedAction({
  schema: commentSchema,
  prepare,
  handler: async (data, actor) => {
    const result = await submitComment(actor, data);
    if (!result.ok) return result;
    return { status: "success", message: SUBMITTED_MESSAGE };
  },
});

export const reportCommentAction = validatedAction({
  schema: reportSchema,
  prepare,
  handler: async (data, actor) => {
    const result = await reportComment(actor, data.commentId);
    if (!result.ok) return { fieldErrors: {}, formError: result.formError };
    return { status: "success", message: REPORTED_MESSAGE };
  },
});
