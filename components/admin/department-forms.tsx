"use client";

import { useActionState } from "react";
import { assignMemberAction, createDepartmentAction, updateDepartmentAction } from "@/app/admin/departments/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { errorsOf, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";

const initial = idleState as FormState<undefined>;
const labels = { name: "部门名称", description: "职责说明" };

/** New department (no `department`) or rename/describe an existing one. */
export function DepartmentForm({ department }: { department?: { id: number; name: string; description: string } }) {
  const [state, action, pending] = useActionState(department ? updateDepartmentAction : createDepartmentAction, initial);
  const e = errorsOf(state, labels, ["name", "description"]);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      {department ? <input type="hidden" name="id" value={department.id} /> : null}
      <TextField id="name" label="部门名称" defaultValue={e.value("name") ?? department?.name ?? ""} error={e.field("name")} required maxLength={50} />
      <TextField
        id="description"
        label="职责说明"
        hint="写信人选择部门时看到，200 字以内"
        defaultValue={e.value("description") ?? department?.description ?? ""}
        error={e.field("description")}
        maxLength={200}
      />
      <SubmitButton pending={pending}>{department ? "保存" : "新建部门"}</SubmitButton>
    </form>
  );
}

export function AssignMemberForm({ departmentId, handlers }: { departmentId: number; handlers: { id: number; email: string }[] }) {
  const [state, action, pending] = useActionState(assignMemberAction, initial);
  const e = errorsOf(state, { userId: "信件办理员" }, ["userId"]);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="departmentId" value={departmentId} />
      <SelectField
        id="userId"
        label="添加信件办理员"
        options={handlers.map((handler) => ({ value: String(handler.id), label: handler.email }))}
        error={e.field("userId")}
      />
      <SubmitButton pending={pending}>添加</SubmitButton>
    </form>
  );
}
