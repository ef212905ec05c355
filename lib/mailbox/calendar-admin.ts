import { z } from "zod";
import { db } from "@/lib/db/client";
import { record } from "@/lib/audit/audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { isValidDate, weekdayOf } from "./calendar";

// Staff edit the calendar's exceptions at /admin/calendar (manage:calendar:any). A change
// applies to deadlines computed afterwards (acceptance, extension); a deadline already set
// stays, as the letter's writer was told it.

export const calendarDaySchema = z.object({
  date: z.string().trim().refine(isValidDate, "请输入有效的日期，例如 2026-10-01"),
  kind: z.enum(["holiday", "workday"], { message: "请选择放假或调休上班" }),
  name: z.string().trim().min(1, "请填写名称，例如 国庆节").max(30, "名称最多 30 个字"),
});
export type CalendarDayInput = z.output<typeof calendarDaySchema>;

export type CalendarResult = { ok: true } | { ok: false; field?: "date" | "kind"; error: string };

export async function saveCalendarDay(actor: Actor, input: CalendarDayInput, ip: string | null = null): Promise<CalendarResult> {
  if (!can(actor, "manage:calendar:any")) {
    await record({ actor, action: "calendar.save", outcome: "denied", targetType: "calendar", targetId: input.date, ip });
    return { ok: false, error: "您没有维护工作日历的权限" };
  }
  const weekend = [0, 6].includes(weekdayOf(input.date));
  const isWorkday = input.kind === "workday";
  if (isWorkday && !weekend) return { ok: false, field: "kind", error: "调休上班日应为周六或周日（周一至周五本来就是工作日）" };
  await db.$transaction(async (tx) => {
    await tx.workCalendarDay.upsert({
      where: { date: input.date },
      create: { date: input.date, isWorkday, name: input.name },
      update: { isWorkday, name: input.name },
      select: { date: true },
    });
    await record({ actor, action: "calendar.save", outcome: "success", targetType: "calendar", targetId: input.date, ip, detail: `${input.kind} ${input.name}` }, tx);
  });
  return { ok: true };
}

export async function removeCalendarDay(actor: Actor, date: string, ip: string | null = null): Promise<CalendarResult> {
  if (!can(actor, "manage:calendar:any")) {
    await record({ actor, action: "calendar.remove", outcome: "denied", targetType: "calendar", targetId: date, ip });
    return { ok: false, error: "您没有维护工作日历的权限" };
  }
  return db.$transaction(async (tx) => {
    const removed = await tx.workCalendarDay.deleteMany({ where: { date } });
    if (removed.count === 0) return { ok: false as const, error: "该日期不在日历中" };
    await record({ actor, action: "calendar.remove", outcome: "success", targetType: "calendar", targetId: date, ip }, tx);
    return { ok: true as const };
  });
}
