"use client";

import { useEffect, useRef } from "react";

export interface SummaryError {
  /** The id of the field the link moves to. */
  field: string;
  message: string;
}

/**
 * GOV.UK-style error summary: at the top of the form, announced (role="alert") and focused
 * when it appears, one link per error to its field.
 */
export function ErrorSummary({
  errors,
  message,
  focusKey,
}: {
  errors: SummaryError[];
  message?: string | undefined;
  /** Focus moves to the summary whenever this changes (pass the form state of each submission). */
  focusKey?: unknown;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0 && !message) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 border-4 border-red-700 bg-white p-4 focus:outline-none focus-visible:outline-3"
    >
      <h2 id="error-summary-title" className="text-xl font-bold text-red-800">
        提交的信息有误
      </h2>
      {message ? <p className="mt-2 font-semibold text-red-800">{message}</p> : null}
      {errors.length > 0 ? (
        <ul className="mt-2 list-none space-y-1">
          {errors.map((error) => (
            <li key={`${error.field}-${error.message}`}>
              <a href={`#${error.field}`} className="font-semibold text-red-800 underline">
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
