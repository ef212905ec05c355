"use client";

import { useActionState } from "react";
import { submitQuestionAction } from "@/app/(accounts)/account/interviews/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { errorsOf, SubmitButton, TextAreaField } from "@/components/forms/fields";
import { QUESTION_FIELDS, QUESTION_MAX } from "@/lib/interviews/fields";
import { idleState, type FormState } from "@/lib/forms/action";

// The question form: a server action with <form action>, so it works without JavaScript.

const initial = idleState as FormState<never>;

export function QuestionForm({ interviewId }: { interviewId: number }) {
  const [state, action, pending] = useActionState(submitQuestionAction, initial);
  const e = errorsOf(state, QUESTION_FIELDS, Object.keys(QUESTION_FIELDS));
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="interviewId" value={interviewId} />
      <TextAreaField id="body" label="问题" hint={`不超过 ${QUESTION_MAX} 个字。问题经审核后公开，署名只显示姓氏（如“张**”）`} rows={5} maxLength={QUESTION_MAX} defaultValue={e.value("body") ?? ""} error={e.field("body")} />
      <SubmitButton pending={pending}>提交问题</SubmitButton>
    </form>
  );
}
