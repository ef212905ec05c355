"use client";

import { useActionState } from "react";
import { saveTemplateAction } from "@/app/admin/notices/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { errorsOf, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";

type Preview = { subject: string; body: string; preview: { subject: string; body: string } };
const initial = idleState as FormState<Preview>;

/** A notice template: subject and body with their {placeholders}; 预览 shows it filled with sample values. */
export function TemplateForm({ kind, subject, body, placeholders }: { kind: string; subject: string; body: string; placeholders: readonly string[] }) {
  const [state, action, pending] = useActionState(saveTemplateAction, initial);
  const e = errorsOf(state, { subject: "邮件标题", body: "邮件正文" }, ["subject", "body"]);
  const preview = state.status === "success" ? state.data : undefined;
  const value = (name: "subject" | "body", fallback: string) => e.value(name) ?? preview?.[name] ?? fallback;
  const hint = `可用的占位符（每个都须保留）：${placeholders.map((name) => `{${name}}`).join("、")}`;
  return (
    <form action={action} noValidate key={JSON.stringify(state)}>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="kind" value={kind} />
      <TextField id="subject" label="邮件标题" hint={hint} defaultValue={value("subject", subject)} error={e.field("subject")} maxLength={200} />
      <TextAreaField id="body" label="邮件正文" rows={12} defaultValue={value("body", body)} error={e.field("body")} />
      <div className="flex gap-4">
        <button type="submit" name="intent" value="preview" className="rounded border-2 border-ink px-5 py-2 font-semibold" disabled={pending}>
          预览
        </button>
        <SubmitButton pending={pending}>保存</SubmitButton>
      </div>
      {preview ? (
        <section aria-labelledby="preview" className="mt-6 rounded border border-line p-4" data-testid="notice-preview">
          <h2 id="preview" className="mb-2 text-lg font-bold">
            预览（未保存）
          </h2>
          <p className="font-semibold">{preview.preview.subject}</p>
          <pre className="mt-2 whitespace-pre-wrap font-sans">{preview.preview.body}</pre>
        </section>
      ) : null}
    </form>
  );
}
