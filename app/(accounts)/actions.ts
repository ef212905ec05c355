"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import {
  changePassword,
  checkPassword,
  deleteAccount,
  revealIdCard,
  updateProfile,
} from "@/lib/accounts/accounts";
import { REGISTER_LIMITED_MESSAGE, registerAccount, resendConfirmation, takeRegistrationLimit } from "@/lib/accounts/registration";
import {
  loginSchema,
  passwordChangeSchema,
  passwordOnlySchema,
  passwordResetSchema,
  profileSchema,
  registerSchema,
  resetRequestSchema,
} from "@/lib/accounts/validation";
import { record } from "@/lib/audit/audit";
import { requestClientAddress } from "@/lib/http/request";
import {
  assertSameOrigin,
  clearPendingLogin,
  getPendingLogin,
  issueSessionCookie,
  requirePermission,
  safeNext,
  setPendingLogin,
  signOut,
} from "@/lib/auth/current";
import { authenticate, INVALID_LOGIN_MESSAGE, UNCONFIRMED_MESSAGE } from "@/lib/auth/login";
import { requestPasswordReset, RESET_LIMITED_MESSAGE, RESET_REQUESTED_MESSAGE, resetPassword } from "@/lib/auth/password-reset";
import { isStaffRole } from "@/lib/auth/permissions";
import { grantReauth } from "@/lib/auth/sessions";
import {
  auditFailedLogin,
  checkTotp,
  isRecentPassword,
  PASSWORD_HISTORY,
  pendingLoginUser,
  setStaffPassword,
  staffLanding,
  twoFactorRequired,
} from "@/lib/auth/staff";
import { checkThrottle, clearFailures, recordAttempt, recordFailure, throttleMessage } from "@/lib/auth/throttle";
import { validatedAction, type HandlerResult } from "@/lib/forms/action";

// The account forms' server actions. Each is a public POST endpoint: it checks the Origin
// and, for account pages, the session and permission itself (in `prepare`), and works only
// on the signed-in person's own data (lib/accounts takes the actor, never an id from the form).

export const registerAction = validatedAction({
  schema: registerSchema,
  prepare: assertSameOrigin,
  handler: async (data) => {
    // The same answer for a new and an existing address (the mail tells them apart).
    if (!(await takeRegistrationLimit(await requestClientAddress()))) return { fieldErrors: {}, formError: REGISTER_LIMITED_MESSAGE };
    await registerAccount(data);
    redirect("/register/sent");
  },
});

export const loginAction = validatedAction({
  schema: loginSchema.extend({ next: z.string().optional() }),
  prepare: assertSameOrigin,
  handler: async (data) => {
    const ip = await requestClientAddress();
    const result = await authenticate(data.email, data.password, ip);
    if (!result.ok) {
      await auditFailedLogin(data.email, ip, result.reason === "invalid" ? "password" : result.reason);
      if (result.reason === "unconfirmed") {
        await resendConfirmation(result.userId);
        return { fieldErrors: {}, formError: UNCONFIRMED_MESSAGE };
      }
      return { fieldErrors: {}, formError: result.reason === "invalid" ? INVALID_LOGIN_MESSAGE : result.message };
    }
    const next = safeNext(data.next);
    if (!isStaffRole(result.user.role)) {
      await issueSessionCookie(result.user);
      redirect(next);
    }
    // Staff: the password was the first step; the TOTP code is the second (unless demo).
    if (await twoFactorRequired(result.user.role)) {
      await setPendingLogin(result.user, next);
      redirect("/login/2fa");
    }
    await record({ actor: result.user, action: "auth.login", outcome: "success", targetType: "user", targetId: result.user.id, ip, detail: "password" });
    await issueSessionCookie(result.user);
    redirect(await staffLanding(result.user.id, next));
  },
});

const totpSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, "请输入验证器显示的 6 位数字") });

/** The second step of a staff login: the TOTP code (confirming the enrolment the first time). */
export const totpAction = validatedAction({
  schema: totpSchema,
  prepare: async () => {
    await assertSameOrigin();
    const pending = await getPendingLogin();
    if (!pending) redirect("/login?timeout=1");
    return pending;
  },
  handler: async (data, pending): Promise<HandlerResult<undefined>> => {
    const ip = await requestClientAddress();
    const user = await pendingLoginUser(pending);
    if (!user) {
      await clearPendingLogin();
      redirect("/login?timeout=1");
    }
    const verdict = await checkThrottle(user.email, ip);
    if (!verdict.ok) return { fieldErrors: {}, formError: throttleMessage(verdict) };
    const valid = await checkTotp(user.id, data.code);
    await recordAttempt(user.email, valid);
    if (!valid) {
      await recordFailure(user.email, ip);
      await record({ actor: user, action: "auth.login_failed", outcome: "failed", targetType: "user", targetId: user.id, ip, detail: "totp" });
      return { fieldErrors: { code: ["验证码不正确或已使用，请输入验证器上的新验证码"] } };
    }
    await clearFailures(user.email, ip);
    await clearPendingLogin();
    await record({ actor: user, action: "auth.login", outcome: "success", targetType: "user", targetId: user.id, ip, detail: "password+totp" });
    await issueSessionCookie(user);
    redirect(await staffLanding(user.id, pending.next));
  },
});

/** 忘记密码: the same answer whether or not the e-mail has an account. */
export const requestResetAction = validatedAction({
  schema: resetRequestSchema,
  prepare: assertSameOrigin,
  handler: async (data) => {
    const { limited } = await requestPasswordReset(data.email, await requestClientAddress());
    if (limited) return { fieldErrors: {}, formError: RESET_LIMITED_MESSAGE };
    return { status: "success", message: RESET_REQUESTED_MESSAGE };
  },
});

/** The new password through the e-mailed link (staff with TOTP give their code too). */
export const resetPasswordAction = validatedAction({
  schema: passwordResetSchema,
  prepare: assertSameOrigin,
  handler: async (data) => {
    const result = await resetPassword(data, await requestClientAddress());
    if (!result.ok) return result;
    redirect("/login?reset=1");
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
    if (isStaffRole(actor.role)) {
      // Staff: none of the last 5 passwords again; the 90 days start afresh.
      const check = await checkPassword(actor, data.currentPassword, "currentPassword", await requestClientAddress());
      if (!check.ok) return { fieldErrors: check.fieldErrors };
      if (await isRecentPassword(actor.id, data.password)) {
        return { fieldErrors: { password: [`不能使用最近 ${PASSWORD_HISTORY} 次用过的密码`] } };
      }
      const { sessionVersion } = await setStaffPassword(actor.id, data.password);
      await issueSessionCookie({ id: actor.id, sessionVersion });
      redirect("/admin?passwordChanged=1");
    }
    const result = await changePassword(actor, data.currentPassword, data.password, await requestClientAddress());
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
    const result = await revealIdCard(actor, data.password, await requestClientAddress());
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
    const check = await checkPassword(actor, data.password, "password", await requestClientAddress());
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
    const result = await deleteAccount(actor, data.password, await requestClientAddress());
    if (!result.ok) return { fieldErrors: result.fieldErrors };
    await signOut();
    redirect("/login?deleted=1");
  },
});
