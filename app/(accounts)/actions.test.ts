import { beforeEach, describe, expect, it, vi } from "vitest";
import { disableAccount, getMyAccount, updateProfile } from "@/lib/accounts/accounts";
import { disabledMessage, INVALID_LOGIN_MESSAGE } from "@/lib/auth/login";
import { profileSchema } from "@/lib/accounts/validation";
import { SESSION_COOKIE } from "@/lib/auth/options";
import { makeResident, PASSWORD } from "@/test/accounts";
import { fakeRequest, requestHeaders } from "@/test/next-request";

// The server actions as the browser reaches them: a request's cookies and headers are
// stood in for (next/headers), everything else is real, database included.

const jar = fakeRequest.cookies;

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders);

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";
const actions = await import("./actions");

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

/** Runs an action; a redirect comes back as { redirect: url }. */
async function run<S>(action: (state: S, data: FormData) => Promise<S>, entries: Record<string, string>) {
  try {
    return await action({ status: "idle" } as S, form(entries));
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    if (digest.includes(";403")) return { forbidden: true };
    throw error;
  }
}

async function logIn(email: string, password = PASSWORD) {
  jar.clear();
  return run(actions.loginAction, { email, password, next: "/account" });
}

const edit = {
  name: "王五",
  birthDate: "1980-01-01",
  gender: "female",
  phone: "13612345678",
  address: "昌吉市",
  idCard: "652301198001011230",
  education: "大专",
  occupation: "会计",
};

beforeEach(() => {
  jar.clear();
  fakeRequest.headers = requestHeaders({ host: "localhost:3000", origin: "http://localhost:3000" });
});

describe("server actions", () => {
  it("show a disabled account's owner the staff's reason only after the right password", async () => {
    const resident = await makeResident({ email: "stopped@example.com" });
    await disableAccount(resident.id, new Date(), "账户存在异常操作");
    expect(await logIn("stopped@example.com", "wrong password")).toMatchObject({ status: "error", formError: INVALID_LOGIN_MESSAGE });
    expect(await logIn("stopped@example.com")).toMatchObject({ status: "error", formError: disabledMessage("账户存在异常操作") });
    expect(jar.has(SESSION_COOKIE)).toBe(false);
  });

  it("log in, edit, refuse a bad edit without saving, change password", async () => {
    const resident = await makeResident({ email: "flow@example.com" });
    expect(await logIn("flow@example.com", "wrong password")).toEqual({
      status: "error",
      fieldErrors: {},
      formError: "账号或密码错误",
      values: { email: "flow@example.com", next: "/account" },
    });
    expect(await logIn("flow@example.com")).toEqual({ redirect: "/account" });
    expect(jar.get(SESSION_COOKIE)).toBeTruthy();

    expect(await run(actions.updateProfileAction, edit)).toEqual({ redirect: "/account?saved=1" });
    const bad = await run(actions.updateProfileAction, { ...edit, name: "新名字", phone: "12345", idCard: "652301198001011231" });
    expect(bad).toMatchObject({ status: "error", fieldErrors: { phone: [expect.any(String)], idCard: [expect.any(String)] } });
    expect((bad as { values: Record<string, string> }).values).not.toHaveProperty("idCard");
    expect((await getMyAccount(resident))?.profile).toMatchObject({ name: "王五", phone: "13612345678" });

    const oldCookie = jar.get(SESSION_COOKIE)!;
    const changed = await run(actions.changePasswordAction, {
      currentPassword: PASSWORD,
      password: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    });
    expect(changed).toEqual({ redirect: "/account?passwordChanged=1" });
    // This browser has a new session; the old cookie (another device) no longer works.
    expect(await run(actions.updateProfileAction, { ...edit, occupation: "出纳" })).toEqual({ redirect: "/account?saved=1" });
    jar.set(SESSION_COOKIE, oldCookie);
    expect(await run(actions.updateProfileAction, { ...edit, occupation: "黑客" })).toEqual({
      redirect: "/login?next=%2Faccount%2Fedit",
    });
    expect((await getMyAccount(resident))?.profile.occupation).toBe("出纳");
  });

  it("refuse anonymous requests and requests from another origin or without one", async () => {
    const resident = await makeResident({ email: "origin@example.com" });
    expect(await run(actions.updateProfileAction, edit)).toEqual({ redirect: "/login?next=%2Faccount%2Fedit" });
    await logIn("origin@example.com");
    fakeRequest.headers = requestHeaders({ host: "localhost:3000", origin: "http://evil.example" });
    expect(await run(actions.updateProfileAction, edit)).toEqual({ forbidden: true });
    fakeRequest.headers = requestHeaders({ host: "localhost:3000" });
    expect(await run(actions.deleteAccountAction, { password: PASSWORD })).toEqual({ forbidden: true });
    expect(await getMyAccount(resident)).not.toBeNull();
  });

  it("keep residents apart: the second one cannot read or change the first one's data", async () => {
    const first = await makeResident({ email: "first@example.com" });
    await updateProfile(first, profileSchema.parse(edit));
    const second = await makeResident({ email: "second@example.com" });
    await logIn("second@example.com");

    // Whatever ids a form carries, the actions work on the signed-in person only.
    await run(actions.updateProfileAction, { ...edit, name: "第二位", idCard: "", userId: String(first.id), id: String(first.id) });
    const reveal = await run(actions.revealIdCardAction, { password: PASSWORD, userId: String(first.id) });
    expect(reveal).toEqual({ status: "success", data: null });
    expect(await run(actions.deleteAccountAction, { password: PASSWORD, userId: String(first.id) })).toEqual({
      redirect: "/login?deleted=1",
    });
    expect(await getMyAccount(first)).toMatchObject({
      email: "first@example.com",
      profile: { name: "王五", idCardMasked: "652301********1230" },
    });
    expect(await getMyAccount(second)).toBeNull();
  });

  it("export download needs a recent password re-entry in this session", async () => {
    await makeResident({ email: "dl@example.com" });
    await logIn("dl@example.com");
    const { GET } = await import("./account/export/download/route");
    const before = await GET().catch((error: { digest?: string }) => error.digest);
    expect(before).toMatch(/^NEXT_REDIRECT;[^;]+;\/account\/export;/);
    expect(await run(actions.exportAuthAction, { password: "wrong" })).toMatchObject({ status: "error" });
    expect(await run(actions.exportAuthAction, { password: PASSWORD })).toMatchObject({ status: "success" });
    const response = await GET();
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="my-data-\d{8}\.json"$/);
    expect(await response.json()).toMatchObject({ account: { email: "dl@example.com" } });
  });
});
