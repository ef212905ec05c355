"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import { validatedAction } from "@/lib/forms/action";
import { requestClientAddress } from "@/lib/http/request";
import { guestSchema, interviewIdSchema, interviewSchema, putQuestionSchema, questionIdSchema, rejectQuestionSchema, switchSchema, turnSchema, type TurnInput } from "@/lib/interviews/fields";
import type { PhotoUpload } from "@/lib/interviews/photos";
import { approveQuestion, putQuestionToGuest, rejectQuestion } from "@/lib/interviews/questions";
import { addGuest, createInterview, postTurn, removeGuest, setInterviewPublished, setLiveSwitch, updateInterview } from "@/lib/interviews/staff";
import type { LiveSwitch } from "@/lib/interviews/status";

// Server actions of /admin/interviews. Each checks the origin and its permission itself; the
// lib/interviews functions check the permission again and audit every change.

async function prepare() {
  await assertSameOrigin();
  return requireStaffPermission("manage:interview:any", "/admin/interviews");
}

async function prepareModeration() {
  await assertSameOrigin();
  return requireStaffPermission("moderate:interviewquestion:any", "/admin/interviews/questions");
}

const interviewId = (value: FormDataEntryValue | null) => (typeof value === "string" && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null);

async function photoOf(formData: FormData, field: string): Promise<PhotoUpload> {
  const file = formData.get(field);
  return file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
}

export const saveInterviewAction = validatedAction({
  schema: interviewSchema,
  prepare,
  handler: async (input, actor, formData) => {
    const id = interviewId(formData.get("interviewId"));
    const ip = await requestClientAddress();
    const result = id ? await updateInterview(actor, id, input, ip) : await createInterview(actor, input, ip);
    if (!result.ok) return { fieldErrors: result.fieldErrors, ...(result.formError ? { formError: result.formError } : {}) };
    redirect(`/admin/interviews/${result.id}?saved=1`);
  },
});

export const publishInterviewAction = validatedAction({
  schema: interviewIdSchema.extend({ publish: z.enum(["1", "0"], { error: "操作无效" }) }),
  prepare,
  handler: async ({ interviewId, publish }, actor) => {
    const result = await setInterviewPublished(actor, interviewId, publish === "1", await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: result.formError };
    redirect(`/admin/interviews/${interviewId}?done=${publish === "1" ? "publish" : "unpublish"}`);
  },
});

export const switchInterviewAction = validatedAction({
  schema: switchSchema,
  prepare,
  handler: async ({ interviewId, liveSwitch }, actor) => {
    const result = await setLiveSwitch(actor, interviewId, liveSwitch as LiveSwitch, await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: result.formError };
    redirect(`/admin/interviews/${interviewId}?done=switch`);
  },
});

export const addGuestAction = validatedAction({
  schema: guestSchema,
  prepare,
  handler: async (input, actor, formData) => {
    const result = await addGuest(actor, input, await photoOf(formData, "photo"), await requestClientAddress());
    if (!result.ok) return { fieldErrors: result.fieldErrors, ...(result.formError ? { formError: result.formError } : {}) };
    redirect(`/admin/interviews/${input.interviewId}?done=guest#guests`);
  },
});

export const removeGuestAction = validatedAction({
  schema: z.object({ guestId: z.coerce.number().int().positive("嘉宾编号无效").max(2_000_000_000, "嘉宾编号无效") }),
  prepare,
  handler: async ({ guestId }, actor) => {
    const result = await removeGuest(actor, guestId, await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: result.formError };
    redirect(`/admin/interviews/${result.interviewId}?done=guest_removed#guests`);
  },
});

export const postTurnAction = validatedAction({
  schema: turnSchema,
  prepare,
  handler: async (input, actor, formData) => {
    const result = await postTurn(actor, input as TurnInput, await photoOf(formData, "photo"), await requestClientAddress());
    if (!result.ok) return { fieldErrors: result.fieldErrors, ...(result.formError ? { formError: result.formError } : {}) };
    // Back to the form with the speaker kept: the next turn is often the same person's.
    const keep = new URLSearchParams({ posted: String(result.id), role: input.role, speaker: input.speaker });
    redirect(`/admin/interviews/${input.interviewId}?${keep.toString()}#turn-form`);
  },
});

export const approveQuestionAction = validatedAction({
  schema: questionIdSchema,
  prepare: prepareModeration,
  handler: async ({ questionId }, actor) => {
    const result = await approveQuestion(actor, questionId, await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: result.formError };
    redirect("/admin/interviews/questions?done=approved");
  },
});

export const rejectQuestionAction = validatedAction({
  schema: rejectQuestionSchema,
  prepare: prepareModeration,
  handler: async ({ questionId, reason }, actor) => {
    const result = await rejectQuestion(actor, questionId, reason, await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: result.formError };
    redirect("/admin/interviews/questions?done=rejected");
  },
});

export const putQuestionAction = validatedAction({
  schema: putQuestionSchema,
  prepare: prepareModeration,
  handler: async ({ questionId, put }, actor) => {
    const result = await putQuestionToGuest(actor, questionId, put === "1", await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: result.formError };
    redirect(`/admin/interviews/questions?done=${put === "1" ? "put" : "unput"}`);
  },
});
