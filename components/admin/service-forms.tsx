"use client";

import { useActionState } from "react";
import { removeBlankFormAction, saveGuideAction, transitionGuideAction, uploadBlankFormAction } from "@/app/admin/services/actions";
import { RemoveFileForm, UploadFileForm } from "@/components/admin/file-forms";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { CheckboxField, errorsOf, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";
import { AUDIENCES, SERVICE_THEMES, SERVICE_TYPES } from "@/lib/services/catalog";
import { SERVICE_GUIDE_FIELDS } from "@/lib/services/fields";

// The 办事指南 forms of the staff console (server actions with <form action>: they work
// without JavaScript). The lists are typed line by line (lib/services/fields.ts).

const initial = idleState as FormState<never>;
const options = (table: Record<string, string>) => Object.entries(table).map(([value, label]) => ({ value, label }));

/** A key that changes with what the server sent back, so the fields (and selects) mount anew. */
function fieldsKey(state: FormState<unknown>): string {
  if (state.status !== "error") return state.status;
  let hash = 0;
  for (const char of JSON.stringify(state.values)) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return `${state.status}-${hash}`;
}

export function ServiceGuideForm({ id, stored, departments }: { id: number | null; stored: Record<string, string>; departments: { id: number; name: string }[] }) {
  const [state, action, pending] = useActionState(saveGuideAction, initial);
  const e = errorsOf(state, SERVICE_GUIDE_FIELDS, Object.keys(SERVICE_GUIDE_FIELDS));
  const value = (name: string) => (state.status === "error" ? (state.values[name] ?? "") : (stored[name] ?? ""));
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <div key={fieldsKey(state)}>
        <input type="hidden" name="id" value={id ?? ""} />
        <TextField id="name" label="事项名称" defaultValue={value("name")} error={e.field("name")} maxLength={100} />
        <TextField id="code" label="事项编码" hint="大写字母、数字和连字符，例如 11652300MB1234567X-XK-0001；网址为 /services/事项编码" defaultValue={value("code")} error={e.field("code")} maxLength={40} />
        <SelectField id="serviceType" label="事项类型" options={options(SERVICE_TYPES)} defaultValue={value("serviceType")} error={e.field("serviceType")} />
        <SelectField id="departmentId" label="实施主体" options={departments.map((department) => ({ value: String(department.id), label: department.name }))} defaultValue={value("departmentId")} error={e.field("departmentId")} />
        <SelectField id="audience" label="服务对象" options={options(AUDIENCES)} defaultValue={value("audience")} error={e.field("audience")} />
        <SelectField id="theme" label="主题" options={options(SERVICE_THEMES)} defaultValue={value("theme")} error={e.field("theme")} />
        <TextAreaField id="conditions" label="办理条件" rows={5} defaultValue={value("conditions")} error={e.field("conditions")} />
        <TextAreaField
          monospace
          id="materials"
          label="申请材料"
          hint="每行一项：材料名称 | 原件、复印件或原件和复印件 | 份数 | 必需或非必需 | 备注（可不填）"
          rows={6}
          defaultValue={value("materials")}
          error={e.field("materials")}
        />
        <TextAreaField id="steps" label="办理流程" hint="每行一个步骤，按先后顺序" rows={5} defaultValue={value("steps")} error={e.field("steps")} />
        <TextField id="legalDays" label="法定时限（工作日）" inputMode="numeric" defaultValue={value("legalDays")} error={e.field("legalDays")} maxLength={3} />
        <TextField id="promisedDays" label="承诺时限（工作日）" hint="0 表示即办" inputMode="numeric" defaultValue={value("promisedDays")} error={e.field("promisedDays")} maxLength={3} />
        <TextField id="fee" label="收费标准" hint="不填表示不收费" defaultValue={value("fee")} error={e.field("fee")} maxLength={500} />
        <TextField id="location" label="办理地点" defaultValue={value("location")} error={e.field("location")} maxLength={300} />
        <TextField id="hours" label="办理时间" defaultValue={value("hours")} error={e.field("hours")} maxLength={200} />
        <TextField id="phone" label="咨询电话" defaultValue={value("phone")} error={e.field("phone")} maxLength={30} />
        <TextField id="complaintPhone" label="监督投诉电话" defaultValue={value("complaintPhone")} error={e.field("complaintPhone")} maxLength={30} />
        <CheckboxField id="online" defaultChecked={value("online") === "on"}>
          可在线办理
        </CheckboxField>
        <TextField id="onlineUrl" label="在线办理地址" hint="可在线办理时必填，以 https:// 开头（新疆政务服务网的事项页面）" defaultValue={value("onlineUrl")} error={e.field("onlineUrl")} maxLength={500} />
        <TextField id="visits" label="到现场次数" inputMode="numeric" defaultValue={value("visits")} error={e.field("visits")} maxLength={1} />
        <TextAreaField id="faq" label="常见问题" hint="每个问题两行：“问：……”一行，“答：……”一行；可不填" rows={6} defaultValue={value("faq")} error={e.field("faq")} />
      </div>
      <SubmitButton pending={pending}>{id === null ? "保存草稿" : "保存"}</SubmitButton>
    </form>
  );
}

/** One workflow button (送审, 发布, ...), a form of its own. */
export function GuideTransitionForm({ id, transition, label }: { id: number; transition: string; label: string }) {
  const [state, action, pending] = useActionState(transitionGuideAction, initial);
  return (
    <form action={action}>
      <ErrorSummary errors={[]} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="transition" value={transition} />
      <SubmitButton pending={pending}>{label}</SubmitButton>
    </form>
  );
}

/** Uploads a blank form (空白表格) for one of the guide's materials. */
export function BlankFormUpload({ guideId, materials, hint }: { guideId: number; materials: string[]; hint: string }) {
  return (
    <UploadFileForm action={uploadBlankFormAction} hidden={{ guideId }} label="空白表格文件" hint={hint} labels={{ materialName: "申请材料" }}>
      {(fields) => (
        <SelectField
          id="materialName"
          label="申请材料"
          options={materials.map((name) => ({ value: name, label: name }))}
          defaultValue={fields.value("materialName")}
          error={fields.field("materialName")}
        />
      )}
    </UploadFileForm>
  );
}

export function RemoveBlankForm({ formId, fileName }: { formId: number; fileName: string }) {
  return <RemoveFileForm action={removeBlankFormAction} name="formId" id={formId} fileName={fileName} what="表格" />;
}
