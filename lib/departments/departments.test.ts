import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeResident } from "@/test/accounts";
import { makeStaff } from "@/test/staff";
import {
  activeDepartments,
  assignMember,
  createDepartment,
  departmentsOf,
  getDepartment,
  handlerDepartmentIds,
  listDepartments,
  moveDepartment,
  setDepartmentActive,
  setUserDepartments,
  unassignMember,
  updateDepartment,
} from "./departments";
import { departmentSchema } from "./validation";

const input = (name: string, description = "") => departmentSchema.parse({ name, description });

async function snapshot() {
  return JSON.stringify([
    await db.department.findMany({ select: { id: true, name: true, description: true, sortOrder: true, active: true }, orderBy: { id: "asc" } }),
    await db.departmentMember.findMany({ select: { userId: true, departmentId: true }, orderBy: [{ userId: "asc" }, { departmentId: "asc" }] }),
  ]);
}

it("creates, renames, reorders and deactivates departments, audited", async () => {
  const admin = await makeStaff("admin");
  const a = await createDepartment(admin, input("州教育局", "教育"), "192.0.2.1");
  const b = await createDepartment(admin, input("州生态环境局"));
  const c = await createDepartment(admin, input("州市场监督管理局"));
  if (!a.ok || !b.ok || !c.ok) throw new Error("create failed");
  expect(await createDepartment(admin, input("州教育局"))).toEqual({ ok: false, error: "invalid", fieldErrors: { name: ["已有同名部门"] } });
  expect((await listDepartments()).map((d) => d.name)).toEqual(["州教育局", "州生态环境局", "州市场监督管理局"]);

  expect(await updateDepartment(admin, a.value.id, input("州教育局（州语言文字工作委员会）", "学前和义务教育"))).toEqual({ ok: true, value: undefined });
  expect(await updateDepartment(admin, b.value.id, input("州市场监督管理局"))).toMatchObject({ ok: false, error: "invalid" });
  expect(await updateDepartment(admin, 999_999, input("不存在"))).toEqual({ ok: false, error: "not_found" });
  expect(await getDepartment(a.value.id)).toMatchObject({ name: "州教育局（州语言文字工作委员会）", description: "学前和义务教育", active: true, members: [] });

  await moveDepartment(admin, c.value.id, "up");
  expect((await listDepartments()).map((d) => d.id)).toEqual([a.value.id, c.value.id, b.value.id]);
  await moveDepartment(admin, a.value.id, "up"); // already first: no change
  await moveDepartment(admin, a.value.id, "down");
  expect((await listDepartments()).map((d) => d.id)).toEqual([c.value.id, a.value.id, b.value.id]);

  await setDepartmentActive(admin, b.value.id, false);
  expect((await activeDepartments()).map((d) => d.id)).toEqual([c.value.id, a.value.id]);
  expect((await listDepartments()).find((d) => d.id === b.value.id)?.active).toBe(false);
  await setDepartmentActive(admin, b.value.id, true);
  expect(await activeDepartments()).toHaveLength(3);

  const actions = (await db.auditEntry.findMany({ where: { actorId: admin.id, outcome: "success" }, select: { action: true } })).map((e) => e.action);
  expect(actions).toEqual(expect.arrayContaining(["department.create", "department.update", "department.move", "department.deactivate", "department.activate"]));
  expect(await db.auditEntry.findFirst({ where: { action: "department.create" }, select: { ip: true, targetType: true } })).toEqual({ ip: "192.0.2.1", targetType: "department" });
});

it("assigns and unassigns handlers only, and handlerDepartmentIds scopes a handler", async () => {
  const admin = await makeStaff("admin");
  const handler = await makeStaff("handler");
  const editor = await makeStaff("editor");
  const [x, y, z] = await Promise.all(["部门甲", "部门乙", "部门丙"].map((name) => createDepartment(admin, input(name))));
  if (!x?.ok || !y?.ok || !z?.ok) throw new Error("create failed");

  expect(await assignMember(admin, x.value.id, handler.id)).toEqual({ ok: true, value: undefined });
  expect(await assignMember(admin, x.value.id, handler.id)).toEqual({ ok: true, value: undefined }); // twice: still one row
  expect(await assignMember(admin, y.value.id, handler.id)).toEqual({ ok: true, value: undefined });
  expect(await assignMember(admin, x.value.id, editor.id)).toEqual({ ok: false, error: "not_handler" });
  expect(await assignMember(admin, 999_999, handler.id)).toEqual({ ok: false, error: "not_found" });
  expect(await handlerDepartmentIds(handler)).toEqual([x.value.id, y.value.id].sort((p, q) => p - q));
  expect((await getDepartment(x.value.id))?.members.map((m) => m.email)).toEqual([handler.email]);

  // Inactive departments still count: their letters need finishing.
  await setDepartmentActive(admin, y.value.id, false);
  expect(await handlerDepartmentIds(handler)).toHaveLength(2);
  expect((await departmentsOf(handler.id)).map((d) => [d.name, d.active])).toEqual([["部门甲", true], ["部门乙", false]]);

  expect(await unassignMember(admin, x.value.id, handler.id)).toEqual({ ok: true, value: undefined });
  expect(await unassignMember(admin, x.value.id, handler.id)).toEqual({ ok: false, error: "not_found" });
  expect(await handlerDepartmentIds(handler)).toEqual([y.value.id]);

  expect(await setUserDepartments(admin, handler.id, [x.value.id, z.value.id])).toEqual({ ok: true, value: undefined });
  expect((await handlerDepartmentIds(handler)).sort()).toEqual([x.value.id, z.value.id].sort());
  expect(await setUserDepartments(admin, handler.id, [x.value.id, 999_999])).toEqual({ ok: false, error: "not_found" });
  expect(await setUserDepartments(admin, editor.id, [x.value.id])).toEqual({ ok: false, error: "not_handler" });
  expect(await setUserDepartments(admin, handler.id, [])).toEqual({ ok: true, value: undefined });
  expect(await handlerDepartmentIds(handler)).toEqual([]);

  // Only "handle:letter:department" is scoped; others get no department list.
  await setUserDepartments(admin, handler.id, [x.value.id]);
  expect(await handlerDepartmentIds(admin)).toEqual([]);
  expect(await handlerDepartmentIds({ id: handler.id, role: "resident" })).toEqual([]);
});

it("refuses every change without manage:department:any, changes nothing and audits the refusal", async () => {
  const admin = await makeStaff("admin");
  const handler = await makeStaff("handler");
  const created = await createDepartment(admin, input("部门丁"));
  if (!created.ok) throw new Error("create failed");
  const id = created.value.id;
  await assignMember(admin, id, handler.id);
  const resident = await makeResident();
  const before = await snapshot();
  for (const actor of [await makeStaff("editor"), handler, await makeStaff("moderator"), resident]) {
    expect(await createDepartment(actor, input("越权部门"))).toEqual({ ok: false, error: "denied" });
    expect(await updateDepartment(actor, id, input("改名"))).toEqual({ ok: false, error: "denied" });
    expect(await moveDepartment(actor, id, "down")).toEqual({ ok: false, error: "denied" });
    expect(await setDepartmentActive(actor, id, false)).toEqual({ ok: false, error: "denied" });
    expect(await assignMember(actor, id, handler.id)).toEqual({ ok: false, error: "denied" });
    expect(await unassignMember(actor, id, handler.id)).toEqual({ ok: false, error: "denied" });
    expect(await setUserDepartments(actor, handler.id, [])).toEqual({ ok: false, error: "denied" });
  }
  expect(await snapshot()).toBe(before);
  expect(await db.auditEntry.count({ where: { action: { startsWith: "department." }, outcome: "denied" } })).toBe(28);
});
