"use client";

import { useActionState } from "react";
import {
  decideOpinionAction,
  publishConsultationAction,
  publishFeedbackAction,
  removeConsultationAttachmentAction,
  saveConsultationAction,
  uploadConsultationAttachmentAction,
} from "@/app/admin/consultations/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ChoiceGroup, errorsOf, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { CONSULTATION_FIELDS, DECISION_FIELDS, DECISIONS, FEEDBACK_FIELDS, REASON_MAX, SUMMARY_MAX } from "@/lib/consultations/fields";
import { idleState, type FormState } from "@/lib/forms/action";

// The 民意征集 forms of the staff console (server actions with <form action>: they work
// without JavaScript).

const initial = idleState as FormState<never>;

export function ConsultationForm({ id, stored, departments }: { id: number | null; stored: Record<string, string>; departments: { id: number; name: string }[] }) {
  const [state, action, pending] = useActionState(saveConsultationAction, initial);
  const e = errorsOf(state, CONSULTATION_FIELDS, Object.keys(CONSULTATION_FIELDS));
  const value = (name: string) => (state.status === "error" ? (state.values[name] ?? "") : (stored[name] ?? ""));
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="consultationId" value={id ?? ""} />
      <TextField id="title" label="标题" defaultValue={value("title")} error={e.field("title")} maxLength={100} />
      <SelectField
        key={`department-${value("departmentId")}`}
        id="departmentId"
        label="征集单位"
        options={departments.map((department) => ({ value: String(department.id), label: department.name }))}
        defaultValue={value("departmentId")}
        error={e.field("departmentId")}
      />
      <TextField id="startsAt" label="开始时间" type="datetime-local" hint="北京时间" defaultValue={value("startsAt")} error={e.field("startsAt")} />
      <TextField id="endsAt" label="截止时间" type="datetime-local" hint="北京时间；截止后不再接受意见" defaultValue={value("endsAt")} error={e.field("endsAt")} />
      <TextAreaField id="intro" label="征集说明" hint="起草背景、征集目的和注意事项，不超过 2000 字" rows={5} defaultValue={value("intro")} error={e.field("intro")} />
      <TextAreaField
        monospace
        id="draft"
        label="征求意见稿正文"
        hint="Markdown 格式。以“第一条”“第二条”……开头的段落或标题为条款，居民可逐条提出意见；没有这样的段落时，每个段落为一项条款。收到意见后正文不能再修改。"
        rows={16}
        defaultValue={value("draft")}
        error={e.field("draft")}
      />
      <SubmitButton pending={pending}>{id === null ? "保存（暂不发布）" : "保存"}</SubmitButton>
    </form>
  );
}

export function PublishConsultationForm({ consultationId, publish }: { consultationId: number; publish: boolean }) {
  const [state, action, pending] = useActionState(publishConsultationAction, initial);
  return (
    <form action={action}>
      <ErrorSummary errors={[]} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="consultationId" value={consultationId} />
      <input type="hidden" name="publish" value={publish ? "1" : "0"} />
      <SubmitButton pending={pending}>{publish ? "发布" : "下线"}</SubmitButton>
    </form>
  );
}

export function UploadConsultationAttachmentForm({ consultationId, hint }: { consultationId: number; hint: string }) {
  const [state, action, pending] = useActionState(uploadConsultationAttachmentAction, initial);
  const e = errorsOf(state, { file: "附件" }, ["file"]);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="consultationId" value={consultationId} />
      <TextField id="file" label="上传附件（征求意见稿 PDF 或 Word 文件）" type="file" hint={hint} error={e.field("file")} />
      <SubmitButton pending={pending}>上传</SubmitButton>
    </form>
  );
}

export function RemoveConsultationAttachmentForm({ attachmentId, fileName }: { attachmentId: number; fileName: string }) {
  const [state, action, pending] = useActionState(removeConsultationAttachmentAction, initial);
  return (
    <form action={action} className="inline">
      {state.status === "error" ? <span className="font-semibold text-red-800">{state.formError}</span> : null}
      <input type="hidden" name="attachmentId" value={attachmentId} />
      <button type="submit" disabled={pending} className="underline" aria-label={`删除附件 ${fileName}`}>
        删除
      </button>
    </form>
  );
}

export function DecisionForm({ opinionId, decision, reason }: { opinionId: number; decision: string | null; reason: string | null }) {
  const [state, action, pending] = useActionState(decideOpinionAction, initial);
  const id = (name: string) => `${name}-${opinionId}`;
  const e = errorsOf(state, DECISION_FIELDS, Object.keys(DECISION_FIELDS));
  return (
    <form action={action} noValidate className="mt-3 border-t border-line pt-3">
      <ErrorSummary errors={e.summary.map((error) => ({ ...error, field: id(error.field) }))} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="opinionId" value={opinionId} />
      <ChoiceGroup
        id={id("decision")}
        name="decision"
        legend="采纳情况"
        options={Object.entries(DECISIONS).map(([value, label]) => ({ value, label }))}
        defaultValue={e.value("decision") ?? decision ?? ""}
        error={e.field("decision")}
      />
      <TextAreaField id={id("reason")} name="reason" label="理由" hint={`不超过 ${REASON_MAX} 字；同意公开的意见，理由随采纳情况反馈公开`} rows={2} maxLength={REASON_MAX} defaultValue={e.value("reason") ?? reason ?? ""} error={e.field("reason")} />
      <SubmitButton pending={pending}>保存采纳情况</SubmitButton>
    </form>
  );
}

export function FeedbackForm({ consultationId }: { consultationId: number }) {
  const [state, action, pending] = useActionState(publishFeedbackAction, initial);
  const e = errorsOf(state, FEEDBACK_FIELDS, Object.keys(FEEDBACK_FIELDS));
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="consultationId" value={consultationId} />
      <TextAreaField id="summary" label="反馈说明" hint={`意见的总体情况和采纳情况的说明，不超过 ${SUMMARY_MAX} 字；发布后公开，不能修改`} rows={6} maxLength={SUMMARY_MAX} defaultValue={e.value("summary") ?? ""} error={e.field("summary")} />
      <SubmitButton pending={pending}>发布意见采纳情况反馈</SubmitButton>
    </form>
  );
}
