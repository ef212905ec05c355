import { z } from "zod";
import { STATUS_FILTERS, type ArticleFilter } from "./articles";

// The /admin/content filter form (a GET form: works without JavaScript, its URL can be
// shared). Dates are calendar days in China time; "to" includes its whole day.

const day = z
  .string()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, "请按 2026-01-31 的格式填写日期")
  .optional();

const filterSchema = z.object({
  category: z.string().regex(/^\d{0,9}$/, "栏目无效").optional(),
  status: z.union([z.literal(""), z.enum(STATUS_FILTERS)], { error: "状态无效" }).optional(),
  from: day,
  to: day,
  q: z.string().trim().max(100, "标题关键词不能超过 100 个字").optional(),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).optional(),
});

const startOfDay = (value: string) => new Date(`${value}T00:00:00+08:00`);

export function parseArticleFilter(query: Record<string, string | string[] | undefined>) {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) if (typeof value === "string") raw[key] = value;
  const parsed = filterSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false as const, errors: parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? "q"), message: issue.message })), values: raw };
  }
  const { category, status, from, to, q, page } = parsed.data;
  const filter: ArticleFilter = {
    ...(category ? { categoryId: Number(category) } : {}),
    ...(status ? { status } : {}),
    ...(from ? { from: startOfDay(from) } : {}),
    ...(to ? { to: new Date(startOfDay(to).getTime() + 24 * 3600_000) } : {}),
    ...(q ? { title: q } : {}),
  };
  return { ok: true as const, filter, page: page ?? 1, values: raw };
}
