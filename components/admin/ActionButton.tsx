"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { idleState, type FormState } from "@/lib/forms/action";

type Action = (state: FormState<undefined>, formData: FormData) => Promise<FormState<undefined>>;

const tones = {
  primary: "rounded bg-red-800 px-3 py-1.5 font-semibold text-white",
  secondary: "rounded border-2 border-ink bg-white px-3 py-1 font-semibold",
} as const;

/**
 * A one-button form (move, activate, remove, ...): hidden fields and a submit button, posted
 * to a server action; works without JavaScript. A refusal is shown above the button.
 */
export function ActionButton({
  action,
  fields,
  children,
  tone = "secondary",
  label,
}: {
  action: Action;
  fields: Record<string, string | number>;
  children: React.ReactNode;
  tone?: keyof typeof tones;
  /** An accessible name when the visible text alone is ambiguous (e.g. 上移 in a list). */
  label?: string | undefined;
}) {
  const [state, formAction, pending] = useActionState(action, idleState as FormState<undefined>);
  return (
    <form action={formAction} className="inline-block">
      <ErrorSummary errors={[]} message={state.status === "error" ? (state.formError ?? Object.values(state.fieldErrors).flat()[0]) : undefined} focusKey={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-label={label} className={tones[tone]}>
        {children}
      </button>
    </form>
  );
}
