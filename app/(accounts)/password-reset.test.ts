import { beforeEach, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { queryAudit } from "@/lib/audit/audit";
import { authenticate } from "@/lib/auth/login";
import { RESET_LIMITED_MESSAGE, RESET_LINK_INVALID_MESSAGE, RESET_REQUESTED_MESSAGE, resetLinkState, resetPassword } from "@/lib/auth/password-reset";
import { createSession, validateSession } from "@/lib/auth/sessions";
import { totpEnrolment, checkTotp } from "@/lib/auth/staff";
import { recordFailure } from "@/lib/auth/throttle";
import { totp } from "@/lib/auth/totp";
import { makeResident, PASSWORD } from "@/test/accounts";
import { makeStaff, STAFF_PASSWORD } from "@/test/staff";
import { fakeRequest, requestHeaders, runAction } from "@/test/next-request";

// 忘记密码 (issue 10, item 6) through the real server actions: the same answer for unknown
// addresses, a single-use 30-minute link, the password rules, every session ended, limits
// per e-mail and per client, staff's TOTP code, the audit log.

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders);
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";
const actions = await import("./actions");


let client = 0;
function asClient(address = `192.0.2.${(client += 1)}`) {
  fakeRequest.headers = requestHeaders({ host: "localhost:3000", origin: "http://localhost:3000" }, address);
}
beforeEach(() => {
  fakeRequest.cookies.clear();
  asClient();
});

const resetMails = (to: string) => db.outboxMail.findMany({ where: { to, kind: "account.reset" }, select: { body: true }, orderBy: { id: "asc" } });
async function latestToken(to: string): Promise<string> {
  const mails = await resetMails(to);
  return new URL(/https?:\/\/\S+/.exec(mails.at(-1)!.body)![0]).searchParams.get("token")!;
}
const NEW = "a fresh reset passphrase";

it("answers the same whether or not the e-mail has an account, and mails a link only to an account", async () => {
  await makeResident({ email: "forgetful@example.com" });
  const known = await runAction(actions.requestResetAction, { email: "Forgetful@example.com" });
  const unknown = await runAction(actions.requestResetAction, { email: "nobody@example.com" });
  expect(known).toEqual({ status: "success", message: RESET_REQUESTED_MESSAGE });
  expect(unknown).toEqual(known);
  expect(await resetMails("forgetful@example.com")).toHaveLength(1);
  expect(await db.outboxMail.count({ where: { to: "nobody@example.com" } })).toBe(0);
  const mail = (await resetMails("forgetful@example.com"))[0]!.body;
  expect(mail).toMatch(/\/login\/reset\?token=[\w-]{43}\b/);
  expect(mail).toContain("30 分钟");
});

it("the link sets a password under the usual rules, once, and ends every session", async () => {
  const resident = await makeResident({ email: "reset.me@example.com" });
  const session = await createSession(resident.id);
  await runAction(actions.requestResetAction, { email: "reset.me@example.com" });
  const token = await latestToken("reset.me@example.com");
  expect(await db.accountToken.count({ where: { tokenHash: token } })).toBe(0); // stored hashed
  expect(await resetLinkState(token)).toEqual({ valid: true, needsTotp: false });

  const weak = await runAction(actions.resetPasswordAction, { token, password: "password1234", confirmPassword: "password1234" });
  expect(weak).toMatchObject({ status: "error", fieldErrors: { password: [expect.stringContaining("常见")] } });
  const mismatch = await runAction(actions.resetPasswordAction, { token, password: NEW, confirmPassword: `${NEW}!` });
  expect(mismatch).toMatchObject({ status: "error", fieldErrors: { confirmPassword: ["两次输入的密码不一致"] } });
  expect(JSON.stringify(mismatch)).not.toContain(NEW); // never echoed

  expect(await runAction(actions.resetPasswordAction, { token, password: NEW, confirmPassword: NEW })).toEqual({ redirect: "/login?reset=1" });
  expect(await validateSession({ sub: String(resident.id), sid: session.id, sv: 0 })).toBeNull();
  expect(await authenticate("reset.me@example.com", PASSWORD, "203.0.113.1")).toEqual({ ok: false, reason: "invalid" });
  expect(await authenticate("reset.me@example.com", NEW, "203.0.113.1")).toMatchObject({ ok: true });

  // Single use.
  expect(await resetLinkState(token)).toEqual({ valid: false, needsTotp: false });
  const again = await runAction(actions.resetPasswordAction, { token, password: "yet another passphrase", confirmPassword: "yet another passphrase" });
  expect(again).toMatchObject({ status: "error", formError: RESET_LINK_INVALID_MESSAGE });
  expect(await authenticate("reset.me@example.com", NEW, "203.0.113.1")).toMatchObject({ ok: true });
});

it("a link expires after 30 minutes, and a newer request replaces it", async () => {
  await makeResident({ email: "slow.reader@example.com" });
  await runAction(actions.requestResetAction, { email: "slow.reader@example.com" });
  const first = await latestToken("slow.reader@example.com");
  expect(await resetPassword({ token: first, password: NEW }, null, new Date(Date.now() + 30 * 60_000 + 1000))).toMatchObject({ ok: false, formError: RESET_LINK_INVALID_MESSAGE });
  await runAction(actions.requestResetAction, { email: "slow.reader@example.com" });
  expect(await resetLinkState(first)).toMatchObject({ valid: false });
  expect(await resetLinkState(await latestToken("slow.reader@example.com"))).toMatchObject({ valid: true });
});

it("limits requests per e-mail (silently) and per client (saying so)", async () => {
  await makeResident({ email: "popular@example.com" });
  for (let i = 0; i < 5; i++) {
    asClient();
    expect(await runAction(actions.requestResetAction, { email: "popular@example.com" })).toEqual({ status: "success", message: RESET_REQUESTED_MESSAGE });
  }
  expect(await resetMails("popular@example.com")).toHaveLength(3);

  asClient("203.0.113.200");
  for (let i = 0; i < 10; i++) expect(await runAction(actions.requestResetAction, { email: `someone${i}@example.com` })).toMatchObject({ status: "success" });
  expect(await runAction(actions.requestResetAction, { email: "someone10@example.com" })).toMatchObject({ status: "error", formError: RESET_LIMITED_MESSAGE });
});

it("keeps working for an account an attacker is hammering", async () => {
  await makeResident({ email: "target@example.com" });
  for (let i = 0; i < 100; i++) await recordFailure("target@example.com", "198.51.100.66");
  asClient("198.51.100.67");
  expect(await authenticate("target@example.com", PASSWORD, "198.51.100.67")).toMatchObject({ ok: false, reason: "throttled" });
  await runAction(actions.requestResetAction, { email: "target@example.com" });
  const token = await latestToken("target@example.com");
  expect(await runAction(actions.resetPasswordAction, { token, password: NEW, confirmPassword: NEW })).toEqual({ redirect: "/login?reset=1" });
  expect(await authenticate("target@example.com", NEW, "2001:db8::1")).toMatchObject({ ok: true });
});

it("staff with TOTP must give a valid code, may not reuse a recent password, and it is audited", async () => {
  const staff = await makeStaff("handler", { email: "h@staff.example.gov.cn" });
  const { secret } = await totpEnrolment(staff.id);
  expect(await checkTotp(staff.id, totp(secret!, Date.now() - 60_000), new Date(Date.now() - 60_000))).toBe(true); // enrolled
  asClient("203.0.113.9");
  await runAction(actions.requestResetAction, { email: "h@staff.example.gov.cn" });
  const token = await latestToken("h@staff.example.gov.cn");
  expect(await resetLinkState(token)).toEqual({ valid: true, needsTotp: true });

  const noCode = await runAction(actions.resetPasswordAction, { token, password: NEW, confirmPassword: NEW });
  expect(noCode).toMatchObject({ status: "error", fieldErrors: { code: [expect.any(String)] } });
  const wrong = totp(secret!, Date.now() + 10 * 60_000);
  expect(await runAction(actions.resetPasswordAction, { token, password: NEW, confirmPassword: NEW, code: wrong })).toMatchObject({ status: "error", fieldErrors: { code: [expect.any(String)] } });
  const reuse = await runAction(actions.resetPasswordAction, { token, password: STAFF_PASSWORD, confirmPassword: STAFF_PASSWORD, code: totp(secret!) });
  expect(reuse).toMatchObject({ status: "error", fieldErrors: { password: ["不能使用最近 5 次用过的密码"] } });
  const next = totp(secret!, Date.now() + 30_000);
  expect(await runAction(actions.resetPasswordAction, { token, password: NEW, confirmPassword: NEW, code: next })).toEqual({ redirect: "/login?reset=1" });
  expect(await authenticate("h@staff.example.gov.cn", NEW, "203.0.113.9")).toMatchObject({ ok: true });

  const log = await queryAudit({ actorId: staff.id });
  expect(log.entries.map((entry) => [entry.action, entry.outcome, entry.detail, entry.ip])).toEqual([
    ["auth.password_reset", "success", null, "203.0.113.9"],
    ["auth.password_changed", "success", null, null],
    ["auth.password_reset", "failed", "totp", "203.0.113.9"],
    ["auth.password_reset", "failed", "totp", "203.0.113.9"],
    ["auth.password_reset_requested", "success", null, "203.0.113.9"],
    ["auth.totp_enrolled", "success", null, null],
  ]);
});
