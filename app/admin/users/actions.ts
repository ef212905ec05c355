"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import {
  cancelRegistration,
  changeStaffRole,
  createStaffByAdmin,
  disableUser,
  enableUser,
  type ManageResult,
} from "@/lib/accounts/management";
import { cancelSchema, disableSchema, roleSchema, userIdSchema } from "@/lib/accounts/management-validation";
import { staffAccountSchema } from "@/lib/accounts/staff-accounts";
import { requestClientAddress } from "@/lib/http/request";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import { setUserDepartments } from "@/lib/departments/departments";
import { idSchema } from "@/lib/departments/validation";
import { validatedAction, type HandlerResult } from "@/lib/forms/action";

// /admin/users actions. Each checks the origin and its permission itself; lib/accounts and
// lib/departments check it again and audit.

const manageUsers = async () => {
  await assertSameOrigin();
  return requireStaffPermission("manage:user:any", "/admin/users");
};

const MESSAGES: Record<Extract<ManageResult, { ok: false }>["error"], string> = {
  denied: "无权管理用户",
  not_found: "未找到该账户",
  self: "不能对自己的账户执行此操作",
  not_resident: "只能注销居民账户；工作人员账户请停用",
  not_staff: "只能更改工作人员的角色",
};

function failed(result: Extract<ManageResult, { ok: false }>): HandlerResult<never> {
  return { fieldErrors: {}, formError: MESSAGES[result.error] };
}

export const disableUserAction = validatedAction({
  schema: disableSchema,
  prepare: manageUsers,
  handler: async ({ userId, reason }, actor) => {
    const result = await disableUser(actor, userId, reason, await requestClientAddress());
    if (!result.ok) return failed(result);
    redirect(`/admin/users/${userId}?disabled=1`);
  },
});

export const enableUserAction = validatedAction({
  schema: z.object({ userId: userIdSchema }),
  prepare: manageUsers,
  handler: async ({ userId }, actor) => {
    const result = await enableUser(actor, userId, await requestClientAddress());
    if (!result.ok) return failed(result);
    redirect(`/admin/users/${userId}?enabled=1`);
  },
});

export const cancelUserAction = validatedAction({
  schema: cancelSchema,
  prepare: manageUsers,
  handler: async ({ userId, reason }, actor) => {
    const result = await cancelRegistration(actor, userId, reason, await requestClientAddress());
    if (!result.ok) return failed(result);
    redirect("/admin/users?cancelled=1");
  },
});

export const changeRoleAction = validatedAction({
  schema: roleSchema,
  prepare: manageUsers,
  handler: async ({ userId, role }, actor) => {
    const result = await changeStaffRole(actor, userId, role, await requestClientAddress());
    if (!result.ok) return failed(result);
    redirect(`/admin/users/${userId}?roleChanged=1`);
  },
});

/** The generated password is returned to this form only, once; it is in no URL or log. */
export const createStaffAction = validatedAction<typeof staffAccountSchema, Awaited<ReturnType<typeof manageUsers>>, { id: number; email: string; password: string }>({
  schema: staffAccountSchema,
  prepare: manageUsers,
  handler: async (data, actor) => {
    const result = await createStaffByAdmin(actor, data, await requestClientAddress());
    if (!result.ok) return { fieldErrors: { email: [result.error] } };
    return { status: "success", data: { id: result.id, email: data.email, password: result.password } };
  },
});

export const setUserDepartmentsAction = validatedAction({
  schema: z.object({ userId: userIdSchema }),
  prepare: async () => {
    await assertSameOrigin();
    return requireStaffPermission("manage:department:any", "/admin/users");
  },
  handler: async ({ userId }, actor, formData): Promise<HandlerResult<undefined>> => {
    const ids = z.array(idSchema).safeParse(formData.getAll("departments"));
    if (!ids.success) return { fieldErrors: { departments: ["部门选择无效"] } };
    const result = await setUserDepartments(actor, userId, ids.data, await requestClientAddress());
    if (!result.ok) {
      const message = result.error === "not_handler" ? "只有信件办理员可以加入部门" : result.error === "denied" ? "无权管理部门" : "未找到所选部门";
      return { fieldErrors: {}, formError: message };
    }
    redirect(`/admin/users/${userId}?departmentsSaved=1`);
  },
});
