import { z } from "zod";
import { db } from "@/lib/db/client";
import type { AuditFilter } from "./audit";

// The /admin/audit filter form (a GET form: it works without JavaScript and its URL can be
// shared). Dates are calendar days in China time; "to" includes its whole day.

const day = z
  .string()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, "请按 2026-01-31 的格式填写日期")
  .optional();

export const auditFilterSchema = z.object({
  actor: z.string().trim().max(254, "操作人不能超过 254 个字符").optional(),
  action: z.string().trim().max(64, "操作类型过长").regex(/^[a-z._]*$/, "操作类型无效").optional(),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).catch(1).optional(),
});

export type AuditFilterInput = z.input<typeof auditFilterSchema>;

function startOfDay(value: string): Date {
  return new Date(`${value}T00:00:00+08:00`);
}

/** Parses the query; an unknown actor e-mail yields actorId -1 (no entries). */
export async function parseAuditFilter(query: Record<string, string | string[] | undefined>) {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) if (typeof value === "string") raw[key] = value;
  const parsed = auditFilterSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false as const, errors: parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? "actor"), message: issue.message })), values: raw };
  }
  const { actor, action, from, to, page } = parsed.data;
  const filter: AuditFilter = {};
  if (actor) {
    if (/^\d+$/.test(actor)) filter.actorId = Number(actor);
    else {
      const user = await db.user.findUnique({ where: { email: actor.toLowerCase() }, select: { id: true } });
      filter.actorId = user?.id ?? -1;
    }
  }
  if (action) filter.action = action;
  if (from) filter.from = startOfDay(from);
  if (to) filter.to = new Date(startOfDay(to).getTime() + 24 * 3600_000);
  return { ok: true as const, filter, page: page ?? 1, values: raw };
}
