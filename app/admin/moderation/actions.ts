"use server";

import { redirect } from "next/navigation";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import { approveSchema, reasonSchema, rejectSchema, removeSchema, wordSchema } from "@/lib/comments/fields";
import { addReason, approveComment, rejectComment, removeReason, type ModerationResult } from "@/lib/comments/moderation";
import { addSensitiveWord, removeSensitiveWord } from "@/lib/comments/words";
import { validatedAction } from "@/lib/forms/action";
import { requestClientAddress } from "@/lib/http/request";

// /admin/moderation and /admin/moderation/words. Each checks the origin and the permission;
// lib/comments checks it again and the comment's status.

function prepare(returnTo: string) {
  return async () => {
    await assertSameOrigin();
    return { actor: await requireStaffPermission("moderate:comment:any", returnTo), ip: await requestClientAddress() };
  };
}

function done(result: ModerationResult, notice: string) {
  if (!result.ok) return result;
  redirect(`/admin/moderation?done=${notice}`);
}

export const approveCommentAction = validatedAction({
  schema: approveSchema,
  prepare: prepare("/admin/moderation"),
  handler: async (data, { actor, ip }) => done(await approveComment(actor, data.commentId, ip), "approved"),
});

export const rejectCommentAction = validatedAction({
  schema: rejectSchema,
  prepare: prepare("/admin/moderation"),
  handler: async (data, { actor, ip }) => done(await rejectComment(actor, data, ip), "rejected"),
});

export const addWordAction = validatedAction({
  schema: wordSchema,
  prepare: prepare("/admin/moderation/words"),
  handler: async (data, { actor, ip }) => {
    const result = await addSensitiveWord(actor, data, ip);
    if (!result.ok) return result;
    redirect("/admin/moderation/words?done=word_added");
  },
});

export const removeWordAction = validatedAction({
  schema: removeSchema,
  prepare: prepare("/admin/moderation/words"),
  handler: async (data, { actor, ip }) => {
    await removeSensitiveWord(actor, data.id, ip);
    redirect("/admin/moderation/words?done=word_removed");
  },
});

export const addReasonAction = validatedAction({
  schema: reasonSchema,
  prepare: prepare("/admin/moderation/words"),
  handler: async (data, { actor, ip }) => {
    const result = await addReason(actor, data, ip);
    if (!result.ok) return result;
    redirect("/admin/moderation/words?done=reason_added");
  },
});

export const removeReasonAction = validatedAction({
  schema: removeSchema,
  prepare: prepare("/admin/moderation/words"),
  handler: async (data, { actor, ip }) => {
    await removeReason(actor, data.id, ip);
    redirect("/admin/moderation/words?done=reason_removed");
  },
});
