import { expect, it } from "vitest";
import { can, permissionsOf, rolePermissions, ROLES, STAFF_ROLES } from "./permissions";

it("grants residents their own-data permissions only", () => {
  expect(can({ id: 1, role: "resident" }, "read:profile:own")).toBe(true);
  expect(can({ id: 1, role: "resident" }, "delete:account:own")).toBe(true);
  expect(rolePermissions.resident.some((permission) => !permission.endsWith(":own"))).toBe(false);
});

it("grants nothing to unknown roles or anonymous people", () => {
  expect(can({ id: 1, role: "root" }, "read:profile:own")).toBe(false);
  expect(can(null, "access:admin:any")).toBe(false);
  expect(permissionsOf(undefined)).toEqual([]);
});

it("gives each staff role the admin console and its own area only", () => {
  for (const role of STAFF_ROLES) expect(can({ id: 1, role }, "access:admin:any")).toBe(true);
  expect(can({ id: 1, role: "resident" }, "access:admin:any")).toBe(false);
  expect(can({ id: 1, role: "editor" }, "publish:content:any")).toBe(true);
  expect(can({ id: 1, role: "editor" }, "read:audit:any")).toBe(false);
  expect(can({ id: 1, role: "handler" }, "handle:letter:department")).toBe(true);
  expect(can({ id: 1, role: "handler" }, "handle:letter:any")).toBe(false);
  expect(can({ id: 1, role: "moderator" }, "moderate:submission:any")).toBe(true);
  expect(can({ id: 1, role: "moderator" }, "read:profile:any")).toBe(false);
  expect(can({ id: 1, role: "disclosure" }, "handle:inforequest:any")).toBe(true);
  expect(can({ id: 1, role: "disclosure" }, "decide:extension:any")).toBe(false);
  expect(can({ id: 1, role: "disclosure" }, "handle:letter:any")).toBe(false);
  for (const role of ["editor", "handler", "moderator", "resident"]) expect(can({ id: 1, role }, "handle:inforequest:any")).toBe(false);
  const admin = permissionsOf({ id: 1, role: "admin" });
  for (const permission of ["read:audit:any", "manage:user:any", "end:session:any", "read:profile:any", "manage:department:any", "handle:inforequest:any"] as const) {
    expect(admin).toContain(permission);
  }
  expect(admin).not.toContain("delete:account:own");
  expect(ROLES).toHaveLength(6);
});

it("lets handlers ask for extensions and admins decide them, publish letters, edit the calendar and read the outbox", () => {
  const handler = { id: 1, role: "handler" };
  expect(can(handler, "request:extension:department")).toBe(true);
  for (const permission of ["decide:extension:any", "publish:letter:any", "manage:calendar:any", "read:outbox:any"] as const) {
    expect(can(handler, permission)).toBe(false);
    expect(can({ id: 1, role: "admin" }, permission)).toBe(true);
    expect(can({ id: 1, role: "editor" }, permission)).toBe(false);
  }
});
