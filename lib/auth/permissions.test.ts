import { expect, it } from "vitest";
import { can, rolePermissions } from "./permissions";

it("grants residents their own-data permissions only", () => {
  expect(can({ id: 1, role: "resident" }, "read:profile:own")).toBe(true);
  expect(can({ id: 1, role: "resident" }, "delete:account:own")).toBe(true);
  expect(Object.values(rolePermissions).flat().some((permission) => permission.endsWith(":any"))).toBe(false);
});

it("grants nothing to unknown roles or anonymous people", () => {
  expect(can({ id: 1, role: "admin" }, "read:profile:own")).toBe(false);
  expect(can(null, "read:profile:own")).toBe(false);
});
