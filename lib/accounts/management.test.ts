import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authenticate, disabledMessage } from "@/lib/auth/login";
import { createSession, validateSession } from "@/lib/auth/sessions";
import { passwordChangeDue } from "@/lib/auth/staff";
import { createDepartment, handlerDepartmentIds, setUserDepartments } from "@/lib/departments/departments";
import { makeResident, PASSWORD } from "@/test/accounts";
import { makeStaff } from "@/test/staff";
import {
  CANCEL_MAIL_KIND,
  cancelRegistration,
  changeStaffRole,
  createStaffByAdmin,
  disableUser,
  enableUser,
  listStaff,
  maskPhone,
  queryKind,
  searchResidents,
} from "./management";

it("finds residents by e-mail, phone or name, exact or prefix, paginated, and audits the search", async () => {
  const admin = await makeStaff("admin");
  await makeResident({ name: "张三", email: "zhangsan@example.com", phone: "13909940001" });
  await makeResident({ name: "张三丰", email: "zsf@example.com", phone: "13909940002" });
  await makeResident({ name: "李四", email: "lisi@example.com", phone: "13812345678" });
  const names = async (q: string) => {
    const result = await searchResidents(admin, q, 1, "192.0.2.9");
    if (!result.ok) throw new Error("denied");
    return result.value.residents.map((resident) => resident.name);
  };
  expect(queryKind("a@b")).toBe("email");
  expect(queryKind("139")).toBe("phone");
  expect(queryKind("张")).toBe("name");
  expect(await names("ZhangSan@Example.com")).toEqual(["张三"]);
  expect(await names("zs")).toEqual([]); // no "@": a name, not an e-mail prefix
  expect(await names("zs@")).toEqual([]);
  expect(await names("zsf@")).toEqual(["张三丰"]);
  expect(await names("1390994")).toEqual(["张三", "张三丰"]);
  expect(await names("13812345678")).toEqual(["李四"]);
  expect(await names("张三")).toEqual(["张三", "张三丰"]);
  expect(await names("三")).toEqual([]); // prefix only
  const result = await searchResidents(admin, "1390994");
  expect(result.ok && result.value.residents[0]?.phone).toBe("139****0001");
  expect(maskPhone("13812345678")).toBe("138****5678");

  // Staff are not residents: never in the results.
  await makeStaff("editor", { email: "zhang.editor@example.gov.cn" });
  expect(await names("zhang")).toEqual([]);

  for (let i = 0; i < 22; i++) await makeResident({ name: `王${i}`, phone: `1370000${String(i).padStart(4, "0")}` });
  const first = await searchResidents(admin, "王", 1);
  const second = await searchResidents(admin, "王", 2);
  expect(first.ok && [first.value.total, first.value.residents.length]).toEqual([22, 20]);
  expect(second.ok && second.value.residents.length).toBe(2);

  const entry = await db.auditEntry.findFirst({ where: { action: "user.search" }, select: { actorId: true, detail: true, ip: true } });
  expect(entry).toEqual({ actorId: admin.id, detail: "email: 1 found", ip: "192.0.2.9" });
  // The query itself (personal data) is never logged.
  expect(await db.auditEntry.count({ where: { detail: { contains: "1390994" } } })).toBe(0);
});

it("disables with a reason: sessions end, the reason shows only with the right password; re-enables", async () => {
  const admin = await makeStaff("admin");
  const resident = await makeResident({ email: "disabled@example.com" });
  const session = await createSession(resident.id);
  const reason = "多次发布违法信息";
  expect(await disableUser(admin, resident.id, reason, "192.0.2.1")).toEqual({ ok: true, value: undefined });
  expect(await validateSession({ sub: String(resident.id), sid: session.id, sv: 0 })).toBeNull();
  expect(await db.userSession.count({ where: { userId: resident.id } })).toBe(0);

  expect(await authenticate("disabled@example.com", "a wrong guess!")).toEqual({ ok: false, reason: "invalid" });
  const right = await authenticate("disabled@example.com", PASSWORD);
  expect(right).toEqual({ ok: false, reason: "disabled", message: disabledMessage(reason) });
  expect(disabledMessage(reason)).toMatch(/^您的账户已被停用：多次发布违法信息。如有疑问请联系.+0994-2586299/);
  expect(disabledMessage("已核实。")).toContain("已被停用：已核实。如有疑问");

  expect(await db.auditEntry.findFirst({ where: { action: "user.disable" }, select: { actorId: true, targetId: true, detail: true, ip: true } })).toEqual({
    actorId: admin.id,
    targetId: String(resident.id),
    detail: reason,
    ip: "192.0.2.1",
  });

  expect(await enableUser(admin, resident.id)).toEqual({ ok: true, value: undefined });
  expect(await authenticate("disabled@example.com", PASSWORD)).toMatchObject({ ok: true });
  expect(await db.user.findUnique({ where: { id: resident.id }, select: { disabledAt: true, disabledReason: true } })).toEqual({ disabledAt: null, disabledReason: null });
  expect(await db.auditEntry.count({ where: { action: "user.enable", outcome: "success" } })).toBe(1);

  expect(await disableUser(admin, admin.id, "自己停用自己")).toEqual({ ok: false, error: "self" });
  expect(await disableUser(admin, 999_999, "不存在的账户")).toEqual({ ok: false, error: "not_found" });
});

it("cancels a registration: personal data erased, a notice with the reason queued, audited", async () => {
  const admin = await makeStaff("admin");
  const resident = await makeResident({ email: "cancel@example.com", name: "赵六" });
  await createSession(resident.id);
  await authenticate("cancel@example.com", PASSWORD);
  expect(await cancelRegistration(admin, resident.id, "冒用他人身份注册", "192.0.2.2")).toEqual({ ok: true, value: undefined });
  expect(await db.user.count({ where: { id: resident.id } })).toBe(0);
  expect(await db.profile.count({ where: { userId: resident.id } })).toBe(0);
  expect(await db.consent.count({ where: { userId: resident.id } })).toBe(0);
  expect(await db.loginAttempt.count({ where: { email: "cancel@example.com" } })).toBe(0);
  const mail = await db.outboxMail.findFirst({ where: { kind: CANCEL_MAIL_KIND }, select: { to: true, subject: true, body: true } });
  expect(mail?.to).toBe("cancel@example.com");
  expect(mail?.subject).toContain("已注销");
  expect(mail?.body).toContain("原因：冒用他人身份注册。");
  expect(await db.auditEntry.findFirst({ where: { action: "user.cancel" }, select: { targetId: true, detail: true } })).toEqual({ targetId: String(resident.id), detail: "冒用他人身份注册" });
  // The same e-mail may register again; sign-in with the old account says nothing special.
  expect(await authenticate("cancel@example.com", PASSWORD)).toEqual({ ok: false, reason: "invalid" });

  const editor = await makeStaff("editor");
  expect(await cancelRegistration(admin, editor.id, "工作人员")).toEqual({ ok: false, error: "not_resident" });
  expect(await cancelRegistration(admin, 999_999, "不存在的账户")).toEqual({ ok: false, error: "not_found" });
});

it("creates staff with a one-time password, lists staff with roles and departments, changes roles", async () => {
  const admin = await makeStaff("admin");
  const created = await createStaffByAdmin(admin, { email: "New.Handler@Example.gov.cn", role: "handler" }, "192.0.2.3");
  if (!created.ok) throw new Error(created.error);
  expect(await passwordChangeDue(created.id)).toBe(true);
  expect(await authenticate("new.handler@example.gov.cn", created.password)).toMatchObject({ ok: true, user: { role: "handler" } });
  expect(await db.auditEntry.findFirst({ where: { action: "user.create" }, select: { actorId: true, ip: true, detail: true } })).toEqual({ actorId: admin.id, ip: "192.0.2.3", detail: "console role=handler" });
  expect(await createStaffByAdmin(admin, { email: "new.handler@example.gov.cn", role: "editor" })).toEqual({ ok: false, error: "new.handler@example.gov.cn 已有账户" });

  const department = await createDepartment(admin, { name: "州住房和城乡建设局", description: "" });
  if (!department.ok) throw new Error("create failed");
  await setUserDepartments(admin, created.id, [department.value.id]);
  const staff = await listStaff(admin);
  expect(staff.find((member) => member.id === created.id)).toMatchObject({ role: "handler", departments: ["州住房和城乡建设局"], mustChangePassword: true });
  expect(staff.some((member) => member.role === "resident")).toBe(false);

  // Leaving the handler role ends the department memberships.
  expect(await changeStaffRole(admin, created.id, "editor")).toEqual({ ok: true, value: undefined });
  const actor = { id: created.id, role: "handler" };
  expect(await handlerDepartmentIds(actor)).toEqual([]);
  expect(await db.user.findUnique({ where: { id: created.id }, select: { role: true } })).toEqual({ role: "editor" });
  expect(await changeStaffRole(admin, admin.id, "editor")).toEqual({ ok: false, error: "self" });
  const resident = await makeResident();
  expect(await changeStaffRole(admin, resident.id, "admin")).toEqual({ ok: false, error: "not_staff" });
});

it("refuses every change without manage:user:any and changes nothing", async () => {
  const target = await makeResident();
  const staffTarget = await makeStaff("editor");
  const actors = [await makeStaff("editor"), await makeStaff("handler"), await makeStaff("moderator"), await makeResident()];
  const state = async () =>
    JSON.stringify([
      await db.user.findMany({ select: { id: true, email: true, role: true, disabledAt: true, disabledReason: true, sessionVersion: true }, orderBy: { id: "asc" } }),
      await db.profile.count(),
      await db.outboxMail.count(),
    ]);
  const before = await state();
  for (const actor of actors) {
    expect(await searchResidents(actor, "居民")).toEqual({ ok: false, error: "denied" });
    expect(await disableUser(actor, target.id, "越权停用")).toEqual({ ok: false, error: "denied" });
    expect(await enableUser(actor, target.id)).toEqual({ ok: false, error: "denied" });
    expect(await cancelRegistration(actor, target.id, "越权注销")).toEqual({ ok: false, error: "denied" });
    expect(await changeStaffRole(actor, staffTarget.id, "admin")).toEqual({ ok: false, error: "denied" });
    expect((await createStaffByAdmin(actor, { email: "sneaky@example.gov.cn", role: "admin" })).ok).toBe(false);
    expect(await listStaff(actor)).toEqual([]);
  }
  expect(await state()).toBe(before);
  expect(await db.auditEntry.count({ where: { action: { startsWith: "user." }, outcome: "denied" } })).toBe(24);
});
