import { beforeEach, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { queryAudit } from "@/lib/audit/audit";
import { SESSION_COOKIE } from "@/lib/auth/options";
import { totpEnrolment } from "@/lib/auth/staff";
import { totp } from "@/lib/auth/totp";
import { makeStaff, STAFF_PASSWORD } from "@/test/staff";
import { fakeRequest, requestHeaders, runAction } from "@/test/next-request";

// Staff sign-in through the real server actions: password, then the TOTP step (enrolment
// at the first login), or the password alone on the demo database; audited with the IP.

const jar = fakeRequest.cookies;
vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders);
fakeRequest.headers = requestHeaders({ host: "localhost:3000", origin: "http://localhost:3000" }, "203.0.113.9");
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";
const actions = await import("./actions");
const { PENDING_COOKIE } = await import("@/lib/auth/current");


beforeEach(() => jar.clear());

it("staff sign in with password then a TOTP code, enrolling at the first login", async () => {
  const staff = await makeStaff("editor", { email: "ed@staff.example.gov.cn" });
  expect(await runAction(actions.loginAction, { email: "ed@staff.example.gov.cn", password: "wrong", next: "/account" })).toMatchObject({ status: "error", formError: "账号或密码错误" });
  expect(await runAction(actions.loginAction, { email: "ed@staff.example.gov.cn", password: STAFF_PASSWORD, next: "/account" })).toEqual({ redirect: "/login/2fa" });
  expect(jar.has(SESSION_COOKIE)).toBe(false);
  expect(jar.has(PENDING_COOKIE)).toBe(true);

  const { secret } = await totpEnrolment(staff.id);
  expect(await runAction(actions.totpAction, { code: "12345" })).toMatchObject({ status: "error", fieldErrors: { code: [expect.any(String)] } });
  const wrong = totp(secret!, Date.now() + 10 * 60_000);
  expect(await runAction(actions.totpAction, { code: wrong })).toMatchObject({ status: "error", fieldErrors: { code: [expect.any(String)] } });
  expect(await runAction(actions.totpAction, { code: totp(secret!) })).toEqual({ redirect: "/admin" });
  expect(jar.has(SESSION_COOKIE)).toBe(true);
  expect(jar.has(PENDING_COOKIE)).toBe(false);

  const log = await queryAudit({ actorId: staff.id });
  expect(log.entries.map((entry) => [entry.action, entry.outcome, entry.detail, entry.ip])).toEqual([
    ["auth.login", "success", "password+totp", "203.0.113.9"],
    ["auth.totp_enrolled", "success", null, null],
    ["auth.login_failed", "failed", "totp", "203.0.113.9"],
    ["auth.login_failed", "failed", "password", "203.0.113.9"],
  ]);
  // Without the pending step, the TOTP action does nothing.
  jar.clear();
  expect(await runAction(actions.totpAction, { code: totp(secret!) })).toEqual({ redirect: "/login?timeout=1" });
});

it("on the demo database staff sign in with the password alone; residents are never asked", async () => {
  await db.siteSetting.create({ data: { key: "demo", value: "true" }, select: { key: true } });
  await makeStaff("admin", { email: "a@staff.example.gov.cn" });
  expect(await runAction(actions.loginAction, { email: "a@staff.example.gov.cn", password: STAFF_PASSWORD, next: "/admin/audit" })).toEqual({ redirect: "/admin/audit" });
  expect(jar.has(SESSION_COOKIE)).toBe(true);
  expect((await queryAudit({ action: "auth.login" })).entries[0]).toMatchObject({ actorRole: "admin", detail: "password", ip: "203.0.113.9" });
});

it("staff password change refuses the last passwords and restarts the 90 days", async () => {
  await db.siteSetting.upsert({ where: { key: "demo" }, create: { key: "demo", value: "true" }, update: {}, select: { key: true } });
  const staff = await makeStaff("handler", { email: "h@staff.example.gov.cn", passwordChangedAt: new Date("2025-01-01T00:00:00Z") });
  expect(await runAction(actions.loginAction, { email: "h@staff.example.gov.cn", password: STAFF_PASSWORD, next: "/account" })).toEqual({ redirect: "/account/password?expired=1" });
  const reuse = await runAction(actions.changePasswordAction, { currentPassword: STAFF_PASSWORD, password: STAFF_PASSWORD, confirmPassword: STAFF_PASSWORD });
  expect(reuse).toMatchObject({ status: "error", fieldErrors: { password: ["不能使用最近 5 次用过的密码"] } });
  const next = "a new staff passphrase";
  expect(await runAction(actions.changePasswordAction, { currentPassword: STAFF_PASSWORD, password: next, confirmPassword: next })).toEqual({ redirect: "/admin?passwordChanged=1" });
  const user = await db.user.findUnique({ where: { id: staff.id }, select: { passwordChangedAt: true } });
  expect(Date.now() - user!.passwordChangedAt.getTime()).toBeLessThan(60_000);
});
