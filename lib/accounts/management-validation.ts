import { z } from "zod";
import { STAFF_ROLES } from "@/lib/auth/permissions";

// Form rules of /admin/users (client-safe: no server imports).

export const userIdSchema = z.coerce.number("账户编号无效").int("账户编号无效").positive("账户编号无效").max(999_999_999, "账户编号无效");

export const reasonSchema = z.string().trim().min(4, "请填写原因（至少 4 个字），账户持有人会看到它").max(200, "原因不能超过 200 个字");

export const disableSchema = z.object({ userId: userIdSchema, reason: reasonSchema });

export const cancelSchema = z.object({
  userId: userIdSchema,
  reason: reasonSchema,
  confirm: z.literal("on", "请确认注销：账户和个人信息将被删除，无法恢复"),
});

export const roleSchema = z.object({ userId: userIdSchema, role: z.enum(STAFF_ROLES, "请选择角色") });

export const searchSchema = z.object({
  q: z.string().trim().max(100, "查找内容不能超过 100 个字").default(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
