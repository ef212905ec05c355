"use client";

import { useActionState } from "react";
import { noticePreferencesAction } from "@/app/(accounts)/account/notices/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { CheckboxField, errorsOf, SubmitButton } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";

const initial = idleState as FormState<never>;

/** The optional notices as checkboxes (checked: sent); the required ones are listed as always sent. */
export function NoticePreferencesForm({ preferences, required }: { preferences: { kind: string; label: string; enabled: boolean }[]; required: string[] }) {
  const [state, action, pending] = useActionState(noticePreferencesAction, initial);
  const labels = Object.fromEntries(preferences.map((preference) => [preference.kind, preference.label]));
  const e = errorsOf(state, labels, preferences.map((preference) => preference.kind));
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <fieldset className="mb-4">
        <legend className="mb-2 font-semibold">发送以下通知邮件</legend>
        {preferences.map((preference) => (
          <CheckboxField
            key={preference.kind}
            id={preference.kind}
            error={e.field(preference.kind)}
            defaultChecked={state.status === "error" ? e.value(preference.kind) === "on" : preference.enabled}
          >
            {preference.label}
          </CheckboxField>
        ))}
      </fieldset>
      <p className="mb-4 text-muted">以下通知总会发送，不能关闭：{required.join("、")}。</p>
      <SubmitButton pending={pending}>保存通知设置</SubmitButton>
    </form>
  );
}
