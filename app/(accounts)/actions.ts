"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import {
  changePassword,
  checkPassword,
  deleteAccount,
  registerAccount,
  revealIdCard,
  updateProfile,
} from "@/lib/accounts/accounts";
import {
  loginSchema,
  passwordChangeSchema,
  passwordOnlySchema,
  profileSchema,
  registerSchema,
} from "@/lib/accounts/validation";
import { assertSameOrigin, issueSessionCookie, requirePermission, safeNext, signOut } from "@/lib/auth/current";
import { authenticate, INVALID_LOGIN_MESSAGE, LOCKED_MESSAGE } from "@/lib/auth/login";
import { grantReauth } from "@/lib/auth/sessions";
import { validatedAction } from "@/lib/forms/action";

// The account forms' server actions. Each is a public POST endpoint: it checks the Origin
// and, for account pages, the session and permission itself (in `prepare`), and works only
// on the signed-in person's own data (lib/accounts takes the actor, never an id from the form).

export const registerAction = validatedAction({
  schema: registerSchema,
  prepare: assertSameOrigin,
  handler: async (data) => {
    const result = await registerAccount(data);
    if (!result.ok) return { fieldErrors: result.fieldErrors };
    redirect("/login?registered=1");
  },
});

export const loginAction = validatedAction({
  schema: loginSchema.extend({ next: z.string().optional() }),
  prepare: assertSameOrigin,
  handler: async (data) => {
    const result = await authenticate(data.email, data.password);
    if (!result.ok) {
      return { fieldErrors: {}, formError: result.reason === "locked" ? LOCKED_MESSAGE : INVALID_LOGIN_MESSAGE };
    }
    await issueSessionCookie(result.user);
    redirect(safeNext(data.next));
  },
});

/** Log out: no input to validate, so no form state; ends this session only. */
export async function logoutAction(): Promise<void> {
  await assertSameOrigin();
  await signOut();
  redirect("/login?loggedOut=1");
}

export const updateProfileAction = validatedAction({
  schema: profileSchema,
  prepare: async () => {
    await assertSameOrigin();
    return requirePermission("update:profile:own", "/account/edit");
  },
  handler: async (data, actor) => {
    const result = await updateProfile(actor, data);
    if (!result.ok) return { fieldErrors: result.fieldErrors };
    redirect("/account?saved=1");
  },
});

export const changePasswordAction = validatedAction({
  schema: passwordChangeSchema,
  prepare: async () => {
    await assertSameOrigin();
    return requirePermission("update:password:own", "/account/password");
  },
  handler: async (data, actor) => {
    const result = await changePassword(actor, data.currentPassword, data.password);
    if (!result.ok) return { fieldErrors: result.fieldErrors };
    // Every session of the account has ended; this browser gets a new one.
    await issueSessionCookie({ id: actor.id, sessionVersion: result.value.sessionVersion });
    redirect("/account?passwordChanged=1");
  },
});

export const revealIdCardAction = validatedAction<typeof passwordOnlySchema, Awaited<ReturnType<typeof requirePermission>>, string | null>({
  schema: passwordOnlySchema,
  prepare: async () => {
    await assertSameOrigin();
    return requirePermission("read:profile:own", "/account");
  },
  handler: async (data, actor) => {
    const result = await revealIdCard(actor, data.password);
    if (!result.ok) return { fieldErrors: result.fieldErrors };
    return { status: "success", data: result.value };
  },
});

export const exportAuthAction = validatedAction({
  schema: passwordOnlySchema,
  prepare: async () => {
    await assertSameOrigin();
    return requirePermission("export:profile:own", "/account/export");
  },
  handler: async (data, actor) => {
    const check = await checkPassword(actor, data.password);
    if (!check.ok) return check;
    await grantReauth(actor.sid);
    return { status: "success", message: "密码正确。请在 5 分钟内下载。" };
  },
});

export const deleteAccountAction = validatedAction({
  schema: passwordOnlySchema,
  prepare: async () => {
    await assertSameOrigin();
    return requirePermission("delete:account:own", "/account/delete");
  },
  handler: async (data, actor) => {
    const result = await deleteAccount(actor, data.password);
    if (!result.ok) return { fieldErrors: result.fieldErrors };
    await signOut();
    redirect("/login?deleted=1");
  },
});
