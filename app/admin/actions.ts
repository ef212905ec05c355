"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requestClientAddress } from "@/lib/http/request";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import { endAllSessions } from "@/lib/auth/staff";
import { validatedAction } from "@/lib/forms/action";

// Server actions of the staff console. Each checks the origin and its permission itself.

export const endSessionsAction = validatedAction({
  schema: z.object({ userId: z.coerce.number().int().positive("账户编号无效") }),
  prepare: async () => {
    await assertSameOrigin();
    return requireStaffPermission("end:session:any", "/admin");
  },
  handler: async (data, actor) => {
    const result = await endAllSessions(actor, data.userId, await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: "未找到该账户" };
    redirect(`/admin/users/${data.userId}?sessionsEnded=1`);
  },
});
