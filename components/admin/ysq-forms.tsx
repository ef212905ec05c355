"use client";

import { useActionState } from "react";
import Link from "next/link";
import {
  correctionAction,
  enterRequestAction,
  extensionDecisionAction,
  extensionRequestAction,
  registerAction,
  replyAction,
  type EnterRequestState,
} from "@/app/admin/ysq/actions";
import { AttachmentsField } from "@/components/forms/AttachmentsField";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ChoiceGroup, SubmitButton, TextAreaField, errorsOf } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";
import { FIELD_LABELS, OUTCOMES, OUTCOME_LABELS } from "@/lib/ysq/fields";
import { ORDER, RequestFields } from "@/components/ysq/forms";

// The action forms of a request (/admin/ysq/[id]), as the letter's (mailbox-forms.tsx): plain
// <form action> with useActionState, so they work without JavaScript.

type Action = (state: FormState<never>, formData: FormData) => Promise<FormState<never>>;
const initial = idleState as FormState<never>;

function RequestForm({
  action,
  requestId,
  title,
  labels,
  button,
  children,
}: {
  action: Action;
  requestId: number;
  title: string;
  labels: Record<string, string>;
  button: string;
  children?: (fields: ReturnType<typeof errorsOf>) => React.ReactNode;
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
        <input type="hidden" name="requestId" value={requestId} />
        {children?.(fields)}
        <SubmitButton pending={pending}>{button}</SubmitButton>
      </form>
    </section>
  );
}

export function RegisterForm({ requestId }: { requestId: number }) {
  return (
    <RequestForm action={registerAction} requestId={requestId} title="登记" labels={{}} button="登记（今天为收到申请之日）">
      {() => <p className="mb-3">登记后，答复期限为今天起第 20 个工作日。</p>}
    </RequestForm>
  );
}

export function CorrectionForm({ requestId }: { requestId: number }) {
  return (
    <RequestForm action={correctionAction} requestId={requestId} title="要求补正" labels={{ correctionRequest: "补正告知" }} button="发出补正告知">
      {(fields) => (
        <TextAreaField
          id="correctionRequest"
          label="补正告知（申请人可见）"
          hint="一次性告知需要补正的事项和合理的补正期限；补正期间答复期限暂停计算。"
          rows={4}
          error={fields.field("correctionRequest")}
          defaultValue={fields.value("correctionRequest")}
        />
      )}
    </RequestForm>
  );
}

export function ExtensionRequestForm({ requestId }: { requestId: number }) {
  return (
    <RequestForm action={extensionRequestAction} requestId={requestId} title="申请延期" labels={{ extensionReason: "延期理由" }} button="提交延期申请">
      {(fields) => (
        <TextAreaField id="extensionReason" label="延期理由" hint="只能延期一次，延长 20 个工作日，需经管理员批准。" rows={3} error={fields.field("extensionReason")} defaultValue={fields.value("extensionReason")} />
      )}
    </RequestForm>
  );
}

export function ExtensionDecisionForm({ requestId, reason }: { requestId: number; reason: string }) {
  return (
    <RequestForm action={extensionDecisionAction} requestId={requestId} title="审批延期" labels={{ decision: "审批意见", decisionNote: "说明" }} button="提交审批">
      {(fields) => (
        <>
          <p className="mb-3">延期理由：{reason}</p>
          <ChoiceGroup
            id="decision"
            legend="审批意见"
            options={[
              { value: "grant", label: "同意延期 20 个工作日" },
              { value: "refuse", label: "不同意" },
            ]}
            defaultValue={fields.value("decision")}
            error={fields.field("decision")}
          />
          <TextAreaField id="decisionNote" label="说明（可选）" rows={2} error={fields.field("decisionNote")} defaultValue={fields.value("decisionNote")} />
        </>
      )}
    </RequestForm>
  );
}

export function ReplyForm({ requestId }: { requestId: number }) {
  return (
    <RequestForm action={replyAction} requestId={requestId} title="答复" labels={{ outcome: "答复结果", legalBasis: "答复依据", reply: "答复内容", attachments: "附件" }} button="提交答复">
      {(fields) => (
        <>
          <ChoiceGroup
            id="outcome"
            legend="答复结果"
            options={OUTCOMES.map((outcome) => ({ value: outcome, label: OUTCOME_LABELS[outcome] }))}
            defaultValue={fields.value("outcome")}
            error={fields.field("outcome")}
          />
          <TextAreaField id="legalBasis" label="答复依据" hint="例如：《中华人民共和国政府信息公开条例》第三十六条第（二）项" rows={2} error={fields.field("legalBasis")} defaultValue={fields.value("legalBasis")} />
          <TextAreaField id="reply" label="答复内容（申请人可见，并以电子邮件发送）" rows={8} error={fields.field("reply")} defaultValue={fields.value("reply")} />
          <AttachmentsField label="答复附件（可选，申请人在查询页面下载）" error={fields.field("attachments")} />
        </>
      )}
    </RequestForm>
  );
}

const initialEntry = idleState as EnterRequestState;

/** /admin/ysq/new: a request received by another channel; the 查询码 is shown once on success. */
export function StaffEntryForm({ submissionKey }: { submissionKey: string }) {
  const [state, action, pending] = useActionState(enterRequestAction, initialEntry);
  const e = errorsOf(state, FIELD_LABELS, ORDER);
  if (state.status === "success" && state.data) {
    const { id, number, trackingCode } = state.data;
    return (
      <div role="status" className="border-4 border-green-700 p-4" data-testid="ysq-entered">
        <p className="mb-2 text-lg font-bold">申请已登记：{number}</p>
        {trackingCode ? (
          <p className="mb-2">
            查询码：<strong className="font-mono" data-testid="ysq-entered-code">{trackingCode}</strong>（只显示这一次，请告知申请人，凭申请编号和查询码可在网站查询进度和答复）
          </p>
        ) : null}
        <p>
          <Link href={`/admin/ysq/${id}`}>打开该申请</Link>　<Link href="/admin/ysq/new">再登记一件</Link>
        </p>
      </div>
    );
  }
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <RequestFields e={e} submissionKey={submissionKey} defaults={{ name: "", phone: "", email: "", address: "" }} entry="staff" />
      <SubmitButton pending={pending}>登记申请</SubmitButton>
    </form>
  );
}
