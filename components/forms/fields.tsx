import type { FormState } from "@/lib/forms/action";

// Form fields with their label, hint and error message beside them (aria-describedby,
// aria-invalid). Usable from server and client components.

export function errorsOf(state: FormState<unknown>, labels: Record<string, string>, order: string[]) {
  if (state.status !== "error") return { summary: [], field: () => undefined, value: () => undefined };
  const { fieldErrors, values } = state;
  const summary = order.flatMap((name) => (fieldErrors[name] ?? []).map((message) => ({ field: name, message })));
  for (const [name, messages] of Object.entries(fieldErrors)) {
    if (!order.includes(name)) summary.push(...messages.map((message) => ({ field: order[0] ?? name, message: labels[name] ? `${labels[name]}：${message}` : message })));
  }
  return {
    summary,
    field: (name: string) => fieldErrors[name]?.[0],
    value: (name: string) => values[name],
  };
}

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

function describedBy(id: string, error?: string, hint?: string) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

function Messages({ id, error, hint }: { id: string; error?: string | undefined; hint?: string | undefined }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-red-800">
          <span className="sr-only">错误：</span>
          {error}
        </p>
      ) : null}
    </>
  );
}

const inputClass = (error?: string) =>
  `mt-1 block w-full max-w-xl rounded border-2 px-3 py-2 bg-white ${error ? "border-red-700" : "border-ink"}`;

/** The frame every labelled field shares: label, hint, error, and the red bar on error. */
function LabelledField({ id, label, error, hint, children }: FieldProps & { children: React.ReactNode }) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <Messages id={id} error={error} hint={hint} />
      {children}
    </div>
  );
}

const controlProps = (id: string, error?: string, hint?: string) => ({
  id,
  name: id,
  "aria-invalid": error ? true : undefined,
  "aria-describedby": describedBy(id, error, hint),
  className: inputClass(error),
});

export function TextField({
  id,
  label,
  error,
  hint,
  ...input
}: FieldProps & Omit<React.InputHTMLAttributes<HTMLInputElement>, "id">) {
  return (
    <LabelledField id={id} label={label} error={error} hint={hint}>
      <input {...controlProps(id, error, hint)} {...input} />
    </LabelledField>
  );
}

export function TextAreaField({
  id,
  name,
  label,
  error,
  hint,
  monospace,
  ...textarea
}: FieldProps & { name?: string; monospace?: boolean } & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">) {
  const control = controlProps(id, error, hint);
  return (
    <LabelledField id={id} label={label} error={error} hint={hint}>
      <textarea {...control} name={name ?? id} className={`${control.className} max-w-3xl ${monospace ? "font-mono" : ""}`} {...textarea} />
    </LabelledField>
  );
}

/** A group of radio buttons: a fieldset whose legend is the question. */
export function ChoiceGroup({
  id,
  name,
  legend,
  options,
  defaultValue,
  error,
  hint,
}: Omit<FieldProps, "label"> & { name?: string; legend: string; options: { value: string; label: string }[]; defaultValue?: string | undefined }) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(id, error, hint)}
      className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}
    >
      <legend className="font-semibold">{legend}</legend>
      <Messages id={id} error={error} hint={hint} />
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2 elder:flex-col">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-2">
            <input type="radio" name={name ?? id} value={option.value} defaultChecked={defaultValue === option.value} className="size-5 elder:size-11" />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SelectField({
  id,
  label,
  error,
  hint,
  options,
  defaultValue,
  name,
}: FieldProps & { options: { value: string; label: string; marked?: boolean }[]; defaultValue?: string | undefined; name?: string }) {
  return (
    <LabelledField id={id} label={label} error={error} hint={hint}>
      <select {...controlProps(id, error, hint)} name={name ?? id} defaultValue={defaultValue ?? ""}>
        <option value="">（未填写）</option>
        {options.map((option) => (
          // data-marked: a stylesheet can follow the choice (e.g. form:has(option[data-marked]:checked)).
          <option key={option.value} value={option.value} {...(option.marked ? { "data-marked": "" } : {})}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

export function CheckboxField({
  id,
  error,
  children,
  defaultChecked,
}: {
  id: string;
  error?: string | undefined;
  children: React.ReactNode;
  defaultChecked?: boolean;
}) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <Messages id={id} error={error} />
      <div className="flex items-start gap-2">
        <input
          id={id}
          name={id}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error)}
          className="mt-1.5 size-5 shrink-0 elder:size-11"
        />
        <label htmlFor={id}>{children}</label>
      </div>
    </div>
  );
}

export function SubmitButton({ children, pending }: { children: React.ReactNode; pending?: boolean }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded bg-gov-red px-5 py-2.5 font-semibold text-white hover:bg-gov-red-dark disabled:opacity-60"
    >
      {children}
    </button>
  );
}
