"use client";

import { useActionState } from "react";
import { addReasonAction, addWordAction, rejectCommentAction } from "@/app/admin/moderation/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { errorsOf, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";

const initial = idleState as FormState<never>;

/** 驳回: a template reason (required) and optional words of the moderator's own. */
export function RejectForm({ commentId, reasons }: { commentId: number; reasons: { id: number; text: string }[] }) {
  const [state, action, pending] = useActionState(rejectCommentAction, initial);
  const e = errorsOf(state, { reasonId: "驳回理由", note: "补充说明" }, ["reasonId", "note"]);
  const id = (name: string) => `${name}-${commentId}`;
  return (
    <form action={action} noValidate className="mt-3 rounded border border-line p-3">
      <ErrorSummary
        errors={e.summary.map((error) => ({ ...error, field: id(error.field) }))}
        message={state.status === "error" ? state.formError : undefined}
        focusKey={state}
      />
      <input type="hidden" name="commentId" value={commentId} />
      <SelectField id={id("reasonId")} name="reasonId" label="驳回理由" options={reasons.map((reason) => ({ value: String(reason.id), label: reason.text }))} defaultValue={e.value("reasonId")} error={e.field("reasonId")} />
      <TextField id={id("note")} name="note" label="补充说明（可不填，评论者可见）" defaultValue={e.value("note")} error={e.field("note")} maxLength={200} />
      <SubmitButton pending={pending}>驳回</SubmitButton>
    </form>
  );
}

function SingleFieldForm({ action, name, label, hint, max, submit }: { action: typeof addWordAction; name: string; label: string; hint: string; max: number; submit: string }) {
  const [state, formAction, pending] = useActionState(action, initial);
  const e = errorsOf(state, { [name]: label }, [name]);
  return (
    <form action={formAction} noValidate className="mb-6">
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <TextField id={name} label={label} hint={hint} defaultValue={e.value(name)} error={e.field(name)} maxLength={max} />
      <SubmitButton pending={pending}>{submit}</SubmitButton>
    </form>
  );
}

export function AddWordForm() {
  return <SingleFieldForm action={addWordAction} name="word" label="新敏感词" hint="不超过 30 个字符；全角与半角、大小写、空格不影响匹配" max={30} submit="添加敏感词" />;
}

export function AddReasonForm() {
  return <SingleFieldForm action={addReasonAction} name="text" label="新驳回理由" hint="2 至 100 个字符，评论者会看到" max={100} submit="添加理由" />;
}
