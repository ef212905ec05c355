import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authenticate } from "@/lib/auth/login";
import { passwordChangeDue } from "@/lib/auth/staff";
import { createStaffAccount } from "./staff-accounts";

it("creates a staff account with a strong random password that must be changed (admin:create)", async () => {
  const result = await createStaffAccount({ email: " New.Admin@Example.gov.cn ", role: "admin" });
  if (!result.ok) throw new Error(result.error);
  expect(result.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
  const user = await db.user.findUnique({ where: { id: result.id }, select: { email: true, role: true, mustChangePassword: true, totpEnabledAt: true } });
  expect(user).toEqual({ email: "new.admin@example.gov.cn", role: "admin", mustChangePassword: true, totpEnabledAt: null });
  expect(await authenticate("new.admin@example.gov.cn", result.password)).toMatchObject({ ok: true, user: { role: "admin" } });
  expect(await passwordChangeDue(result.id)).toBe(true);

  const again = await createStaffAccount({ email: "new.admin@example.gov.cn", role: "editor" });
  expect(again).toEqual({ ok: false, error: "new.admin@example.gov.cn 已有账户" });
  expect((await createStaffAccount({ email: "x@example.gov.cn", role: "resident" })).ok).toBe(false);
  expect((await createStaffAccount({ email: "not an email", role: "admin" })).ok).toBe(false);
  const second = await createStaffAccount({ email: "two@example.gov.cn", role: "handler" });
  expect(second.ok && second.password !== result.password).toBe(true);
});
