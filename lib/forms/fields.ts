import { z } from "zod";

// The field types several staff and resident forms share (server-side zod, Chinese messages).

/** Browsers send a <textarea>'s line breaks as CRLF; they are stored as LF, trimmed. */
export const text = (label: string, max: number, min = 0) =>
  z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(min, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`));

export const required = (label: string, max: number) => text(label, max, 1);

/** A textarea's non-empty lines, trimmed. */
export const lines = (value: string): string[] =>
  value
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

const DATETIME_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A datetime-local value ("2026-12-01T09:30") read as China time; null when it is not one. */
export function chinaDateTimeOf(value: string): Date | null {
  if (!DATETIME_LOCAL.test(value)) return null;
  const date = new Date(`${value}:00+08:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function dateTimeField(label: string, optional: boolean) {
  return z
    .string()
    .trim()
    .refine((value) => (optional && value === "") || DATETIME_LOCAL.test(value), `请按 年-月-日 时:分 填写${label}`)
    .transform((value, context) => {
      if (value === "") return null;
      const date = chinaDateTimeOf(value);
      if (!date) {
        context.addIssue({ code: "custom", message: `${label}无效` });
        return z.NEVER;
      }
      return date;
    });
}

/** A datetime-local field in China time, as an instant (messages name the field). */
export const chinaDateTimeField = (label: string) => dateTimeField(label, false).pipe(z.date());

/** The same, where "" means none (null). */
export const optionalChinaDateTimeField = (label: string) => dateTimeField(label, true);
