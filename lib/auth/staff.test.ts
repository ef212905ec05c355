import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { queryAudit } from "@/lib/audit/audit";
import { makeResident } from "@/test/accounts";
import { makeStaff } from "@/test/staff";
import { createSession, validateSession } from "./sessions";
import { openSecret } from "./secret-box";
import {
  checkTotp,
  endAllSessions,
  isDemoSite,
  isRecentPassword,
  passwordChangeDue,
  setStaffPassword,
  staffLanding,
  totpEnrolment,
  twoFactorRequired,
} from "./staff";
import { totp } from "./totp";

const DAY = 24 * 3600_000;

it("expires staff passwords after 90 days and after admin:create, never residents'", async () => {
  const now = new Date("2026-11-29T00:00:00Z");
  const fresh = await makeStaff("editor", { passwordChangedAt: new Date(now.getTime() - 89 * DAY) });
  const old = await makeStaff("editor", { passwordChangedAt: new Date(now.getTime() - 91 * DAY) });
  const resident = await makeResident();
  await db.user.update({ where: { id: resident.id }, data: { passwordChangedAt: new Date(now.getTime() - 400 * DAY) }, select: { id: true } });
  expect(await passwordChangeDue(fresh.id, now)).toBe(false);
  expect(await passwordChangeDue(old.id, now)).toBe(true);
  expect(await passwordChangeDue(resident.id, now)).toBe(false);
  await db.user.update({ where: { id: fresh.id }, data: { mustChangePassword: true }, select: { id: true } });
  expect(await passwordChangeDue(fresh.id, now)).toBe(true);
  expect(await staffLanding(old.id, "/account")).toBe("/account/password?expired=1");
});

it("refuses the last 5 passwords and keeps only 5 in the history", async () => {
  const staff = await makeStaff("moderator");
  const passwords = [staff.password, "second password 02", "third password 003", "fourth password 04", "fifth password 005", "sixth password 0006"];
  for (const next of passwords.slice(1)) {
    expect(await isRecentPassword(staff.id, next)).toBe(false);
    await setStaffPassword(staff.id, next);
  }
  // Current = sixth; the last 5 are sixth, fifth, fourth, third, second. The first is free again.
  for (const used of passwords.slice(1)) expect(await isRecentPassword(staff.id, used)).toBe(true);
  expect(await isRecentPassword(staff.id, passwords[0]!)).toBe(false);
  expect(await db.passwordHistory.count({ where: { userId: staff.id } })).toBe(5);
  const user = await db.user.findUnique({ where: { id: staff.id }, select: { sessionVersion: true, mustChangePassword: true } });
  expect(user).toEqual({ sessionVersion: 5, mustChangePassword: false });
});

it("enrols TOTP with a kept secret, confirms it with a code and refuses a replayed code", async () => {
  const staff = await makeStaff("handler");
  const first = await totpEnrolment(staff.id);
  expect(first.enrolled).toBe(false);
  expect(first.uri).toContain(`secret=${first.secret}`);
  expect((await totpEnrolment(staff.id)).secret).toBe(first.secret);
  const stored = await db.user.findUnique({ where: { id: staff.id }, select: { totpSecretCipher: true } });
  expect(stored?.totpSecretCipher).not.toContain(first.secret);
  expect(openSecret("totp", stored!.totpSecretCipher!, staff.id)).toBe(first.secret);

  const now = new Date("2026-11-29T01:00:00Z");
  expect(await checkTotp(staff.id, "000000", now)).toBe(totp(first.secret!, now) === "000000");
  const code = totp(first.secret!, now);
  expect(await checkTotp(staff.id, code, now)).toBe(true);
  expect(await checkTotp(staff.id, code, now)).toBe(false); // used once
  expect(await totpEnrolment(staff.id)).toEqual({ enrolled: true });
  const later = new Date(now.getTime() + 30_000);
  expect(await checkTotp(staff.id, totp(first.secret!, later), later)).toBe(true);
  expect((await queryAudit({ action: "auth.totp_enrolled" })).total).toBe(1);
});

it("requires two-factor for staff unless the database is the demo", async () => {
  expect(await isDemoSite()).toBe(false);
  expect(await twoFactorRequired("admin")).toBe(true);
  expect(await twoFactorRequired("resident")).toBe(false);
  await db.siteSetting.create({ data: { key: "demo", value: "true" }, select: { key: true } });
  expect(await twoFactorRequired("admin")).toBe(false);
});

it("lets an admin end all sessions of any account, and no one else", async () => {
  const admin = await makeStaff("admin");
  const editor = await makeStaff("editor");
  const resident = await makeResident();
  const sessions = [await createSession(resident.id), await createSession(resident.id)];
  const claims = (sid: string) => ({ sub: String(resident.id), sid, sv: 0 });

  expect(await endAllSessions(editor, resident.id, "10.1.1.1")).toEqual({ ok: false });
  expect(await validateSession(claims(sessions[0]!.id))).not.toBeNull();

  expect(await endAllSessions(admin, resident.id, "10.1.1.2")).toEqual({ ok: true });
  for (const session of sessions) expect(await validateSession(claims(session.id))).toBeNull();
  expect(await db.userSession.count({ where: { userId: resident.id } })).toBe(0);
  expect(await endAllSessions(admin, 999_999)).toEqual({ ok: false });

  const log = await queryAudit({ action: "session.terminate_all" });
  expect(log.entries.map((entry) => [entry.actorRole, entry.outcome, entry.targetId, entry.ip])).toEqual([
    ["admin", "failed", "999999", null],
    ["admin", "success", String(resident.id), "10.1.1.2"],
    ["editor", "denied", String(resident.id), "10.1.1.1"],
  ]);
});
