"use client";

import { useActionState } from "react";
import { voteAction } from "@/app/(accounts)/account/evaluations/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ChoiceGroup, errorsOf, SubmitButton, TextAreaField } from "@/components/forms/fields";
import { COMMENT_MAX, RATINGS, ratingField } from "@/lib/evaluations/labels";
import { idleState, type FormState } from "@/lib/forms/action";

// The rating form of one object (one per object on /account/evaluations/<id>): a radio
// group per criterion (fieldset and legend) and an optional comment; pre-filled with the
// resident's vote. A server action with <form action>: it works without JavaScript.

const initial = idleState as FormState<never>;
const options = Object.entries(RATINGS).map(([value, label]) => ({ value, label }));

export function VoteForm({ roundId, objectId, objectName, criteria, stored }: { roundId: number; objectId: number; objectName: string; criteria: string[]; stored: Record<string, string> }) {
  const [state, action, pending] = useActionState(voteAction, initial);
  const fieldNames = [...criteria.map((_, index) => ratingField(index)), "comment"];
  const labels = Object.fromEntries([...criteria.map((name, index) => [ratingField(index), name]), ["comment", "意见建议"]]);
  const e = errorsOf(state, labels, fieldNames);
  const id = (name: string) => `o${objectId}-${name}`;
  const value = (name: string) => (state.status === "error" ? (state.values[name] ?? "") : (stored[name] ?? ""));
  return (
    <form action={action} noValidate aria-label={`评价${objectName}`}>
      <ErrorSummary errors={e.summary.map((error) => ({ ...error, field: id(error.field) }))} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="objectId" value={objectId} />
      {criteria.map((criterion, index) => (
        <ChoiceGroup key={criterion} id={id(ratingField(index))} name={ratingField(index)} legend={criterion} options={options} defaultValue={value(ratingField(index))} error={e.field(ratingField(index))} />
      ))}
      <TextAreaField
        id={id("comment")}
        name="comment"
        label="意见建议（可选）"
        hint={`不超过 ${COMMENT_MAX} 个字；经审核后与您的姓氏（如 张**）一起公开`}
        defaultValue={value("comment")}
        error={e.field("comment")}
        maxLength={COMMENT_MAX}
        rows={3}
      />
      <SubmitButton pending={pending}>{stored[ratingField(0)] ? "修改评价" : "提交评价"}</SubmitButton>
    </form>
  );
}
