"use client";

import { useActionState } from "react";
import { reportCommentAction, submitCommentAction } from "@/app/(accounts)/comments/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { errorsOf, SubmitButton, TextAreaField } from "@/components/forms/fields";
import { StatusNotice } from "@/components/site/StatusNotice";
import { COMMENT_MAX_CHARS } from "@/lib/comments/fields";
import { idleState, type FormState } from "@/lib/forms/action";

// The signed-in reader's forms in a comment section. They sit on cached public pages but carry
// nothing personal: the result of a submission exists only in the response to that POST.

const initial = idleState as FormState<never>;

export function CommentForm({ subjectKind, subjectId }: { subjectKind: string; subjectId: number }) {
  const [state, action, pending] = useActionState(submitCommentAction, initial);
  const e = errorsOf(state, { body: "评论内容" }, ["body"]);
  return (
    <form action={action} noValidate className="mt-4">
      <ErrorSummary errors={e.summary.map((error) => ({ ...error, field: "comment-body" }))} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      {state.status === "success" ? <StatusNotice>{state.message}</StatusNotice> : null}
      <input type="hidden" name="subjectKind" value={subjectKind} />
      <input type="hidden" name="subjectId" value={subjectId} />
      <TextAreaField
        key={state.status === "success" ? "sent" : "draft"}
        id="comment-body"
        name="body"
        label="发表评论"
        hint={`不超过 ${COMMENT_MAX_CHARS} 字，审核通过后显示，显示时姓名只保留姓氏（如 张**）`}
        rows={4}
        maxLength={COMMENT_MAX_CHARS}
        defaultValue={e.value("body")}
        error={e.field("body")}
      />
      <SubmitButton pending={pending}>提交评论</SubmitButton>
    </form>
  );
}

/** Wraps the published comments: each one's 举报 button submits this one form with its id. */
export function ReportForm({ children }: { children: React.ReactNode }) {
  const [state, action] = useActionState(reportCommentAction, initial);
  return (
    <form action={action}>
      <ErrorSummary errors={[]} message={state.status === "error" ? (state.formError ?? Object.values(state.fieldErrors).flat()[0]) : undefined} focusKey={state} />
      {state.status === "success" ? <StatusNotice>{state.message}</StatusNotice> : null}
      {children}
    </form>
  );
}
