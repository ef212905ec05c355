"use server";

import { redirect } from "next/navigation";
import { assertSameOrigin, requirePermission } from "@/lib/auth/current";
import { validatedAction } from "@/lib/forms/action";
import { preferencesSchema, saveNoticePreferences } from "@/lib/notices/preferences";

// /account: which optional e-mail notices the resident wants (lib/notices/preferences.ts).
export const noticePreferencesAction = validatedAction({
  schema: preferencesSchema,
  prepare: async () => {
    await assertSameOrigin();
    return requirePermission("update:profile:own", "/account");
  },
  handler: async (data, actor) => {
    await saveNoticePreferences(actor, data);
    redirect("/account?noticesSaved=1#notices");
  },
});
