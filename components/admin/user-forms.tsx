"use client";

import Link from "next/link";
import { useActionState } from "react";
import { cancelUserAction, changeRoleAction, createStaffAction, disableUserAction, setUserDepartmentsAction } from "@/app/admin/users/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { CheckboxField, errorsOf, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";
import { ROLE_LABELS, STAFF_ROLES } from "@/lib/auth/permissions";

const initial = idleState as FormState<undefined>;
const roleOptions = STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function DisableUserForm({ userId }: { userId: number }) {
  const [state, action, pending] = useActionState(disableUserAction, initial);
  const e = errorsOf(state, { reason: "停用原因" }, ["disableReason"]);
  const error = e.field("reason");
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={error ? [{ field: "disableReason", message: error }] : []} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="userId" value={userId} />
      <TextField
        id="disableReason"
        name="reason"
        label="停用原因"
        hint="账户持有人输入正确密码登录时会看到这段文字；不要填写身份证号码等个人信息"
        defaultValue={e.value("reason")}
        error={error}
        maxLength={200}
      />
      <SubmitButton pending={pending}>停用账户</SubmitButton>
    </form>
  );
}

export function CancelUserForm({ userId }: { userId: number }) {
  const [state, action, pending] = useActionState(cancelUserAction, initial);
  const e = errorsOf(state, { reason: "注销原因", confirm: "确认" }, ["cancelReason", "confirm"]);
  const reasonError = e.field("reason");
  const summary = [...(reasonError ? [{ field: "cancelReason", message: reasonError }] : []), ...e.summary.filter((item) => item.field === "confirm")];
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="userId" value={userId} />
      <TextField
        id="cancelReason"
        name="reason"
        label="注销原因"
        hint="将通过电子邮件通知账户持有人；不要填写身份证号码等个人信息"
        defaultValue={e.value("reason")}
        error={reasonError}
        maxLength={200}
      />
      <CheckboxField id="confirm" error={e.field("confirm")}>
        我确认注销该账户：账户和个人信息将立即删除，无法恢复
      </CheckboxField>
      <SubmitButton pending={pending}>注销账户</SubmitButton>
    </form>
  );
}

export function RoleForm({ userId, role }: { userId: number; role: string }) {
  const [state, action, pending] = useActionState(changeRoleAction, initial);
  const e = errorsOf(state, { role: "角色" }, ["role"]);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="userId" value={userId} />
      <SelectField id="role" label="角色" hint="改为其他角色时，信件办理员的所属部门将被移除" options={roleOptions} defaultValue={e.value("role") ?? role} error={e.field("role")} />
      <SubmitButton pending={pending}>更改角色</SubmitButton>
    </form>
  );
}

export function UserDepartmentsForm({ userId, departments }: { userId: number; departments: { id: number; name: string; active: boolean; member: boolean }[] }) {
  const [state, action, pending] = useActionState(setUserDepartmentsAction, initial);
  const e = errorsOf(state, { departments: "所属部门" }, ["departments"]);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary.map((item) => ({ ...item, field: `department-${departments[0]?.id ?? 0}` }))} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="userId" value={userId} />
      <fieldset className="mb-5">
        <legend className="font-semibold">所属部门</legend>
        {departments.length === 0 ? <p>尚未设置部门。</p> : null}
        {departments.map((department) => (
          <div key={department.id} className="flex items-center gap-2">
            <input id={`department-${department.id}`} type="checkbox" name="departments" value={department.id} defaultChecked={department.member} className="size-5" />
            <label htmlFor={`department-${department.id}`}>
              {department.name}
              {department.active ? "" : "（已停用）"}
            </label>
          </div>
        ))}
      </fieldset>
      <SubmitButton pending={pending}>保存所属部门</SubmitButton>
    </form>
  );
}

type Created = { id: number; email: string; password: string };

export function CreateStaffForm() {
  const [state, action, pending] = useActionState(createStaffAction, idleState as FormState<Created>);
  const e = errorsOf(state, { email: "电子邮箱", role: "角色" }, ["email", "role"]);
  if (state.status === "success" && state.data) {
    const { id, email, password } = state.data;
    return (
      <div role="status" className="border-l-4 border-green-700 bg-green-50 p-4">
        <p className="font-semibold">已创建工作人员账户 {email}。</p>
        <p className="mt-2">
          初始密码（只显示这一次，请当面或通过安全渠道交给本人；首次登录后必须修改）：
        </p>
        <p className="mt-1 font-mono text-lg font-semibold" data-testid="initial-password">
          {password}
        </p>
        <p className="mt-2">
          <Link href={`/admin/users/${id}`} prefetch={false}>
            查看该账户
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <TextField id="email" label="电子邮箱" type="email" autoComplete="off" defaultValue={e.value("email")} error={e.field("email")} required />
      <SelectField id="role" label="角色" options={roleOptions} defaultValue={e.value("role")} error={e.field("role")} />
      <SubmitButton pending={pending}>创建账户</SubmitButton>
    </form>
  );
}
