"use client";

import Link from "next/link";
import { useActionState } from "react";
import { submitInfoRequestAction, trackInfoRequestAction, type YsqTrackState } from "@/app/(accounts)/gk/ysq/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { CheckboxField, ChoiceGroup, errorsOf, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";
import { PRIVACY_POLICY_PATH } from "@/lib/privacy";
import {
  APPLICANT_TYPES,
  APPLICANT_TYPE_LABELS,
  CHANNEL_LABELS,
  DELIVERY_LABELS,
  DELIVERY_METHODS,
  DESCRIPTION_MAX,
  FIELD_LABELS,
  ID_TYPES,
  ID_TYPE_LABELS,
  PURPOSE_MAX,
  STAFF_CHANNELS,
} from "@/lib/ysq/fields";
import { RequestProgress } from "./RequestProgress";

// The 依申请公开 forms. Each posts to its server action with <form action>, so it works without
// JavaScript. Both kinds of applicant have their fieldset on the page (no script switches
// them); the server reads the one the chosen 申请人类型 names.

const initial = idleState as FormState<never>;

export const ORDER = [
  "channel",
  "applicantType",
  "name",
  "idType",
  "idCard",
  "orgName",
  "creditCode",
  "legalRepresentative",
  "contactPerson",
  "phone",
  "email",
  "address",
  "postalCode",
  "description",
  "purpose",
  "delivery",
  "declaration",
];

export interface ApplicantDefaults {
  name: string;
  phone: string;
  email: string;
  address: string;
}

export function ApplyForm({ submissionKey, defaults }: { submissionKey: string; defaults: ApplicantDefaults }) {
  const [state, action, pending] = useActionState(submitInfoRequestAction, initial);
  const e = errorsOf(state, FIELD_LABELS, ORDER);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <RequestFields e={e} submissionKey={submissionKey} defaults={defaults} entry="online" />
      <SubmitButton pending={pending}>提交申请</SubmitButton>
    </form>
  );
}

/**
 * The national template's fields, for the public form and for staff entering a request
 * received by letter, in person or by fax (/admin/ysq/new: the channel first, the applicant's
 * signed declaration confirmed instead of made).
 */
export function RequestFields({
  e,
  submissionKey,
  defaults,
  entry,
}: {
  e: ReturnType<typeof errorsOf>;
  submissionKey: string;
  defaults: ApplicantDefaults;
  entry: "online" | "staff";
}) {
  const value = (name: string, fallback = "") => e.value(name) ?? fallback;
  return (
    <>
      <input type="hidden" name="submissionKey" value={value("submissionKey", submissionKey)} />
      {entry === "staff" ? (
        <ChoiceGroup
          id="channel"
          legend="收到申请的渠道"
          options={STAFF_CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }))}
          defaultValue={value("channel")}
          error={e.field("channel")}
          hint="今天即为收到申请之日，登记后开始计算 20 个工作日的答复期限。"
        />
      ) : null}
      <ChoiceGroup
        id="applicantType"
        legend="申请人类型"
        options={APPLICANT_TYPES.map((type) => ({ value: type, label: APPLICANT_TYPE_LABELS[type] }))}
        defaultValue={value("applicantType", "citizen")}
        error={e.field("applicantType")}
        hint="请选择一项，并填写下面对应的申请人信息。"
      />
      <fieldset className="mb-5 border-2 border-line p-4">
        <legend className="px-1 text-lg font-bold">申请人是公民的，填写</legend>
        <TextField id="name" label="姓名" autoComplete="name" defaultValue={value("name", defaults.name)} error={e.field("name")} maxLength={50} />
        <SelectField
          id="idType"
          label="证件类型"
          options={ID_TYPES.map((type) => ({ value: type, label: ID_TYPE_LABELS[type] }))}
          defaultValue={value("idType", "id_card")}
          error={e.field("idType")}
        />
        <TextField
          id="idCard"
          label="证件号码"
          autoComplete="off"
          error={e.field("idCard")}
          hint="居民身份证为 18 位。证件号码加密保存，工作人员只能看到部分号码；出于安全考虑，提交未成功时需要重新填写。"
          maxLength={30}
        />
        <TextField id="postalCode" label="邮政编码（可选）" inputMode="numeric" autoComplete="postal-code" defaultValue={value("postalCode")} error={e.field("postalCode")} maxLength={6} />
      </fieldset>
      <fieldset className="mb-5 border-2 border-line p-4">
        <legend className="px-1 text-lg font-bold">申请人是法人或其他组织的，填写</legend>
        <TextField id="orgName" label="名称" autoComplete="organization" defaultValue={value("orgName")} error={e.field("orgName")} maxLength={100} />
        <TextField id="creditCode" label="统一社会信用代码" autoComplete="off" defaultValue={value("creditCode")} error={e.field("creditCode")} hint="18 位，例如 91652300XXXXXXXXXX" maxLength={18} />
        <TextField id="legalRepresentative" label="法定代表人" defaultValue={value("legalRepresentative")} error={e.field("legalRepresentative")} maxLength={50} />
        <TextField id="contactPerson" label="联系人" defaultValue={value("contactPerson", defaults.name)} error={e.field("contactPerson")} maxLength={50} />
      </fieldset>
      <fieldset className="mb-5">
        <legend className="mb-2 text-lg font-bold">联系方式</legend>
        <p className="mb-3 text-muted">
          {defaults.email ? "已按您的账户信息填写，可以修改。" : ""}联系方式只用于办理本申请（见<Link href={PRIVACY_POLICY_PATH} className="underline">隐私政策</Link>）。
        </p>
        <TextField id="phone" label="联系电话" type="tel" autoComplete="tel" defaultValue={value("phone", defaults.phone)} error={e.field("phone")} hint="手机号码或带区号的固定电话" maxLength={20} />
        <TextField id="email" label="电子邮箱" type="email" autoComplete="email" defaultValue={value("email", defaults.email)} error={e.field("email")} hint="选择以电子邮件获取信息时必填" maxLength={254} />
        <TextField id="address" label="通信地址" autoComplete="street-address" defaultValue={value("address", defaults.address)} error={e.field("address")} maxLength={200} />
      </fieldset>
      <TextAreaField
        id="description"
        label="所需信息内容描述"
        defaultValue={value("description")}
        error={e.field("description")}
        hint={`请写明所需政府信息的名称、文号或者便于行政机关查询的其他特征性描述，不超过 ${DESCRIPTION_MAX} 个字。`}
        maxLength={DESCRIPTION_MAX}
        rows={6}
      />
      <TextAreaField id="purpose" label="所需信息的用途（可选）" defaultValue={value("purpose")} error={e.field("purpose")} maxLength={PURPOSE_MAX} rows={3} />
      <ChoiceGroup
        id="delivery"
        legend="获取信息的方式"
        options={DELIVERY_METHODS.map((method) => ({ value: method, label: DELIVERY_LABELS[method] }))}
        defaultValue={value("delivery", "email")}
        error={e.field("delivery")}
      />
      <CheckboxField id="declaration" error={e.field("declaration")} defaultChecked={value("declaration") === "on"}>
        {entry === "staff"
          ? "申请人已在申请表上签署声明：所填信息真实有效，所申请的信息用于正当用途。"
          : "本人（本单位）声明：以上所填信息真实有效，所申请的信息用于正当用途；如有虚假，愿承担相应的法律责任。"}
      </CheckboxField>
    </>
  );
}

const initialTrack = idleState as YsqTrackState;

export function TrackForm() {
  const [state, action, pending] = useActionState(trackInfoRequestAction, initialTrack);
  const e = errorsOf(state, { number: "申请编号", code: "查询码" }, ["number", "code"]);
  const data = state.status === "success" ? state.data : undefined;
  return (
    <>
      <form action={action} noValidate>
        <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
        <TextField id="number" label="申请编号" hint="例如 YSQ20261202-0007" defaultValue={e.value("number") ?? data?.number} error={e.field("number")} autoComplete="off" required />
        <TextField id="code" label="查询码" hint="提交申请时显示的 12 位字母和数字" defaultValue={e.value("code") ?? data?.code} error={e.field("code")} autoComplete="off" required />
        <SubmitButton pending={pending}>查询</SubmitButton>
      </form>
      {data ? (
        <section aria-labelledby="track-result" className="mt-8 border-t border-line pt-6">
          <h2 id="track-result" className="mb-3 text-xl font-bold">
            查询结果
          </h2>
          {data.answered ? (
            <p role="status" className="mb-4 border-4 border-green-700 p-3">
              补正已提交，答复期限恢复计算。
            </p>
          ) : null}
          <RequestProgress request={data.request} access={{ kind: "code", number: data.number, code: data.code }} />
          {data.request.status === "correction" ? (
            <form action={action} noValidate className="mt-6 border-t border-line pt-4">
              <h3 className="mb-2 text-lg font-bold">提交补正</h3>
              <ErrorSummary errors={data.answerError ? [{ field: "answer", message: data.answerError }] : []} focusKey={state} />
              <input type="hidden" name="intent" value="answer" />
              <input type="hidden" name="number" value={data.number} />
              <input type="hidden" name="code" value={data.code} />
              <TextAreaField
                id="answer"
                label="补正内容"
                error={data.answerError}
                hint={`按补正告知的要求补充或更改申请内容，不超过 ${DESCRIPTION_MAX} 个字。`}
                maxLength={DESCRIPTION_MAX}
                rows={5}
              />
              <SubmitButton pending={pending}>提交补正</SubmitButton>
            </form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
