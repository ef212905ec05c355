import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { followMailedLink, logIn, registerResident } from "./session";

// 忘记密码 without JavaScript (issue 10, item 6), and sign-out at the HTTP level (item 8):
// next-auth's endpoints are gone, and a signed-out cookie replayed opens nothing.

const PASSWORD = "e2e reset old passphrase";
const NEW_PASSWORD = "e2e reset new passphrase";
const resident = (email: string) => ({ name: "重设测试", email, phone: "13912340000", password: PASSWORD });

async function signedIn(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, { email, password });
  await expect(page).toHaveURL("/account");
  return page;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("忘记密码: the same answer for any address, a mailed single-use link, a new password, every session ended", async ({ page, browser }) => {
    test.slow(); // registers, signs in from two browsers, resets, signs in twice more
    const email = `reset-${Date.now()}@example.com`;
    await registerResident(page, resident(email));
    const laptop = await signedIn(browser, email, PASSWORD);

    await page.goto("/login");
    await page.getByRole("link", { name: "忘记密码？" }).click();
    await expect(page).toHaveURL("/login/forgot");
    await page.getByLabel("电子邮箱", { exact: true }).fill("nobody-at-all@example.com");
    await page.getByRole("button", { name: "发送重设密码邮件" }).click();
    const answer = await page.getByRole("status").textContent();
    expect(answer).toContain("如果该邮箱已注册");

    await page.goto("/login/forgot");
    await page.getByLabel("电子邮箱", { exact: true }).fill(email);
    await page.getByRole("button", { name: "发送重设密码邮件" }).click();
    await expect(page.getByRole("status")).toHaveText(answer!);

    await followMailedLink(page, email, "account.reset");
    const link = page.url();
    await expect(page.getByRole("heading", { name: "重设密码" })).toBeVisible();
    await page.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("确认新密码", { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "设置新密码" }).click();
    await expect(page).toHaveURL("/login?reset=1");
    await expect(page.getByRole("status")).toContainText("密码已重设");

    // The link works once; the other browser's session has ended; the new password works.
    await page.goto(link);
    await expect(page.getByRole("status")).toContainText("链接无效、已使用或已过期");
    await laptop.goto("/account");
    await expect(laptop).toHaveURL(/\/login\?next=%2Faccount/);
    await page.goto("/login");
    await logIn(page, { email, password: PASSWORD });
    await expect(page.getByRole("alert", { name: "提交的信息有误" })).toContainText("账号或密码错误");
    await logIn(page, { email, password: NEW_PASSWORD });
    await expect(page).toHaveURL("/account");
    await laptop.context().close();
  });
});

test("next-auth's endpoints answer 404, and a signed-out session cookie replayed opens nothing", async ({ page, request }) => {
  for (const path of ["/api/auth/providers", "/api/auth/session", "/api/auth/csrf", "/api/auth/signin", "/api/auth/callback/credentials", "/api/auth/signout"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  expect((await request.post("/api/auth/signout", { maxRedirects: 0 })).status()).toBe(404);

  const email = `signout-${Date.now()}@example.com`;
  await registerResident(page, resident(email));
  await logIn(page, { email, password: PASSWORD });
  await expect(page).toHaveURL("/account");
  const cookie = (await page.context().cookies()).find((item) => item.name === "portal.session");
  expect(cookie).toBeTruthy();
  const replay = { headers: { cookie: `portal.session=${cookie!.value}` }, maxRedirects: 0 };
  expect((await request.get("/account", replay)).status()).toBe(200);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL("/login?loggedOut=1");
  const after = await request.get("/account", replay);
  expect(after.status()).toBeGreaterThanOrEqual(300);
  expect(after.status()).toBeLessThan(400);
  expect(after.headers().location).toMatch(/\/login\?next=%2Faccount$/);
  expect((await request.post("/api/auth/signout", replay)).status()).toBe(404);
});
