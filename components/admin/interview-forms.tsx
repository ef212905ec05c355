"use client";

import { useActionState } from "react";
import { addGuestAction, publishInterviewAction, rejectQuestionAction, postTurnAction, saveInterviewAction, switchInterviewAction } from "@/app/admin/interviews/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ChoiceGroup, errorsOf, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";
import { GUEST_FIELDS, INTERVIEW_FIELDS, TURN_FIELDS, TURN_MAX, TURN_ROLES } from "@/lib/interviews/fields";
import { LIVE_SWITCHES } from "@/lib/interviews/status";

// The 嘉宾访谈 forms of the staff console (server actions with <form action>: they work
// without JavaScript).

const initial = idleState as FormState<never>;

export function InterviewForm({ id, stored }: { id: number | null; stored: Record<string, string> }) {
  const [state, action, pending] = useActionState(saveInterviewAction, initial);
  const e = errorsOf(state, INTERVIEW_FIELDS, Object.keys(INTERVIEW_FIELDS));
  const value = (name: string) => (state.status === "error" ? (state.values[name] ?? "") : (stored[name] ?? ""));
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="interviewId" value={id ?? ""} />
      <TextField id="title" label="标题" defaultValue={value("title")} error={e.field("title")} maxLength={100} />
      <TextField id="host" label="主持人" defaultValue={value("host")} error={e.field("host")} maxLength={50} />
      <TextField id="startsAt" label="开始时间" type="datetime-local" hint="北京时间" defaultValue={value("startsAt")} error={e.field("startsAt")} />
      <TextField id="endsAt" label="计划结束时间" type="datetime-local" hint="北京时间；提前开始、延长或提前结束用“直播状态”切换" defaultValue={value("endsAt")} error={e.field("endsAt")} />
      <TextAreaField id="intro" label="访谈简介" hint="不超过 2000 字" rows={5} defaultValue={value("intro")} error={e.field("intro")} />
      <TextAreaField id="summary" label="访谈总结" hint="访谈结束后填写，在往期回顾中显示；不超过 5000 字" rows={5} defaultValue={value("summary")} error={e.field("summary")} />
      <SubmitButton pending={pending}>{id === null ? "保存（暂不发布）" : "保存"}</SubmitButton>
    </form>
  );
}

export function PublishInterviewForm({ interviewId, publish }: { interviewId: number; publish: boolean }) {
  const [state, action, pending] = useActionState(publishInterviewAction, initial);
  return (
    <form action={action} className="mb-3">
      <ErrorSummary errors={[]} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="interviewId" value={interviewId} />
      <input type="hidden" name="publish" value={publish ? "1" : "0"} />
      <SubmitButton pending={pending}>{publish ? "发布" : "下线"}</SubmitButton>
    </form>
  );
}

export function LiveSwitchForm({ interviewId, current }: { interviewId: number; current: string }) {
  const [state, action, pending] = useActionState(switchInterviewAction, initial);
  const e = errorsOf(state, { liveSwitch: "直播状态" }, ["liveSwitch"]);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="interviewId" value={interviewId} />
      <ChoiceGroup id="liveSwitch" legend="直播状态" options={Object.entries(LIVE_SWITCHES).map(([value, label]) => ({ value, label }))} defaultValue={e.value("liveSwitch") ?? current} error={e.field("liveSwitch")} />
      <SubmitButton pending={pending}>切换直播状态</SubmitButton>
    </form>
  );
}

export function GuestForm({ interviewId, hint }: { interviewId: number; hint: string }) {
  const [state, action, pending] = useActionState(addGuestAction, initial);
  const e = errorsOf(state, GUEST_FIELDS, Object.keys(GUEST_FIELDS));
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="interviewId" value={interviewId} />
      <TextField id="name" label="嘉宾姓名" defaultValue={e.value("name") ?? ""} error={e.field("name")} maxLength={50} />
      <TextField id="post" label="职务" defaultValue={e.value("post") ?? ""} error={e.field("post")} maxLength={100} />
      <TextField id="department" label="单位" defaultValue={e.value("department") ?? ""} error={e.field("department")} maxLength={100} />
      <TextAreaField id="bio" label="简介" hint="选填，不超过 500 字" rows={3} defaultValue={e.value("bio") ?? ""} error={e.field("bio")} />
      <TextField id="photo" label="照片" type="file" accept="image/png,image/jpeg,image/gif" hint={`选填；${hint}`} error={e.field("photo")} />
      <SubmitButton pending={pending}>添加嘉宾</SubmitButton>
    </form>
  );
}

export function TurnForm({ interviewId, questions, keep, hint }: { interviewId: number; questions: { id: number; maskedName: string; body: string }[]; keep: { role: string; speaker: string }; hint: string }) {
  const [state, action, pending] = useActionState(postTurnAction, initial);
  const e = errorsOf(state, TURN_FIELDS, Object.keys(TURN_FIELDS));
  return (
    <form action={action} noValidate id="turn-form" tabIndex={-1}>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="interviewId" value={interviewId} />
      <ChoiceGroup id="role" legend="发言身份" options={Object.entries(TURN_ROLES).map(([value, label]) => ({ value, label }))} defaultValue={e.value("role") ?? (keep.role || "host")} error={e.field("role")} />
      <TextField id="speaker" label="发言人" defaultValue={e.value("speaker") ?? keep.speaker} error={e.field("speaker")} maxLength={50} />
      <TextAreaField id="body" label="发言内容" hint={`不超过 ${TURN_MAX} 字`} rows={4} defaultValue={e.value("body") ?? ""} error={e.field("body")} />
      {questions.length > 0 ? (
        <SelectField
          key={`question-${e.value("questionId") ?? ""}`}
          id="questionId"
          label="对应的网友提问"
          hint="发言身份为“网友提问”时，可选择所读的问题，它将标为已回答"
          options={questions.map((question) => ({ value: String(question.id), label: `${question.maskedName}：${question.body.slice(0, 40)}` }))}
          defaultValue={e.value("questionId") ?? ""}
          error={e.field("questionId")}
        />
      ) : null}
      <TextField id="photo" label="图片" type="file" accept="image/png,image/jpeg,image/gif" hint={`选填；${hint}`} error={e.field("photo")} />
      <SubmitButton pending={pending}>发布这段实录</SubmitButton>
    </form>
  );
}

export function RejectQuestionForm({ questionId }: { questionId: number }) {
  const [state, action, pending] = useActionState(rejectQuestionAction, initial);
  const id = `reason-${questionId}`;
  const e = errorsOf(state, { reason: "不通过的理由" }, ["reason"]);
  return (
    <form action={action} noValidate className="mt-2">
      <ErrorSummary errors={e.summary.map((error) => ({ ...error, field: id }))} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="questionId" value={questionId} />
      <TextField id={id} name="reason" label="不通过的理由" defaultValue={e.value("reason") ?? ""} error={e.field("reason")} maxLength={200} />
      <SubmitButton pending={pending}>不通过</SubmitButton>
    </form>
  );
}
