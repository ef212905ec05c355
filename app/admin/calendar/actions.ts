"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requestClientAddress } from "@/lib/http/request";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import { validatedAction } from "@/lib/forms/action";
import { calendarDaySchema, removeCalendarDay, saveCalendarDay } from "@/lib/mailbox/calendar-admin";
import { isValidDate } from "@/lib/mailbox/calendar";

const prepare = async () => {
  await assertSameOrigin();
  return { actor: await requireStaffPermission("manage:calendar:any", "/admin/calendar"), ip: await requestClientAddress() };
};

export const saveCalendarDayAction = validatedAction({
  schema: calendarDaySchema,
  prepare,
  handler: async (data, { actor, ip }) => {
    const result = await saveCalendarDay(actor, data, ip);
    if (!result.ok) return result.field ? { fieldErrors: { [result.field]: [result.error] } } : { fieldErrors: {}, formError: result.error };
    redirect(`/admin/calendar?year=${data.date.slice(0, 4)}&saved=${data.date}`);
  },
});

export const removeCalendarDayAction = validatedAction({
  schema: z.object({ date: z.string().refine(isValidDate, "日期无效") }),
  prepare,
  handler: async (data, { actor, ip }) => {
    const result = await removeCalendarDay(actor, data.date, ip);
    if (!result.ok) return { fieldErrors: {}, formError: result.error };
    redirect(`/admin/calendar?year=${data.date.slice(0, 4)}&removed=${data.date}`);
  },
});
