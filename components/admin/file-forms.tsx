"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { errorsOf, SubmitButton, TextField } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";

// The staff console's upload and remove forms for stored files (article attachments, blank
// forms of 办事指南). The upload's file field is named "file"; `fields` adds the owner's
// hidden id and any other control (e.g. which material), their errors keyed by name.

type Action = (state: FormState<never>, formData: FormData) => Promise<FormState<never>>;
const initial = idleState as FormState<never>;

export function UploadFileForm({
  action,
  hidden,
  label,
  hint,
  labels = {},
  children,
}: {
  action: Action;
  hidden: Record<string, string | number>;
  label: string;
  hint: string;
  labels?: Record<string, string>;
  children?: (fields: ReturnType<typeof errorsOf>) => React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const e = errorsOf(state, { ...labels, file: label }, [...Object.keys(labels), "file"]);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children?.(e)}
      <TextField id="file" label={label} type="file" hint={hint} error={e.field("file")} />
      <SubmitButton pending={pending}>上传</SubmitButton>
    </form>
  );
}

export function RemoveFileForm({ action, name, id, fileName, what }: { action: Action; name: string; id: number; fileName: string; what: string }) {
  const [state, formAction, pending] = useActionState(action, initial);
  return (
    <form action={formAction} className="inline">
      {state.status === "error" ? <span className="font-semibold text-red-800">{state.formError}</span> : null}
      <input type="hidden" name={name} value={id} />
      <button type="submit" disabled={pending} className="underline" aria-label={`删除${what} ${fileName}`}>
        删除
      </button>
    </form>
  );
}
