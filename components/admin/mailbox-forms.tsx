"use client";

import { useActionState } from "react";
import {
  acceptAction,
  assignAction,
  decideExtensionAction,
  publishAction,
  rejectAction,
  replyAction,
  requestExtensionAction,
  unpublishAction,
} from "@/app/admin/mailbox/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SelectField, SubmitButton, TextAreaField, TextField, errorsOf } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";

// The action forms of a letter (/admin/mailbox/[id]). Plain <form action> with
// useActionState: they work without JavaScript, and errors show beside the field and in the
// summary at the top of the form.

type Action = (state: FormState<never>, formData: FormData) => Promise<FormState<never>>;
const initial = idleState as FormState<never>;

function LetterForm({
  action,
  letterId,
  title,
  labels,
  button,
  children,
}: {
  action: Action;
  letterId: number;
  title: string;
  labels: Record<string, string>;
  button: string;
  children: (fields: ReturnType<typeof errorsOf>) => React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const fields = errorsOf(state, labels, Object.keys(labels));
  const headingId = `${title}-heading`;
  return (
    <section aria-labelledby={headingId} className="mb-6 rounded border-2 border-line p-4">
      <h3 id={headingId} className="mb-3 text-lg font-bold">
        {title}
      </h3>
      <form action={formAction} noValidate>
        <ErrorSummary errors={fields.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
        <input type="hidden" name="letterId" value={letterId} />
        {children(fields)}
        <SubmitButton pending={pending}>{button}</SubmitButton>
      </form>
    </section>
  );
}

export function AcceptForm({ letterId }: { letterId: number }) {
  return (
    <LetterForm action={acceptAction} letterId={letterId} title="受理" labels={{ acceptNote: "受理意见" }} button="受理">
      {(fields) => (
        <TextAreaField id="acceptNote" label="受理意见（可选，来信人可见）" rows={2} error={fields.field("acceptNote")} defaultValue={fields.value("acceptNote")} hint="不填写时告知来信人答复期限。" />
      )}
    </LetterForm>
  );
}

export function RejectForm({ letterId }: { letterId: number }) {
  return (
    <LetterForm action={rejectAction} letterId={letterId} title="不予受理" labels={{ rejectReason: "不予受理的理由" }} button="不予受理">
      {(fields) => <TextAreaField id="rejectReason" label="不予受理的理由（来信人可见）" rows={3} error={fields.field("rejectReason")} defaultValue={fields.value("rejectReason")} />}
    </LetterForm>
  );
}

export function AssignForm({ letterId, departments, current }: { letterId: number; departments: { id: number; name: string }[]; current: number | null }) {
  return (
    <LetterForm action={assignAction} letterId={letterId} title={current ? "转交其他部门" : "交办"} labels={{ departmentId: "办理部门" }} button={current ? "转交" : "交办"}>
      {(fields) => (
        <SelectField
          id="departmentId"
          label="办理部门"
          error={fields.field("departmentId")}
          defaultValue={fields.value("departmentId")}
          options={departments.filter((department) => department.id !== current).map((department) => ({ value: String(department.id), label: department.name }))}
        />
      )}
    </LetterForm>
  );
}

export function ReplyForm({ letterId }: { letterId: number }) {
  return (
    <LetterForm action={replyAction} letterId={letterId} title="答复" labels={{ reply: "答复内容" }} button="提交答复">
      {(fields) => (
        <TextAreaField id="reply" label="答复内容" rows={8} error={fields.field("reply")} defaultValue={fields.value("reply")} hint="提交后来信人会收到电子邮件通知，并可在个人中心和信件查询中看到答复。" />
      )}
    </LetterForm>
  );
}

export function RequestExtensionForm({ letterId }: { letterId: number }) {
  return (
    <LetterForm action={requestExtensionAction} letterId={letterId} title="申请延期" labels={{ extensionReason: "申请延期的理由" }} button="申请延期">
      {(fields) => (
        <TextAreaField id="extensionReason" label="申请延期的理由" rows={3} error={fields.field("extensionReason")} defaultValue={fields.value("extensionReason")} hint="每封信件只能申请一次延期，由系统管理员审批。" />
      )}
    </LetterForm>
  );
}

export function DecideExtensionForm({ letterId, reason }: { letterId: number; reason: string }) {
  return (
    <LetterForm
      action={decideExtensionAction}
      letterId={letterId}
      title="审批延期申请"
      labels={{ decision: "审批结果", extensionDays: "延长的工作日数", decisionNote: "说明" }}
      button="提交审批"
    >
      {(fields) => (
        <>
          <p className="mb-3">申请理由：{reason}</p>
          <SelectField
            id="decision"
            label="审批结果"
            error={fields.field("decision")}
            defaultValue={fields.value("decision")}
            options={[
              { value: "grant", label: "同意延期" },
              { value: "refuse", label: "不同意" },
            ]}
          />
          <TextField id="extensionDays" label="延长的工作日数" inputMode="numeric" error={fields.field("extensionDays")} defaultValue={fields.value("extensionDays") ?? "15"} />
          <TextAreaField id="decisionNote" label="说明（可选；同意时来信人可见）" rows={2} error={fields.field("decisionNote")} defaultValue={fields.value("decisionNote")} />
        </>
      )}
    </LetterForm>
  );
}

export function PublishForm({ letterId, version, published }: { letterId: number; version: { title: string; content: string; reply: string }; published: boolean }) {
  return (
    <LetterForm
      action={publishAction}
      letterId={letterId}
      title={published ? "修改公开内容" : "公开预览"}
      labels={{ publicTitle: "公开的标题", publicContent: "公开的内容", publicReply: "公开的答复" }}
      button={published ? "更新公开内容" : "公开"}
    >
      {(fields) => (
        <>
          <p className="mb-3">
            以下即为公开后读者看到的内容：身份证号、电话号码和电子邮箱已自动隐去，请检查并删去其他可识别个人的信息（姓名、住址等）。来信人的姓名和联系方式不会公开。
          </p>
          <TextField id="publicTitle" label="公开的标题" error={fields.field("publicTitle")} defaultValue={fields.value("publicTitle") ?? version.title} />
          <TextAreaField id="publicContent" label="公开的内容" rows={8} error={fields.field("publicContent")} defaultValue={fields.value("publicContent") ?? version.content} />
          <TextAreaField id="publicReply" label="公开的答复" rows={6} error={fields.field("publicReply")} defaultValue={fields.value("publicReply") ?? version.reply} />
        </>
      )}
    </LetterForm>
  );
}

export function UnpublishForm({ letterId }: { letterId: number }) {
  return (
    <LetterForm action={unpublishAction} letterId={letterId} title="取消公开" labels={{}} button="取消公开">
      {() => null}
    </LetterForm>
  );
}
