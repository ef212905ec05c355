// Field types the mailbox forms need beyond components/forms/fields.tsx: a text area and a
// group of radio buttons, with the same label, hint and error layout.

interface Common {
  id: string;
  name?: string;
  error?: string | undefined;
  hint?: string | undefined;
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

const describedBy = (id: string, error?: string, hint?: string) =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

export function TextArea({
  id,
  name,
  label,
  error,
  hint,
  ...props
}: Common & { label: string } & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <Messages id={id} error={error} hint={hint} />
      <textarea
        id={id}
        name={name ?? id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={`mt-1 block w-full max-w-xl rounded border-2 bg-white px-3 py-2 ${error ? "border-red-700" : "border-ink"}`}
        {...props}
      />
    </div>
  );
}

export function ChoiceGroup({
  id,
  name,
  legend,
  options,
  defaultValue,
  error,
  hint,
}: Common & { legend: string; options: { value: string; label: string }[]; defaultValue?: string | undefined }) {
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
            <input type="radio" name={name ?? id} value={option.value} defaultChecked={defaultValue === option.value} className="size-5" />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
