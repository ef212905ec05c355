"use client";

import { useActionState } from "react";
import { createFaqAction, updateFaqAction } from "@/app/admin/faq/actions";
import { rejectQuestionAction, withdrawQuestionAction } from "@/app/admin/moderation/questions/actions";
import { answerQuestionAction, reassignQuestionAction } from "@/app/admin/questions/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { CheckboxField, errorsOf, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";
import { ANSWER_FIELDS, ANSWER_MAX, FAQ_FIELDS, REASSIGN_FIELDS } from "@/lib/questions/fields";

// The 在线问答 and 常见问题 forms of the staff console (server actions with <form action>:
// they work without JavaScript).

const initial = idleState as FormState<never>;
type Choice = { id: number; name: string };

/** 驳回 or 撤下: a template reason (required) and an optional note the asker sees. */
export function QuestionReasonForm({ questionId, reasons, withdraw = false }: { questionId: number; reasons: { id: number; text: string }[]; withdraw?: boolean }) {
  const [state, action, pending] = useActionState(withdraw ? withdrawQuestionAction : rejectQuestionAction, initial);
  const e = errorsOf(state, { reasonId: "理由", note: "补充说明" }, ["reasonId", "note"]);
  const id = (name: string) => `${name}-${questionId}`;
  return (
    <form action={action} noValidate className="mt-3 rounded border border-line p-3">
      <ErrorSummary errors={e.summary.map((error) => ({ ...error, field: id(error.field) }))} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="questionId" value={questionId} />
      <SelectField
        id={id("reasonId")}
        name="reasonId"
        label={withdraw ? "撤下理由" : "驳回理由"}
        options={reasons.map((reason) => ({ value: String(reason.id), label: reason.text }))}
        defaultValue={e.value("reasonId")}
        error={e.field("reasonId")}
      />
      <TextField id={id("note")} name="note" label="补充说明（可不填，提问人可见）" defaultValue={e.value("note")} error={e.field("note")} maxLength={200} />
      <SubmitButton pending={pending}>{withdraw ? "撤下" : "驳回"}</SubmitButton>
    </form>
  );
}

export function AnswerForm({ questionId }: { questionId: number }) {
  const [state, action, pending] = useActionState(answerQuestionAction, initial);
  const e = errorsOf(state, ANSWER_FIELDS, Object.keys(ANSWER_FIELDS));
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="questionId" value={questionId} />
      <TextAreaField id="answer" label="回复内容" hint={`不超过 ${ANSWER_MAX} 字；提问人同意公开的，回复将在网站公开`} rows={8} maxLength={ANSWER_MAX} defaultValue={e.value("answer") ?? ""} error={e.field("answer")} />
      <SubmitButton pending={pending}>提交回复</SubmitButton>
    </form>
  );
}

export function ReassignForm({ questionId, departments, current }: { questionId: number; departments: Choice[]; current: number }) {
  const [state, action, pending] = useActionState(reassignQuestionAction, initial);
  const e = errorsOf(state, REASSIGN_FIELDS, Object.keys(REASSIGN_FIELDS));
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="questionId" value={questionId} />
      <SelectField
        id="departmentId"
        label="改派到部门"
        options={departments.filter((department) => department.id !== current).map((department) => ({ value: String(department.id), label: department.name }))}
        defaultValue={e.value("departmentId")}
        error={e.field("departmentId")}
      />
      <SubmitButton pending={pending}>改派</SubmitButton>
    </form>
  );
}

export function FaqForm({ faqId, stored, departments, themes }: { faqId: number | null; stored: Record<string, string>; departments: Choice[]; themes: Choice[] }) {
  const [state, action, pending] = useActionState(faqId === null ? createFaqAction : updateFaqAction, initial);
  const e = errorsOf(state, FAQ_FIELDS, Object.keys(FAQ_FIELDS));
  const value = (name: string) => (state.status === "error" ? (state.values[name] ?? "") : (stored[name] ?? ""));
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      {faqId !== null ? <input type="hidden" name="faqId" value={faqId} /> : null}
      <SelectField key={`department-${value("departmentId")}`} id="departmentId" label="部门" options={departments.map((d) => ({ value: String(d.id), label: d.name }))} defaultValue={value("departmentId")} error={e.field("departmentId")} />
      <SelectField key={`theme-${value("themeId")}`} id="themeId" label="主题" options={themes.map((t) => ({ value: String(t.id), label: t.name }))} defaultValue={value("themeId")} error={e.field("themeId")} />
      <TextField id="question" label="问题" maxLength={200} defaultValue={value("question")} error={e.field("question")} />
      <TextAreaField id="answer" label="解答" rows={6} maxLength={ANSWER_MAX} defaultValue={value("answer")} error={e.field("answer")} />
      <TextField id="sortOrder" label="排序" hint="数字小的在前" inputMode="numeric" defaultValue={value("sortOrder") || "0"} error={e.field("sortOrder")} />
      <CheckboxField id="published" defaultChecked={state.status === "error" ? value("published") === "on" : stored.published !== "off"} error={e.field("published")}>
        公开（在常见问题和该部门的办事指南页显示）
      </CheckboxField>
      <SubmitButton pending={pending}>{faqId === null ? "新建条目" : "保存"}</SubmitButton>
    </form>
  );
}
