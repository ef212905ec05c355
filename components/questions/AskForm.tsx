"use client";

import Link from "next/link";
import { useActionState } from "react";
import { askQuestionAction, type AskStep } from "@/app/(accounts)/interaction/questions/ask/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { CheckboxField, errorsOf, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";
import { PRIVACY_POLICY_PATH } from "@/lib/privacy";
import { ASK_FIELDS, CONTENT_MAX, CONTENT_MIN, TITLE_MAX } from "@/lib/questions/fields";

// The question form (a server action with <form action>, so it works without JavaScript).
// Step two, when similar answered questions exist: they are listed above the same fields with
// a 确认提交 button; the typed values and the one-time key carry over.

const initial = idleState as FormState<AskStep>;
type Choice = { id: number; name: string };

export function AskForm({ departments, themes, submissionKey }: { departments: Choice[]; themes: Choice[]; submissionKey: string }) {
  const [state, action, pending] = useActionState(askQuestionAction, initial);
  const e = errorsOf(state, ASK_FIELDS, Object.keys(ASK_FIELDS));
  const step = state.status === "success" ? state.data : undefined;
  const value = (name: string) => (step ? step.values[name] : e.value(name));
  const consent = state.status === "idle" ? true : value("publicConsent") === "on";
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="submissionKey" value={value("submissionKey") ?? submissionKey} />
      {step ? (
        <section aria-labelledby="similar-heading" className="mb-6 rounded border-2 border-amber-700 bg-amber-50 p-4" tabIndex={-1}>
          <h2 id="similar-heading" className="mb-2 text-xl font-bold">
            以下已回复的问题可能与您的问题相似
          </h2>
          <ul className="mb-3 list-disc space-y-1 pl-6">
            {step.similar.map((question) => (
              <li key={question.url}>
                <Link href={question.url} className="underline">
                  {question.title}
                </Link>
              </li>
            ))}
          </ul>
          <p>如果这些回复已解答您的问题，就不必再提问；仍要提问的，请核对下面的内容后点“确认提交”。</p>
          <input type="hidden" name="confirmed" value="1" />
        </section>
      ) : null}
      <SelectField
        key={`department-${value("departmentId") ?? ""}`}
        id="departmentId"
        label="咨询部门"
        options={departments.map((department) => ({ value: String(department.id), label: department.name }))}
        defaultValue={value("departmentId")}
        error={e.field("departmentId")}
      />
      <SelectField
        key={`theme-${value("themeId") ?? ""}`}
        id="themeId"
        label="主题"
        options={themes.map((theme) => ({ value: String(theme.id), label: theme.name }))}
        defaultValue={value("themeId")}
        error={e.field("themeId")}
      />
      <TextField key={`title-${step ? "confirm" : "edit"}`} id="title" label="标题" hint={`不超过 ${TITLE_MAX} 个字`} maxLength={TITLE_MAX} defaultValue={value("title") ?? ""} error={e.field("title")} />
      <TextAreaField
        key={`content-${step ? "confirm" : "edit"}`}
        id="content"
        label="内容"
        hint={`${CONTENT_MIN} 至 ${CONTENT_MAX} 个字；请勿填写身份证号、电话等个人信息`}
        rows={8}
        maxLength={CONTENT_MAX}
        defaultValue={value("content") ?? ""}
        error={e.field("content")}
      />
      <CheckboxField key={`consent-${String(consent)}`} id="publicConsent" defaultChecked={consent} error={e.field("publicConsent")}>
        同意公开：问题和回复在在线问答栏目公开，署名只显示姓氏（如“张**”），不公开联系方式（见
        <Link href={PRIVACY_POLICY_PATH} className="underline">
          隐私政策
        </Link>
        ）。不同意的，问题和回复只有您本人能看到。
      </CheckboxField>
      <SubmitButton pending={pending}>{step ? "确认提交" : "提交问题"}</SubmitButton>
    </form>
  );
}
