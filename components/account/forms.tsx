"use client";

import Link from "next/link";
import { useActionState } from "react";
import {
  changePasswordAction,
  deleteAccountAction,
  exportAuthAction,
  loginAction,
  registerAction,
  requestResetAction,
  resetPasswordAction,
  totpAction,
  revealIdCardAction,
  updateProfileAction,
} from "@/app/(accounts)/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { CheckboxField, errorsOf, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { EDUCATION_LEVELS, FIELD_LABELS, GENDERS } from "@/lib/accounts/fields";
import { idleState, type FormState } from "@/lib/forms/action";
import { PRIVACY_POLICY_PATH } from "@/lib/privacy";
import type { AccountView } from "@/lib/accounts/accounts";

// The account forms. Each posts to its server action with <form action>, so it works
// without JavaScript too (the page re-renders with the returned state). Password fields are
// never filled from the state.

const initial = idleState as FormState<never>;

export function RegisterForm() {
  const [state, action, pending] = useActionState(registerAction, initial);
  const labels = { ...FIELD_LABELS, password: "密码", confirmPassword: "确认密码", acceptPrivacy: "隐私政策" };
  const e = errorsOf(state, labels, ["name", "email", "phone", "password", "confirmPassword", "acceptPrivacy"]);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <TextField id="name" label="姓名" autoComplete="name" defaultValue={e.value("name")} error={e.field("name")} required maxLength={50} />
      <TextField id="email" label="电子邮箱" type="email" autoComplete="email" defaultValue={e.value("email")} error={e.field("email")} required />
      <TextField id="phone" label="手机号码" type="tel" autoComplete="tel" inputMode="numeric" hint="11 位中国大陆手机号" defaultValue={e.value("phone")} error={e.field("phone")} required />
      <TextField id="password" label="密码" type="password" autoComplete="new-password" hint="12 至 128 个字符，不能使用常见密码" error={e.field("password")} required />
      <TextField id="confirmPassword" label="确认密码" type="password" autoComplete="new-password" error={e.field("confirmPassword")} required />
      <CheckboxField id="acceptPrivacy" error={e.field("acceptPrivacy")} defaultChecked={e.value("acceptPrivacy") === "on"}>
        我已阅读并同意
        <Link href={PRIVACY_POLICY_PATH} target="_blank">
          《隐私政策》
        </Link>
      </CheckboxField>
      <SubmitButton pending={pending}>注册</SubmitButton>
    </form>
  );
}

export function LoginForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(loginAction, initial);
  const e = errorsOf(state, { email: "电子邮箱", password: "密码" }, ["email", "password"]);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="next" value={next} />
      <TextField id="email" label="电子邮箱" type="email" autoComplete="username" defaultValue={e.value("email")} error={e.field("email")} required />
      <TextField id="password" label="密码" type="password" autoComplete="current-password" error={e.field("password")} required />
      <SubmitButton pending={pending}>登录</SubmitButton>
    </form>
  );
}

/** What the edit form starts from: the profile as /account shows it (ID number masked). */
export type ProfileDefaults = AccountView["profile"];

export function EditProfileForm({ profile, email }: { profile: ProfileDefaults; email: string }) {
  const [state, action, pending] = useActionState(updateProfileAction, initial);
  const order = ["name", "birthDate", "gender", "phone", "address", "idCard", "education", "occupation"];
  const e = errorsOf(state, FIELD_LABELS, order);
  const value = (name: keyof ProfileDefaults) => e.value(name) ?? (profile[name] as string | null) ?? "";
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} focusKey={state} />
      <TextField id="name" label="姓名" autoComplete="name" defaultValue={value("name")} error={e.field("name")} required maxLength={50} />
      <TextField id="birthDate" label="出生日期" type="date" hint="例如 1980-05-01" defaultValue={value("birthDate")} error={e.field("birthDate")} />
      <SelectField
        id="gender"
        label="性别"
        options={Object.entries(GENDERS).map(([key, label]) => ({ value: key, label }))}
        defaultValue={value("gender")}
        error={e.field("gender")}
      />
      <TextField id="phone" label="手机号码" type="tel" autoComplete="tel" inputMode="numeric" defaultValue={value("phone")} error={e.field("phone")} required />
      <TextField id="address" label="联系地址" autoComplete="street-address" defaultValue={value("address")} error={e.field("address")} maxLength={200} />
      <TextField
        id="idCard"
        label="身份证号码"
        autoComplete="off"
        hint={profile.idCardMasked ? `已保存：${profile.idCardMasked}。留空表示不修改。` : "18 位，最后一位可以是 X"}
        error={e.field("idCard")}
        maxLength={18}
      />
      {profile.idCardMasked ? (
        <CheckboxField id="clearIdCard" defaultChecked={e.value("clearIdCard") === "on"}>
          删除已保存的身份证号码
        </CheckboxField>
      ) : null}
      <p className="mb-5">
        <span className="font-semibold">电子邮箱</span>：{email}（用于登录，暂不能在此修改）
      </p>
      <SelectField
        id="education"
        label="学历"
        options={EDUCATION_LEVELS.map((level) => ({ value: level, label: level }))}
        defaultValue={value("education")}
        error={e.field("education")}
      />
      <TextField id="occupation" label="职业" defaultValue={value("occupation")} error={e.field("occupation")} maxLength={50} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending}>保存</SubmitButton>
        <Link href="/account">取消</Link>
      </div>
    </form>
  );
}

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, initial);
  const e = errorsOf(state, { currentPassword: "当前密码", password: "新密码", confirmPassword: "确认新密码" }, ["currentPassword", "password", "confirmPassword"]);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} focusKey={state} />
      <TextField id="currentPassword" label="当前密码" type="password" autoComplete="current-password" error={e.field("currentPassword")} required />
      <TextField id="password" label="新密码" type="password" autoComplete="new-password" hint="12 至 128 个字符，不能使用常见密码" error={e.field("password")} required />
      <TextField id="confirmPassword" label="确认新密码" type="password" autoComplete="new-password" error={e.field("confirmPassword")} required />
      <SubmitButton pending={pending}>修改密码</SubmitButton>
    </form>
  );
}

export function RevealIdCardForm() {
  const [state, action, pending] = useActionState(revealIdCardAction, idleState as FormState<string | null>);
  const e = errorsOf(state, { password: "密码" }, ["revealPassword"]);
  if (state.status === "success") {
    return (
      <p>
        完整身份证号码：<span className="font-mono font-semibold">{state.data ?? "（未填写）"}</span>
      </p>
    );
  }
  return (
    <form action={action} noValidate className="mt-2">
      <ErrorSummary errors={e.summary.length ? [{ field: "revealPassword", message: e.field("password") ?? "" }] : []} focusKey={state} />
      <TextField id="revealPassword" name="password" label="输入密码以查看完整身份证号码" type="password" autoComplete="current-password" error={e.field("password")} />
      <SubmitButton pending={pending}>查看完整号码</SubmitButton>
    </form>
  );
}

export function ExportForm() {
  const [state, action, pending] = useActionState(exportAuthAction, initial);
  const e = errorsOf(state, { password: "密码" }, ["password"]);
  if (state.status === "success") {
    return (
      <div>
        <p className="mb-4">{state.message}</p>
        <a href="/account/export/download" download className="inline-block rounded bg-gov-red px-5 py-2.5 font-semibold text-white">
          下载我的数据（JSON）
        </a>
      </div>
    );
  }
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} focusKey={state} />
      <TextField id="password" label="密码" type="password" autoComplete="current-password" error={e.field("password")} required />
      <SubmitButton pending={pending}>确认密码</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm() {
  const [state, action, pending] = useActionState(deleteAccountAction, initial);
  const e = errorsOf(state, { password: "密码" }, ["password"]);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} focusKey={state} />
      <TextField id="password" label="密码" type="password" autoComplete="current-password" hint="输入密码以确认注销" error={e.field("password")} required />
      <SubmitButton pending={pending}>注销账户</SubmitButton>
    </form>
  );
}

export function TotpForm() {
  const [state, action, pending] = useActionState(totpAction, initial);
  const e = errorsOf(state, { code: "验证码" }, ["code"]);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <TextField id="code" label="验证码" autoComplete="one-time-code" inputMode="numeric" hint="验证器应用中显示的 6 位数字，每 30 秒更新" error={e.field("code")} required maxLength={6} />
      <SubmitButton pending={pending}>验证并登录</SubmitButton>
    </form>
  );
}

/** 忘记密码: the answer is the same whether or not the e-mail has an account. */
export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(requestResetAction, initial);
  const e = errorsOf(state, { email: "电子邮箱" }, ["email"]);
  if (state.status === "success") {
    return (
      <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-3">
        {state.message}
      </p>
    );
  }
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <TextField id="email" label="电子邮箱" type="email" autoComplete="username" defaultValue={e.value("email")} error={e.field("email")} required />
      <SubmitButton pending={pending}>发送重设密码邮件</SubmitButton>
    </form>
  );
}

/** The new password through the e-mailed link; staff with TOTP also give their code. */
export function ResetPasswordForm({ token, needsTotp }: { token: string; needsTotp: boolean }) {
  const [state, action, pending] = useActionState(resetPasswordAction, initial);
  const e = errorsOf(state, { password: "新密码", confirmPassword: "确认新密码", code: "验证码" }, ["password", "confirmPassword", "code"]);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="token" value={token} />
      <TextField id="password" label="新密码" type="password" autoComplete="new-password" hint="12 至 128 个字符，不能使用常见密码" error={e.field("password")} required />
      <TextField id="confirmPassword" label="确认新密码" type="password" autoComplete="new-password" error={e.field("confirmPassword")} required />
      {needsTotp ? (
        <TextField id="code" label="验证码" autoComplete="one-time-code" inputMode="numeric" hint="工作人员请输入验证器应用中显示的 6 位数字" error={e.field("code")} required maxLength={6} />
      ) : null}
      <SubmitButton pending={pending}>设置新密码</SubmitButton>
    </form>
  );
}
