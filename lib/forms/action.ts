import type { z } from "zod";

// The one way forms are handled (every form in app/ uses it): the server action parses the
// FormData with a zod schema and either calls the handler with the parsed data or returns
// the field errors together with what was typed, so the page re-renders the form with the
// errors (also without JavaScript: <form action={action}> with useActionState). Secret
// fields (passwords, the ID-card number) are never sent back.

export type FieldErrors = Record<string, string[]>;

export type FormState<T = undefined> =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors; formError?: string; values: Record<string, string> }
  | { status: "success"; message?: string; data?: T };

export const idleState = { status: "idle" } as const;

const SECRET_FIELD = /password|idcard/i;

/** The typed values to send back: strings only, secrets and Next's own fields left out. */
export function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$") || SECRET_FIELD.test(key)) continue;
    values[key] = value;
  }
  return values;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function errorState(formData: FormData, fieldErrors: FieldErrors, formError?: string): FormState<never> {
  return { status: "error", fieldErrors, values: echoValues(formData), ...(formError ? { formError } : {}) };
}

export type HandlerResult<T> = FormState<T> | { fieldErrors: FieldErrors; formError?: string };

/**
 * Wraps a handler as a server action for useActionState. The handler may return a state,
 * `{ fieldErrors }` (turned into an error state with the typed values), or redirect.
 * `prepare` runs first (session, permission and origin checks) and may redirect or throw.
 */
export function validatedAction<S extends z.ZodType, C, T = undefined>(options: {
  schema: S;
  prepare: () => Promise<C>;
  handler: (data: z.output<S>, context: C, formData: FormData) => Promise<HandlerResult<T>>;
}): (previous: FormState<T>, formData: FormData) => Promise<FormState<T>> {
  return async (_previous, formData) => {
    const context = await options.prepare();
    const raw: Record<string, string> = {};
    for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) raw[key] = value;
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) return errorState(formData, fieldErrorsOf(parsed.error));
    const result = await options.handler(parsed.data, context, formData);
    if ("status" in result) return result;
    return errorState(formData, result.fieldErrors, result.formError);
  };
}
