"use client";

import { useActionState } from "react";
import { endSessionsAction } from "@/app/admin/actions";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { idleState, type FormState } from "@/lib/forms/action";

const initial = idleState as FormState<never>;

export function EndSessionsForm({ userId }: { userId: number }) {
  const [state, action, pending] = useActionState(endSessionsAction, initial);
  return (
    <form action={action}>
      <ErrorSummary errors={[]} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" disabled={pending} className="rounded bg-red-800 px-4 py-2 font-semibold text-white">
        结束该账户的全部登录
      </button>
    </form>
  );
}
