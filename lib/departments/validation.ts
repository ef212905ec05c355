import { z } from "zod";

// Department form rules (messages are shown beside the field and in the error summary).

export const departmentSchema = z.object({
  name: z.string().trim().min(2, "请填写部门名称（至少 2 个字）").max(50, "部门名称不能超过 50 个字"),
  description: z.string().trim().max(200, "部门职责说明不能超过 200 个字").default(""),
});
export type DepartmentInput = z.output<typeof departmentSchema>;

export const idSchema = z.coerce.number("编号无效").int("编号无效").positive("编号无效").max(999_999_999, "编号无效");
