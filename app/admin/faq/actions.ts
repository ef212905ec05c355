"use server";

import { redirect } from "next/navigation";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import { validatedAction } from "@/lib/forms/action";
import { requestClientAddress } from "@/lib/http/request";
import { createFaqEntry, promoteQuestion, removeFaqEntry, updateFaqEntry } from "@/lib/questions/faq";
import { faqIdSchema, faqSchema, faqUpdateSchema, questionIdSchema } from "@/lib/questions/fields";

// /admin/faq: write, promote, edit and remove 常见问题 entries ("manage:faq:any").

async function prepare() {
  await assertSameOrigin();
  return { actor: await requireStaffPermission("manage:faq:any", "/admin/faq"), ip: await requestClientAddress() };
}

export const createFaqAction = validatedAction({
  schema: faqSchema,
  prepare,
  handler: async (data, { actor, ip }) => {
    const result = await createFaqEntry(actor, data, ip);
    if (!result.ok) return result;
    redirect("/admin/faq?done=created");
  },
});

export const updateFaqAction = validatedAction({
  schema: faqUpdateSchema,
  prepare,
  handler: async ({ faqId, ...data }, { actor, ip }) => {
    const result = await updateFaqEntry(actor, faqId, data, ip);
    if (!result.ok) return result;
    redirect("/admin/faq?done=updated");
  },
});

export const promoteQuestionAction = validatedAction({
  schema: questionIdSchema,
  prepare,
  handler: async (data, { actor, ip }) => {
    const result = await promoteQuestion(actor, data.questionId, ip);
    if (!result.ok) return result;
    redirect(`/admin/faq/${result.id}?done=promoted`);
  },
});

export const removeFaqAction = validatedAction({
  schema: faqIdSchema,
  prepare,
  handler: async (data, { actor, ip }) => {
    if (!(await removeFaqEntry(actor, data.faqId, ip))) return { fieldErrors: {}, formError: "条目不存在" };
    redirect("/admin/faq?done=removed");
  },
});
