import { z } from "zod";
import { addDays, dayOf } from "./days";

// The date range of /admin/stats and its CSV export (a GET form: works without JavaScript,
// the URL can be shared). Calendar days in China time; both ends included.

export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 366;

const day = z
  .string()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, "请按 2026-01-31 的格式填写日期")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true; // empty, or reported by the regex
    return (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value));
  }, "日期不存在")
  .optional();

const rangeSchema = z.object({ from: day, to: day });

export interface DayRange {
  from: string;
  to: string;
}

export type RangeResult =
  | { ok: true; range: DayRange; values: Record<string, string> }
  | { ok: false; errors: { field: string; message: string }[]; values: Record<string, string> };

export function parseRange(query: Record<string, string | string[] | undefined>, now = new Date()): RangeResult {
  const values: Record<string, string> = {};
  for (const key of ["from", "to"]) if (typeof query[key] === "string") values[key] = query[key];
  const parsed = rangeSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, values, errors: parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? "from"), message: issue.message })) };
  }
  const to = parsed.data.to || dayOf(now);
  const from = parsed.data.from || addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) return { ok: false, values, errors: [{ field: "from", message: "开始日期不能晚于结束日期" }] };
  if (from < addDays(to, -(MAX_RANGE_DAYS - 1))) return { ok: false, values, errors: [{ field: "from", message: `日期范围不能超过 ${MAX_RANGE_DAYS} 天` }] };
  return { ok: true, range: { from, to }, values: { from, to } };
}
