import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeResident } from "@/test/accounts";
import { makeStaff } from "@/test/staff";
import { parseAuditFilter } from "./filter";
import { profileViewsOf, queryAudit, record } from "./audit";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SKIP = new Set(["node_modules", ".next", ".git", "generated", ".test-db", "data", "test-results", "playwright-report"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [file] : [];
  });
}

it("has no code path that updates or deletes an audit entry", () => {
  const files = sourceFiles(ROOT);
  expect(files.length).toBeGreaterThan(50);
  const self = path.resolve(import.meta.filename);
  const pattern = new RegExp(["auditEntry", "\\s*\\.\\s*(update|updateMany|upsert|delete|deleteMany)\\b"].join(""));
  const offenders = files.filter((file) => file !== self && pattern.test(readFileSync(file, "utf8")));
  expect(offenders).toEqual([]);
  // Nor raw SQL on the table.
  const raw = files.filter((file) => file !== self && /(UPDATE|DELETE FROM)\s+"?AuditEntry/i.test(readFileSync(file, "utf8")));
  expect(raw).toEqual([]);
});

it("records entries, the IP for staff only, and filters by actor, action and date", async () => {
  const admin = await makeStaff("admin", { email: "boss@staff.example.gov.cn" });
  const resident = await makeResident();
  await record({ actor: admin, action: "auth.login", outcome: "success", ip: "10.0.0.1", at: new Date("2026-11-01T02:00:00Z") });
  await record({ actor: resident, action: "access.denied", outcome: "denied", targetType: "permission", targetId: "access:admin:any", ip: "10.0.0.2", at: new Date("2026-11-02T02:00:00Z") });
  await record({ actor: null, action: "user.create", outcome: "success", targetType: "user", targetId: 9, at: new Date("2026-11-03T02:00:00Z") });

  const all = await queryAudit({});
  expect(all.total).toBe(3);
  expect(all.entries.map((entry) => entry.action)).toEqual(["user.create", "access.denied", "auth.login"]);
  expect(all.entries.find((entry) => entry.action === "auth.login")).toMatchObject({ ip: "10.0.0.1", actorEmail: "boss@staff.example.gov.cn", actorRole: "admin" });
  expect(all.entries.find((entry) => entry.action === "access.denied")).toMatchObject({ ip: null, actorRole: "resident" });

  expect((await queryAudit({ actorId: admin.id })).total).toBe(1);
  expect((await queryAudit({ action: "access.denied" })).entries[0]?.actorId).toBe(resident.id);
  expect((await queryAudit({ from: new Date("2026-11-02T00:00:00Z"), to: new Date("2026-11-03T00:00:00Z") })).total).toBe(1);
  expect((await queryAudit({}, 2, 2)).entries).toHaveLength(1);

  // The GET form: e-mail or id, China-time calendar days, "to" inclusive; bad input refused.
  const byEmail = await parseAuditFilter({ actor: "BOSS@staff.example.gov.cn", from: "2026-11-01", to: "2026-11-01" });
  expect(byEmail.ok && (await queryAudit(byEmail.filter)).total).toBe(1);
  const unknown = await parseAuditFilter({ actor: "nobody@example.com" });
  expect(unknown.ok && (await queryAudit(unknown.filter)).total).toBe(0);
  expect((await parseAuditFilter({ from: "yesterday" })).ok).toBe(false);
  expect(await db.auditEntry.count()).toBe(3);
});

it("lists staff views of a resident's data, successful ones only", async () => {
  const resident = await makeResident();
  const admin = await makeStaff("admin");
  await record({ actor: admin, action: "profile.view", outcome: "success", targetType: "user", targetId: resident.id });
  await record({ actor: admin, action: "profile.view", outcome: "denied", targetType: "user", targetId: resident.id });
  await record({ actor: admin, action: "profile.view", outcome: "success", targetType: "user", targetId: resident.id + 1000 });
  expect(await profileViewsOf(resident.id)).toEqual([{ at: expect.any(Date), role: "admin" }]);
});
