"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { assertSameOrigin, getSessionUser } from "@/lib/auth/current";
import { validatedAction, type FormState } from "@/lib/forms/action";
import { requestClientAddress } from "@/lib/http/request";
import { setYsqReceipt, ysqReceiptPath } from "@/lib/ysq/receipt";
import { submitInfoRequest } from "@/lib/ysq/submit";
import { answerCorrection, trackFailureMessage, trackInfoRequest, type ApplicantRequest } from "@/lib/ysq/track";
import { correctionAnswerSchema, infoRequestSchema, trackSchema } from "@/lib/ysq/validation";

// 依申请公开, the applicant's side: applying (anyone; a signed-in resident's request is linked to
// the account), tracking and answering a 补正 (the 申请编号 + 查询码 pair is the credential;
// attempts are rate-limited per number and per client address).

export const submitInfoRequestAction = validatedAction({
  schema: infoRequestSchema,
  prepare: async () => {
    await assertSameOrigin();
    return { actor: await getSessionUser(), ip: (await requestClientAddress()) ?? "unknown" };
  },
  handler: async (data, { actor, ip }) => {
    const result = await submitInfoRequest(actor && actor.role === "resident" ? actor : null, data, ip);
    if (!result.ok) return { fieldErrors: {}, formError: result.formError };
    if (result.trackingCode) await setYsqReceipt(result.number, result.trackingCode);
    redirect(ysqReceiptPath(result.number));
  },
});

/**
 * The tracked request, with the pair that opened it (the 补正 form sends it again). Tracking
 * and answering a 补正 are one action, so the page keeps one state, also without JavaScript.
 */
export type YsqTrackState = FormState<{ request: ApplicantRequest; number: string; code: string; answered?: boolean; answerError?: string }>;

export const trackInfoRequestAction: (previous: YsqTrackState, formData: FormData) => Promise<YsqTrackState> = validatedAction({
  schema: trackSchema.extend({ intent: z.enum(["track", "answer"]).optional().default("track"), answer: z.string().optional().default("") }),
  prepare: assertSameOrigin,
  handler: async (data) => {
    const ip = (await requestClientAddress()) ?? "unknown";
    const pair = { number: data.number, code: data.code };
    if (data.intent === "answer") {
      const answer = correctionAnswerSchema.safeParse({ ...pair, answer: data.answer });
      if (answer.success) {
        const result = await answerCorrection(data.number, data.code, answer.data.answer, ip);
        if (result.kind === "found") return { status: "success", data: { request: result.request, ...pair, answered: true } };
        if (result.kind !== "not-correction") return { fieldErrors: {}, formError: trackFailureMessage(result) };
      }
      const again = await trackInfoRequest(data.number, data.code, ip);
      if (again.kind !== "found") return { fieldErrors: {}, formError: trackFailureMessage(again) };
      const answerError = answer.success ? "该申请当前不需要补正。" : (answer.error.issues[0]?.message ?? "请填写补正内容");
      return { status: "success", data: { request: again.request, ...pair, answerError } };
    }
    const result = await trackInfoRequest(data.number, data.code, ip);
    if (result.kind !== "found") return { fieldErrors: {}, formError: trackFailureMessage(result) };
    return { status: "success", data: { request: result.request, ...pair } };
  },
});
