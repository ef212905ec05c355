"use client";

import Link from "next/link";
import { useActionState } from "react";
import { submitOpinionAction } from "@/app/(accounts)/interaction/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { CheckboxField, errorsOf, SelectField, SubmitButton, TextAreaField } from "@/components/forms/fields";
import type { Clause } from "@/lib/consultations/clauses";
import { OPINION_FIELDS, OPINION_MAX, OPINION_MIN } from "@/lib/consultations/fields";
import { idleState, type FormState } from "@/lib/forms/action";
import { PRIVACY_POLICY_PATH } from "@/lib/privacy";

// The opinion form: a server action with <form action>, so it works without JavaScript.

const initial = idleState as FormState<never>;

export function OpinionForm({ consultationId, clauses }: { consultationId: number; clauses: Clause[] }) {
  const [state, action, pending] = useActionState(submitOpinionAction, initial);
  const e = errorsOf(state, OPINION_FIELDS, Object.keys(OPINION_FIELDS));
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="consultationId" value={consultationId} />
      <SelectField
        key={`clause-${e.value("clause") ?? ""}`}
        id="clause"
        label="针对条款"
        hint="对整篇文件的意见选“全文”"
        options={[{ value: "full", label: "全文" }, ...clauses.map((clause) => ({ value: String(clause.number), label: `${clause.label} ${clause.excerpt}` }))]}
        defaultValue={e.value("clause") ?? "full"}
        error={e.field("clause")}
      />
      <TextAreaField id="body" label="意见内容" hint={`${OPINION_MIN} 至 ${OPINION_MAX} 个字`} rows={8} maxLength={OPINION_MAX} defaultValue={e.value("body") ?? ""} error={e.field("body")} />
      <CheckboxField id="publicConsent" defaultChecked={e.value("publicConsent") === "on"} error={e.field("publicConsent")}>
        同意公开：征集结束后，本条意见可随意见采纳情况反馈公开，署名只显示姓氏（如“张**”），不公开联系方式（见
        <Link href={PRIVACY_POLICY_PATH} className="underline">隐私政策</Link>）。
      </CheckboxField>
      <SubmitButton pending={pending}>提交意见</SubmitButton>
    </form>
  );
}
