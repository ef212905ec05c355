import { beforeEach, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { PENDING_DAYS, REGISTER_LIMITED_MESSAGE, confirmEmail, prunePendingAccounts, takeRegistrationLimit } from "@/lib/accounts/registration";
import { UNCONFIRMED_MESSAGE } from "@/lib/auth/login";
import { SESSION_COOKIE } from "@/lib/auth/options";
import { makeResident } from "@/test/accounts";
import { makeStaff } from "@/test/staff";
import { fakeRequest, requestHeaders, runAction } from "@/test/next-request";

// Registration (issue 10, item 4) through the real server actions: the same answer for new
// and existing addresses, an e-mailed confirmation link before the first sign-in, and a
// limit per client address and network.

const jar = fakeRequest.cookies;
vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders);
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";
const actions = await import("./actions");
const { GET: confirmRoute } = await import("./register/confirm/route");


let phone = 0;
const registration = (email: string, password = "a new resident passphrase") => ({
  name: "新居民",
  email,
  phone: `1380000${String((phone += 1)).padStart(4, "0")}`,
  password,
  confirmPassword: password,
  acceptPrivacy: "on",
});

const mailsTo = (to: string) => db.outboxMail.findMany({ where: { to }, select: { kind: true, subject: true, body: true }, orderBy: { id: "asc" } });
const linkIn = (body: string) => new URL(/https?:\/\/\S+/.exec(body)![0]);

beforeEach(() => {
  jar.clear();
  fakeRequest.headers = requestHeaders({ host: "localhost:3000", origin: "http://localhost:3000" }, `198.51.100.${phone % 250}`);
});

it("answers an existing address (resident or staff) exactly as a new one, and mails each what applies", async () => {
  const resident = await makeResident({ email: "taken@example.com" });
  const staff = await makeStaff("admin", { email: "boss@staff.example.gov.cn" });
  const before = await db.user.findMany({ where: { id: { in: [resident.id, staff.id] } }, select: { passwordHash: true } });
  await db.outboxMail.deleteMany({}); // makeResident's own confirmation mail

  const forNew = await runAction(actions.registerAction, registration("fresh@example.com"));
  const forResident = await runAction(actions.registerAction, registration("Taken@Example.com"));
  const forStaff = await runAction(actions.registerAction, registration("boss@staff.example.gov.cn"));
  expect(forNew).toEqual({ redirect: "/register/sent" });
  expect(forResident).toEqual(forNew);
  expect(forStaff).toEqual(forNew);

  // Nothing changed for the existing accounts; their owners learn that someone tried.
  expect(await db.user.findMany({ where: { id: { in: [resident.id, staff.id] } }, select: { passwordHash: true } })).toEqual(before);
  for (const to of ["taken@example.com", "boss@staff.example.gov.cn"]) {
    const [mail, ...more] = await mailsTo(to);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ kind: "account.register_existing", subject: expect.stringContaining("有人尝试用您的邮箱注册") });
    expect(mail!.body).toContain("/login/forgot");
  }
  expect(await mailsTo("fresh@example.com")).toEqual([expect.objectContaining({ kind: "account.confirm" })]);
});

it("a new account signs in only after following the single-use confirmation link", async () => {
  await runAction(actions.registerAction, registration("confirm.me@example.com", "my own long passphrase"));
  const login = { email: "confirm.me@example.com", password: "my own long passphrase", next: "/account" };
  expect(await runAction(actions.loginAction, { ...login, password: "a wrong passphrase" })).toMatchObject({ status: "error", formError: "账号或密码错误" });
  // The right password: told to confirm, and a fresh link is mailed (the first stops working).
  expect(await runAction(actions.loginAction, login)).toMatchObject({ status: "error", formError: UNCONFIRMED_MESSAGE });
  expect(jar.has(SESSION_COOKIE)).toBe(false);
  const [first, second] = await mailsTo("confirm.me@example.com");
  expect(second).toMatchObject({ kind: "account.confirm" });

  const stale = linkIn(first!.body);
  expect(stale.pathname).toBe("/register/confirm");
  expect((await confirmRoute(new Request(stale))).headers.get("location")).toBe("/login?confirmFailed=1");
  const link = linkIn(second!.body);
  const stored = await db.accountToken.findMany({ select: { tokenHash: true } });
  expect(stored.map((row) => row.tokenHash)).not.toContain(link.searchParams.get("token"));

  const confirmed = await confirmRoute(new Request(link));
  expect(confirmed.status).toBe(303);
  expect(confirmed.headers.get("location")).toBe("/login?confirmed=1");
  expect((await confirmRoute(new Request(link))).headers.get("location")).toBe("/login?confirmFailed=1"); // used once
  expect(await runAction(actions.loginAction, login)).toEqual({ redirect: "/account" });
});

it("a confirmation link expires after 24 hours", async () => {
  await runAction(actions.registerAction, registration("late@example.com"));
  const token = linkIn((await mailsTo("late@example.com"))[0]!.body).searchParams.get("token")!;
  expect(await confirmEmail(token, new Date(Date.now() + 24 * 3600_000 + 1000))).toBe(false);
  expect(await confirmEmail(token)).toBe(true);
});

it("registering a pending address again replaces the pending account and its link", async () => {
  await runAction(actions.registerAction, registration("pending@example.com", "first long passphrase"));
  await runAction(actions.registerAction, registration("pending@example.com", "second long passphrase"));
  const [first, second] = await mailsTo("pending@example.com");
  expect(first!.body).not.toBe(second!.body);
  expect(await confirmEmail(linkIn(first!.body).searchParams.get("token")!)).toBe(false);
  expect(await confirmEmail(linkIn(second!.body).searchParams.get("token")!)).toBe(true);
  expect(await db.user.count({ where: { email: "pending@example.com" } })).toBe(1);
  expect(await runAction(actions.loginAction, { email: "pending@example.com", password: "second long passphrase", next: "/account" })).toEqual({ redirect: "/account" });
});

it("limits registrations per client address and per network", async () => {
  fakeRequest.headers = requestHeaders({ host: "localhost:3000", origin: "http://localhost:3000" }, "203.0.113.77");
  for (let i = 0; i < 20; i++) expect(await runAction(actions.registerAction, registration(`burst${i}@example.com`))).toEqual({ redirect: "/register/sent" });
  expect(await runAction(actions.registerAction, registration("burst20@example.com"))).toMatchObject({ status: "error", formError: REGISTER_LIMITED_MESSAGE });
  expect(await db.user.count({ where: { email: "burst20@example.com" } })).toBe(0);

  // Other addresses of the same /64 share the network's limit of 60 an hour.
  const now = new Date();
  for (let i = 0; i < 60; i++) expect(await takeRegistrationLimit(`2001:db8:5:6::${(i % 15) + 1}`, now)).toBe(true);
  expect(await takeRegistrationLimit("2001:db8:5:6::99", now)).toBe(false);
  expect(await takeRegistrationLimit("2001:db8:5:7::1", now)).toBe(true);
});

it("deletes a registration left unconfirmed for a week, with its profile and link, and nothing else", async () => {
  const kept = await makeResident({ email: "kept@example.com" });
  await runAction(actions.registerAction, registration("abandoned@example.com"));
  const later = new Date(Date.now() + PENDING_DAYS * 24 * 3600_000 + 1000);
  expect(await prunePendingAccounts(new Date(Date.now() + 3600_000))).toBe(0);
  const pending = await db.user.count({ where: { emailConfirmed: false } }); // this file's other pending ones too
  expect(pending).toBeGreaterThan(0);
  expect(await prunePendingAccounts(later)).toBe(pending);
  expect(await db.user.findMany({ where: { email: { in: ["kept@example.com", "abandoned@example.com"] } }, select: { id: true } })).toEqual([{ id: kept.id }]);
  expect(await db.accountToken.count({ where: { user: { email: "abandoned@example.com" } } })).toBe(0);
  expect(await db.profile.count({ where: { user: { email: "abandoned@example.com" } } })).toBe(0);
});
