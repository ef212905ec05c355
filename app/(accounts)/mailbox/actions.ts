"use server";

import { redirect } from "next/navigation";
import { requestClientAddress } from "@/lib/http/request";
import { assertSameOrigin, requirePermission } from "@/lib/auth/current";
import { validatedAction, type FormState } from "@/lib/forms/action";
import { resetTrackingCode } from "@/lib/mailbox/mine";
import { rateLetter } from "@/lib/mailbox/rating";
import { receiptPath, setReceipt } from "@/lib/mailbox/receipt";
import { submitLetter } from "@/lib/mailbox/submit";
import { ADDRESS_LIMITED_MESSAGE, LETTER_LIMITED_MESSAGE, NOT_FOUND_MESSAGE, trackLetter, type WriterLetter } from "@/lib/mailbox/track";
import { letterSchema, ratingSchema, trackSchema } from "@/lib/mailbox/validation";

// The mailbox's server actions: writing (residents), rating (the writer) and tracking
// (anyone: the 信件编号 + 查询码 pair is the credential, attempts are rate-limited per client).

export const submitLetterAction = validatedAction({
  schema: letterSchema,
  prepare: async () => {
    await assertSameOrigin();
    return requirePermission("write:letter:own", "/mailbox/write");
  },
  handler: async (data, actor, formData) => {
    const files = formData.getAll("attachments").filter((value): value is File => typeof value !== "string");
    const result = await submitLetter(actor, data, files);
    if (!result.ok) return { fieldErrors: result.fieldErrors, ...(result.formError ? { formError: result.formError } : {}) };
    if (result.trackingCode) await setReceipt({ number: result.number, trackingCode: result.trackingCode, writerId: actor.id });
    redirect(receiptPath(result.number));
  },
});

/** A new 查询码 for the writer's own letter, shown once on the confirmation page. */
export async function resetTrackingCodeAction(formData: FormData): Promise<void> {
  await assertSameOrigin();
  const actor = await requirePermission("write:letter:own", "/account");
  const number = String(formData.get("number") ?? "");
  const trackingCode = await resetTrackingCode(actor, number);
  if (!trackingCode) redirect("/account");
  await setReceipt({ number, trackingCode, writerId: actor.id });
  redirect(receiptPath(number));
}

export const rateLetterAction = validatedAction({
  schema: ratingSchema,
  prepare: async () => {
    await assertSameOrigin();
    return requirePermission("write:letter:own", "/account");
  },
  handler: async (data, actor) => {
    const result = await rateLetter(actor, data);
    if (!result.ok) return { fieldErrors: {}, formError: result.formError };
    redirect("/account?rated=1");
  },
});

export type TrackState = FormState<WriterLetter>;

export const trackLetterAction: (previous: TrackState, formData: FormData) => Promise<TrackState> = validatedAction({
  schema: trackSchema,
  prepare: assertSameOrigin,
  handler: async (data) => {
    const result = await trackLetter(data.number, data.code, (await requestClientAddress()) ?? "unknown");
    if (result.kind === "rate-limited") {
      return { fieldErrors: {}, formError: result.per === "letter" ? LETTER_LIMITED_MESSAGE : ADDRESS_LIMITED_MESSAGE };
    }
    if (result.kind === "not-found") return { fieldErrors: {}, formError: NOT_FOUND_MESSAGE };
    return { status: "success", data: result.letter };
  },
});
