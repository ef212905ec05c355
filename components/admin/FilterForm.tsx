import Link from "next/link";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/forms/action";

// The GET filter forms above the staff console's lists (audit log, content, letters,
// statistics): a row of labelled controls and a submit button. A GET form keeps the filter in
// the URL (shareable, works without JavaScript); errors go to the page's ErrorSummary.

const controlClass = "mt-1 block rounded border-2 border-ink bg-white px-3 py-2";

export function FilterForm({ action, submitLabel = "筛选", className = "mb-6", children }: { action: string; submitLabel?: string; className?: string; children: React.ReactNode }) {
  return (
    <form method="get" action={action} className={`${className} flex flex-wrap items-end gap-4`}>
      {children}
      <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white">
        {submitLabel}
      </button>
    </form>
  );
}

export function FilterInput({
  id,
  label,
  value,
  invalid,
  ...input
}: { id: string; label: string; value: string | undefined; invalid?: boolean } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "defaultValue">) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input id={id} name={id} defaultValue={value ?? ""} aria-invalid={invalid} className={controlClass} {...input} />
    </div>
  );
}

export { FilterSelect } from "@/components/forms/FilterSelect";

/** A filter schema's errors for the page's ErrorSummary, each prefixed with its filter's label (a bad page number points at the first filter). */
export function filterErrors(error: z.ZodError | undefined, labels: Record<string, string>, firstField: string) {
  if (!error) return [];
  return Object.entries(fieldErrorsOf(error)).flatMap(([field, messages]) =>
    messages.map((message) => ({ field: field === "page" ? firstField : field, message: `${labels[field] ?? "页码"}：${message}` })),
  );
}

/** 上一页 / 下一页 below a filtered list. */
export function Pager({ page, pages, link }: { page: number; pages: number; link: (page: number) => string }) {
  return (
    <nav aria-label="分页" className="mt-4 flex gap-4">
      {page > 1 ? <Link href={link(page - 1)}>上一页</Link> : null}
      {page < pages ? <Link href={link(page + 1)}>下一页</Link> : null}
    </nav>
  );
}
