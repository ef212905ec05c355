"use client";

import { useActionState } from "react";
import { removeCalendarDayAction, saveCalendarDayAction } from "@/app/admin/calendar/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SelectField, SubmitButton, TextField, errorsOf } from "@/components/forms/fields";
import { idleState, type FormState } from "@/lib/forms/action";

const initial = idleState as FormState<never>;
const LABELS = { date: "日期", kind: "类别", name: "名称" };

export function CalendarDayForm({ day }: { day?: { date: string; isWorkday: boolean; name: string } | undefined }) {
  const [state, action, pending] = useActionState(saveCalendarDayAction, initial);
  const fields = errorsOf(state, LABELS, Object.keys(LABELS));
  return (
    <form action={action} noValidate className="mb-8 max-w-xl">
      <ErrorSummary errors={fields.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <TextField id="date" label="日期" type="date" hint="格式 2026-10-01；已有的日期会被修改。" error={fields.field("date")} defaultValue={fields.value("date") ?? day?.date} />
      <SelectField
        id="kind"
        label="类别"
        error={fields.field("kind")}
        defaultValue={fields.value("kind") ?? (day ? (day.isWorkday ? "workday" : "holiday") : undefined)}
        options={[
          { value: "holiday", label: "放假（节假日）" },
          { value: "workday", label: "调休上班（周六或周日）" },
        ]}
      />
      <TextField id="name" label="名称" hint="例如 国庆节、春节调休上班" error={fields.field("name")} defaultValue={fields.value("name") ?? day?.name} />
      <SubmitButton pending={pending}>保存</SubmitButton>
    </form>
  );
}

export function RemoveCalendarDayForm({ date }: { date: string }) {
  const [state, action, pending] = useActionState(removeCalendarDayAction, initial);
  return (
    <form action={action}>
      {state.status === "error" ? <p role="alert" className="font-semibold text-red-800">{state.formError ?? "删除失败"}</p> : null}
      <input type="hidden" name="date" value={date} />
      <button type="submit" disabled={pending} className="rounded border-2 border-ink px-3 py-1 font-semibold">
        删除<span className="sr-only"> {date}</span>
      </button>
    </form>
  );
}
