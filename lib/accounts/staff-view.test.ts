import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { profileViewsOf, queryAudit } from "@/lib/audit/audit";
import { makeResident } from "@/test/accounts";
import { makeStaff } from "@/test/staff";
import { profileSchema } from "./validation";
import { exportAccount, updateProfile } from "./accounts";
import { viewResidentProfile } from "./staff-view";

it("shows an admin the masked profile, audits the view, and the resident sees it", async () => {
  const resident = await makeResident({ name: "李四" });
  await updateProfile(resident, profileSchema.parse({ name: "李四", phone: "13612345678", idCard: "652301198001011230", birthDate: "1980-01-01", gender: "", address: "", education: "", occupation: "" }));
  const admin = await makeStaff("admin");
  const at = new Date("2026-11-29T03:00:00Z");

  const view = await viewResidentProfile(admin, resident.id, "192.0.2.7", at);
  expect(view).toMatchObject({ ok: true, profile: { name: "李四", idCardMasked: "652301********1230", email: resident.email } });
  expect(JSON.stringify(view)).not.toContain("652301198001011230");

  expect(await profileViewsOf(resident.id)).toEqual([{ at, role: "admin" }]);
  expect((await exportAccount(resident))?.staffViews).toEqual([{ at, role: "admin" }]);
  const log = await queryAudit({ action: "profile.view" });
  expect(log.entries[0]).toMatchObject({ actorId: admin.id, actorRole: "admin", outcome: "success", targetType: "user", targetId: String(resident.id), ip: "192.0.2.7" });
});

it("refuses roles without read:profile:any and residents, and audits the refusal", async () => {
  const resident = await makeResident();
  const other = await makeResident();
  const editor = await makeStaff("editor");
  expect(await viewResidentProfile(editor, resident.id)).toEqual({ ok: false, reason: "denied" });
  expect(await viewResidentProfile(other, resident.id)).toEqual({ ok: false, reason: "denied" });
  const admin = await makeStaff("admin");
  expect(await viewResidentProfile(admin, editor.id)).toEqual({ ok: false, reason: "not_found" });
  expect(await profileViewsOf(resident.id)).toEqual([]);
  expect(await db.auditEntry.count({ where: { action: "profile.view", outcome: "denied" } })).toBe(2);
});
