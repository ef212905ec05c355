"use client";

import { useActionState } from "react";
import { saveRoundAction } from "@/app/admin/evaluations/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { errorsOf, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { MAX_CRITERIA, objectField, ROUND_FIELDS } from "@/lib/evaluations/labels";
import { idleState, type FormState } from "@/lib/forms/action";

// The round form of the staff console (a server action with <form action>: works without
// JavaScript). Objects are checkboxes with one name each, so every choice is sent back on an error.

const initial = idleState as FormState<never>;

interface Choices {
  departments: { id: number; name: string }[];
  guides: { id: number; name: string; code: string }[];
}

function ObjectGroup({ legend, items, checked, error }: { legend: string; items: { field: string; label: string }[]; checked: (field: string) => boolean; error: boolean }) {
  return (
    <fieldset className={`mb-4 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-1 grid max-h-72 grid-cols-1 gap-x-6 gap-y-1 overflow-y-auto sm:grid-cols-2">
        {items.map((item) => (
          <label key={item.field} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name={item.field} defaultChecked={checked(item.field)} className="size-5 shrink-0" />
            {item.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A key that changes with what the server sent back, so the fields mount anew with those values. */
function fieldsKey(state: FormState<unknown>): string {
  if (state.status !== "error") return state.status;
  let hash = 0;
  for (const char of JSON.stringify(state.values)) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return `${state.status}-${hash}`;
}

export function RoundForm({ id, stored, choices }: { id: number | null; stored: Record<string, string>; choices: Choices }) {
  const [state, action, pending] = useActionState(saveRoundAction, initial);
  const order = ["title", "intro", "startDate", "endDate", "criteria", "objects"];
  const e = errorsOf(state, ROUND_FIELDS, order);
  const value = (name: string) => (state.status === "error" ? (state.values[name] ?? "") : (stored[name] ?? ""));
  const objectsError = e.field("objects");
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <div key={fieldsKey(state)}>
        <input type="hidden" name="id" value={id ?? ""} />
        <TextField id="title" label="评议标题" defaultValue={value("title")} error={e.field("title")} maxLength={100} />
        <TextAreaField id="intro" label="评议说明" hint="纯文本，不超过 2000 个字" rows={4} defaultValue={value("intro")} error={e.field("intro")} />
        <TextField id="startDate" label="开始日期" hint="北京时间当天 0 时开始，格式 2026-12-01" defaultValue={value("startDate")} error={e.field("startDate")} maxLength={10} />
        <TextField id="endDate" label="结束日期" hint="北京时间当天 24 时截止，格式 2026-12-31" defaultValue={value("endDate")} error={e.field("endDate")} maxLength={10} />
        <TextAreaField id="criteria" label="评议指标" hint={`每行一项，最多 ${MAX_CRITERIA} 项；已有居民评议后不能修改`} rows={5} defaultValue={value("criteria")} error={e.field("criteria")} />
        <div id="objects" tabIndex={-1} className={`mb-5 ${objectsError ? "border-l-4 border-red-700 pl-3" : ""}`}>
          <p className="font-semibold">评议对象</p>
          <p className="text-muted">选择部门或办事事项（可同时选择）；已有居民评价的对象不能移除。</p>
          {objectsError ? (
            <p className="font-semibold text-red-800">
              <span className="sr-only">错误：</span>
              {objectsError}
            </p>
          ) : null}
          <ObjectGroup legend="部门" items={choices.departments.map((department) => ({ field: objectField("department", department.id), label: department.name }))} checked={(field) => value(field) === "on"} error={!!objectsError} />
          <ObjectGroup legend="办事事项（已发布的办事指南）" items={choices.guides.map((guide) => ({ field: objectField("service", guide.id), label: guide.name }))} checked={(field) => value(field) === "on"} error={!!objectsError} />
        </div>
      </div>
      <SubmitButton pending={pending}>{id === null ? "保存（暂不发布）" : "保存"}</SubmitButton>
    </form>
  );
}
