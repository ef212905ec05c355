"use client";

import Link from "next/link";
import { useActionState } from "react";
import { rateLetterAction, submitLetterAction, trackLetterAction, type TrackState } from "@/app/(accounts)/mailbox/actions";
import { AttachmentsField } from "@/components/forms/AttachmentsField";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { CheckboxField, ChoiceGroup, errorsOf, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";
import { LETTER_TYPE_LABELS, LETTER_TYPES } from "@/lib/mailbox/states";
import { CONTENT_MAX, CONTENT_MIN, LETTER_FIELD_LABELS, RATING_COMMENT_MAX, RATINGS, TITLE_MAX } from "@/lib/mailbox/fields";
import { PRIVACY_POLICY_PATH } from "@/lib/privacy";
import { LetterProgress } from "./LetterProgress";

// The mailbox forms. Each posts to its server action with <form action>, so it works
// without JavaScript (the page re-renders with the returned state).

const initial = idleState as FormState<never>;

const LETTER_ORDER = ["type", "title", "content", "agreePublic", "contactName", "contactPhone", "contactEmail", "attachments"];

export interface ContactDefaults {
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

export function LetterForm({ submissionKey, contact }: { submissionKey: string; contact: ContactDefaults }) {
  const [state, action, pending] = useActionState(submitLetterAction, initial);
  const e = errorsOf(state, { ...LETTER_FIELD_LABELS, submissionKey: "表单" }, LETTER_ORDER);
  const value = (name: string, fallback = "") => e.value(name) ?? fallback;
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="submissionKey" value={value("submissionKey", submissionKey)} />
      <ChoiceGroup
        id="type"
        legend="信件类型"
        options={LETTER_TYPES.map((type) => ({ value: type, label: LETTER_TYPE_LABELS[type] }))}
        defaultValue={value("type")}
        error={e.field("type")}
        hint="举报信件不予公开。"
      />
      <TextField id="title" label="标题" defaultValue={value("title")} error={e.field("title")} hint={`不超过 ${TITLE_MAX} 个字`} maxLength={TITLE_MAX} required />
      <TextAreaField
        id="content"
        label="内容"
        defaultValue={value("content")}
        error={e.field("content")}
        hint={`${CONTENT_MIN} 至 ${CONTENT_MAX} 个字。请写明事情经过、地点和您的诉求。`}
        maxLength={CONTENT_MAX}
        rows={10}
      />
      <CheckboxField id="agreePublic" error={e.field("agreePublic")} defaultChecked={value("agreePublic") === "on"}>
        同意公开：答复后，本信可经工作人员隐去个人信息后在网站公开（举报信件不能公开）。
      </CheckboxField>
      <fieldset className="mb-5">
        <legend className="mb-2 text-lg font-bold">联系方式</legend>
        <p className="mb-3 text-muted">
          已按您的账户信息填写，可以修改。联系方式只用于办理本信，不会公开（见
          <Link href={PRIVACY_POLICY_PATH} className="underline">隐私政策</Link>）。
        </p>
        <TextField id="contactName" label="姓名" autoComplete="name" defaultValue={value("contactName", contact.contactName)} error={e.field("contactName")} required maxLength={50} />
        <TextField id="contactPhone" label="手机号码" type="tel" autoComplete="tel" inputMode="numeric" defaultValue={value("contactPhone", contact.contactPhone)} error={e.field("contactPhone")} required />
        <TextField id="contactEmail" label="电子邮箱" type="email" autoComplete="email" defaultValue={value("contactEmail", contact.contactEmail)} error={e.field("contactEmail")} required />
      </fieldset>
      <AttachmentsField error={e.field("attachments")} />
      <SubmitButton pending={pending}>提交信件</SubmitButton>
    </form>
  );
}

const initialTrack = idleState as TrackState;

export function TrackForm() {
  const [state, action, pending] = useActionState(trackLetterAction, initialTrack);
  const e = errorsOf(state, { number: "信件编号", code: "查询码" }, ["number", "code"]);
  return (
    <>
      <form action={action} noValidate>
        <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
        <TextField id="number" label="信件编号" hint="例如 20261129-0007" defaultValue={e.value("number")} error={e.field("number")} autoComplete="off" required />
        <TextField id="code" label="查询码" hint="提交信件时显示的 12 位字母和数字" defaultValue={e.value("code")} error={e.field("code")} autoComplete="off" required />
        <SubmitButton pending={pending}>查询</SubmitButton>
      </form>
      {state.status === "success" && state.data ? (
        <section aria-labelledby="track-result" className="mt-8 border-t border-line pt-6">
          <h2 id="track-result" className="mb-3 text-xl font-bold">
            查询结果
          </h2>
          <LetterProgress letter={state.data} />
        </section>
      ) : null}
    </>
  );
}

export function RatingForm({ letterId }: { letterId: number }) {
  const [state, action, pending] = useActionState(rateLetterAction, initial);
  const id = (name: string) => `${name}-${letterId}`;
  const e = errorsOf(state, { rating: "评价", ratingComment: "评价意见" }, ["rating", "ratingComment"]);
  return (
    <form action={action} noValidate className="mt-3 border-t border-line pt-3">
      <ErrorSummary
        errors={e.summary.map((error) => ({ ...error, field: id(error.field) }))}
        message={state.status === "error" ? state.formError : undefined}
        focusKey={state}
      />
      <input type="hidden" name="letterId" value={letterId} />
      <ChoiceGroup
        id={id("rating")}
        name="rating"
        legend="评价本次答复（只能评价一次，评价后信件办结）"
        options={Object.entries(RATINGS).map(([value, label]) => ({ value, label }))}
        defaultValue={e.value("rating") ?? ""}
        error={e.field("rating")}
      />
      <TextAreaField
        id={id("ratingComment")}
        name="ratingComment"
        label="评价意见（可选）"
        hint={`不超过 ${RATING_COMMENT_MAX} 个字`}
        defaultValue={e.value("ratingComment") ?? ""}
        error={e.field("ratingComment")}
        maxLength={RATING_COMMENT_MAX}
        rows={3}
      />
      <SubmitButton pending={pending}>提交评价</SubmitButton>
    </form>
  );
}
