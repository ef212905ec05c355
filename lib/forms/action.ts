import { z } from "zod";

// The one way forms are handled (every form in app/ uses it): the server action parses the
// FormData with a zod schema and either calls the handler with the parsed data or returns
// the field errors together with what was typed, so the page re-renders the form with the
// errors (also without JavaScript: <form action={action}> with useActionState). Secret
// fields (passwords, the ID-card number) are never sent back.

export type FieldErrors = Record<string, string[]>;

/** The one result shape of a domain function behind a form: done (with its data), or per-field errors. */
export type FormResult<T extends object = object> = ({ ok: true } & T) | { ok: false; fieldErrors: FieldErrors; formError?: string };

export type FormState<T = undefined> =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors; formError?: string; values: Record<string, string> }
  | { status: "success"; message?: string; data?: T };

export const idleState = { status: "idle" } as const;

const SECRET_FIELD = /password|idcard/i;

// Hard caps checked before any parsing, far above every field's own limit (the longest is an
// article's body, 100,000 characters, which a browser may send with CRLF line breaks): a
// 10 MB field is refused at once instead of being trimmed, parsed and echoed back.
export const MAX_FIELD_CHARS = 200_000;
export const MAX_FORM_CHARS = 400_000;
/** What is echoed of a field whose own limit the schema does not show (e.g. a refine). */
export const ECHO_FALLBACK_CHARS = 10_000;

export const FIELD_TOO_LONG = `内容过长，最多 ${MAX_FIELD_CHARS.toLocaleString("en-US")} 个字符`;
export const FORM_TOO_LONG = "提交的内容过多，请删减后重新提交";

/** The typed values to send back: strings only, secrets and Next's own fields left out, none longer than `limit(key)`. */
export function echoValues(formData: FormData, limit: (key: string) => number = () => ECHO_FALLBACK_CHARS): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$") || SECRET_FIELD.test(key)) continue;
    values[key] = value.length > MAX_FIELD_CHARS ? "" : value.slice(0, limit(key));
  }
  return values;
}

/** The longest value a schema accepts, as far as its definition shows (a string's max through pipes and wrappers). */
function maxLengthOf(schema: z.core.$ZodType | undefined): number | null {
  if (!schema) return null;
  if (schema instanceof z.ZodString) return schema.maxLength;
  const def = schema._zod.def as { type: string; in?: z.core.$ZodType; out?: z.core.$ZodType; innerType?: z.core.$ZodType };
  if (def.type === "pipe") {
    const limits = [maxLengthOf(def.in), maxLengthOf(def.out)].filter((limit): limit is number => limit !== null);
    return limits.length > 0 ? Math.min(...limits) : null;
  }
  return def.innerType ? maxLengthOf(def.innerType) : null;
}

/** Per field, how much of a typed value may be echoed: its schema's limit, or the fallback. */
export function echoLimits(schema: z.ZodType): (key: string) => number {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.core.$ZodType>) : {};
  return (key) => maxLengthOf(shape[key]) ?? ECHO_FALLBACK_CHARS;
}

/** Field errors for values over the hard caps, checked before parsing; null when within them. */
export function oversizedFields(formData: FormData): { fieldErrors: FieldErrors; formError?: string } | null {
  const fieldErrors: FieldErrors = {};
  let total = 0;
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$")) continue;
    total += value.length;
    if (value.length > MAX_FIELD_CHARS) fieldErrors[key] = [FIELD_TOO_LONG];
  }
  if (total > MAX_FORM_CHARS) return { fieldErrors, formError: FORM_TOO_LONG };
  return Object.keys(fieldErrors).length > 0 ? { fieldErrors } : null;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function errorState(formData: FormData, fieldErrors: FieldErrors, formError?: string, limit?: (key: string) => number): FormState<never> {
  return { status: "error", fieldErrors, values: echoValues(formData, limit), ...(formError ? { formError } : {}) };
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
  const limit = echoLimits(options.schema);
  return async (_previous, formData) => {
    const context = await options.prepare();
    const oversized = oversizedFields(formData);
    if (oversized) return errorState(formData, oversized.fieldErrors, oversized.formError, limit);
    const raw: Record<string, string> = {};
    for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) raw[key] = value;
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) return errorState(formData, fieldErrorsOf(parsed.error), undefined, limit);
    const result = await options.handler(parsed.data, context, formData);
    if ("status" in result) return result;
    return errorState(formData, result.fieldErrors, result.formError, limit);
  };
}
