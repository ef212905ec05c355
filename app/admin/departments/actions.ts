"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requestClientAddress } from "@/lib/http/request";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import {
  assignMember,
  createDepartment,
  moveDepartment,
  setDepartmentActive,
  unassignMember,
  updateDepartment,
  type Failure,
} from "@/lib/departments/departments";
import { departmentSchema, idSchema } from "@/lib/departments/validation";
import { validatedAction, type HandlerResult } from "@/lib/forms/action";

// /admin/departments actions. Each checks the origin and "manage:department:any" itself;
// lib/departments checks the permission again and audits.

const prepare = async () => {
  await assertSameOrigin();
  return requireStaffPermission("manage:department:any", "/admin/departments");
};

const MESSAGES: Record<Exclude<Failure["error"], "invalid">, string> = {
  denied: "无权管理部门",
  not_found: "未找到该部门或成员",
  not_handler: "只有信件办理员可以加入部门",
};

function failed(result: Failure): HandlerResult<never> {
  if (result.error === "invalid") return { fieldErrors: result.fieldErrors };
  return { fieldErrors: {}, formError: MESSAGES[result.error] };
}

export const createDepartmentAction = validatedAction({
  schema: departmentSchema,
  prepare,
  handler: async (data, actor) => {
    const result = await createDepartment(actor, data, await requestClientAddress());
    if (!result.ok) return failed(result);
    redirect(`/admin/departments/${result.value.id}?created=1`);
  },
});

export const updateDepartmentAction = validatedAction({
  schema: departmentSchema.extend({ id: idSchema }),
  prepare,
  handler: async ({ id, ...data }, actor) => {
    const result = await updateDepartment(actor, id, data, await requestClientAddress());
    if (!result.ok) return failed(result);
    redirect(`/admin/departments/${id}?saved=1`);
  },
});

export const moveDepartmentAction = validatedAction({
  schema: z.object({ id: idSchema, direction: z.enum(["up", "down"], "方向无效") }),
  prepare,
  handler: async ({ id, direction }, actor) => {
    const result = await moveDepartment(actor, id, direction, await requestClientAddress());
    if (!result.ok) return failed(result);
    redirect("/admin/departments?moved=1");
  },
});

export const setDepartmentActiveAction = validatedAction({
  schema: z.object({ id: idSchema, active: z.enum(["1", "0"], "状态无效") }),
  prepare,
  handler: async ({ id, active }, actor) => {
    const result = await setDepartmentActive(actor, id, active === "1", await requestClientAddress());
    if (!result.ok) return failed(result);
    redirect(`/admin/departments/${id}?${active === "1" ? "activated" : "deactivated"}=1`);
  },
});

const memberSchema = z.object({ departmentId: idSchema, userId: z.coerce.number().int().positive("请选择信件办理员") });

export const assignMemberAction = validatedAction({
  schema: memberSchema,
  prepare,
  handler: async ({ departmentId, userId }, actor) => {
    const result = await assignMember(actor, departmentId, userId, await requestClientAddress());
    if (!result.ok) return failed(result);
    redirect(`/admin/departments/${departmentId}?memberAdded=1`);
  },
});

export const unassignMemberAction = validatedAction({
  schema: memberSchema,
  prepare,
  handler: async ({ departmentId, userId }, actor) => {
    const result = await unassignMember(actor, departmentId, userId, await requestClientAddress());
    if (!result.ok) return failed(result);
    redirect(`/admin/departments/${departmentId}?memberRemoved=1`);
  },
});
