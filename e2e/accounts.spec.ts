import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { registerAndConfirm } from "./session";

// Resident accounts (issue 3): register -> log in -> edit -> a bad edit shows errors and saves
// nothing -> export contains the edit -> delete -> logging in fails; and residents are kept
// apart. Each test registers its own residents (unique e-mails), so tests are independent.

const PASSWORD = "a long passphrase for e2e";
const ID = "652301198001011230";
const ID_MASKED = "652301********1230";


let counter = 0;
function uniqueEmail(prefix: string) {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}@example.com`;
}

async function register(page: Page, email: string, name: string) {
  await page.goto("/register");
  await page.getByLabel("姓名", { exact: true }).fill(name);
  await page.getByLabel("电子邮箱", { exact: true }).fill(email);
  await page.getByLabel("手机号码", { exact: true }).fill("13912345678");
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByLabel("确认密码", { exact: true }).fill(PASSWORD);
  await page.getByLabel(/我已阅读并同意/).check();
  await page.getByRole("button", { name: "注册" }).click();
  await registerAndConfirm(page, email);
}

/** Logs in and waits for the account page (or, with `expectFailure`, for the error). */
async function logIn(page: Page, email: string, options: { expectFailure?: string } = {}) {
  if (!page.url().includes("/login")) await page.goto("/login");
  await page.getByLabel("电子邮箱", { exact: true }).fill(email);
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  if (options.expectFailure) await expect(errorSummary(page)).toContainText(options.expectFailure);
  else await expect(page).toHaveURL("/account");
}

/** The form's error summary (Next's route announcer is another role=alert element). */
function errorSummary(page: Page) {
  return page.getByRole("alert", { name: "提交的信息有误" });
}

function field(page: Page, label: string) {
  return page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd");
}

test("register, log in, edit, bad edit, export, delete, log in fails", async ({ page }) => {
  const email = uniqueEmail("journey");
  await register(page, email, "张三");

  await logIn(page, email);
  await expect(page).toHaveURL("/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("个人中心");
  await expect(field(page, "姓名")).toHaveText("张三");
  await expect(field(page, "电子邮箱")).toHaveText(email);
  await expect(page.getByRole("region", { name: "同意记录" }).or(page.locator("section", { hasText: "同意记录" }))).toContainText(
    "同意了 隐私政策",
  );

  // Edit every field.
  await page.getByRole("link", { name: "修改我的信息" }).click();
  await expect(page).toHaveURL("/account/edit");
  await page.getByLabel("姓名", { exact: true }).fill("张三丰");
  await page.getByLabel("出生日期", { exact: true }).fill("1980-01-01");
  await page.getByLabel("性别", { exact: true }).selectOption({ label: "女" });
  await page.getByLabel("联系地址", { exact: true }).fill("昌吉市延安北路 186 号");
  await page.getByLabel("身份证号码", { exact: true }).fill(ID);
  await page.getByLabel("学历", { exact: true }).selectOption("本科");
  await page.getByLabel("职业", { exact: true }).fill("护士");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL("/account?saved=1");
  await expect(page.getByRole("status")).toHaveText("您的信息已保存。");
  await expect(field(page, "姓名")).toHaveText("张三丰");
  await expect(field(page, "出生日期")).toHaveText("1980-01-01");
  await expect(field(page, "性别")).toHaveText("女");
  await expect(field(page, "身份证号码")).toHaveText(ID_MASKED);
  await expect(field(page, "学历")).toHaveText("本科");
  await expect(field(page, "职业")).toHaveText("护士");
  expect(await page.content()).not.toContain(ID);

  // The full number only after re-entering the password.
  await page.getByLabel("输入密码以查看完整身份证号码").fill(PASSWORD);
  await page.getByRole("button", { name: "查看完整号码" }).click();
  await expect(page.getByText(`完整身份证号码：${ID}`)).toBeVisible();

  // A bad edit: errors in the summary and beside the fields; nothing is saved.
  await page.goto("/account/edit");
  await page.getByLabel("姓名", { exact: true }).fill("不应保存");
  await page.getByLabel("手机号码", { exact: true }).fill("12345");
  await page.getByLabel("身份证号码", { exact: true }).fill("652301198001011231");
  await page.getByRole("button", { name: "保存" }).click();
  const summary = errorSummary(page);
  await expect(summary.getByRole("heading", { name: "提交的信息有误" })).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /手机号码应为 11 位/ })).toHaveAttribute("href", "#phone");
  await expect(summary.getByRole("link", { name: /校验位不正确/ })).toHaveAttribute("href", "#idCard");
  const phone = page.getByLabel("手机号码", { exact: true });
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(phone).toHaveAttribute("aria-describedby", /phone-error/);
  await expect(page.locator("#phone-error")).toContainText("手机号码应为 11 位");
  await expect(page.getByLabel("姓名", { exact: true })).toHaveValue("不应保存"); // typed values kept
  await expect(page.getByLabel("身份证号码", { exact: true })).toHaveValue(""); // never echoed
  await page.goto("/account");
  await expect(field(page, "姓名")).toHaveText("张三丰");
  await expect(field(page, "手机号码")).toHaveText("13912345678");

  // Export after re-entering the password: the download has the edit.
  await page.getByRole("link", { name: "导出我的数据" }).click();
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "确认密码" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载我的数据（JSON）" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^my-data-\d{8}\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(exported).toMatchObject({
    account: { email },
    profile: { name: "张三丰", birthDate: "1980-01-01", gender: "female", idCard: ID, education: "本科", occupation: "护士", phone: "13912345678" },
    consents: [{ policyVersion: expect.any(String) }],
    submissions: {},
  });
  expect(exported.loginHistory.attempts.length).toBeGreaterThan(0);

  // Delete the account: confirmed with the password.
  await page.goto("/account/delete");
  await page.getByLabel("密码", { exact: true }).fill("not the password!");
  await page.getByRole("button", { name: "注销账户" }).click();
  await expect(errorSummary(page)).toContainText("密码不正确");
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "注销账户" }).click();
  await expect(page).toHaveURL("/login?deleted=1");
  await page.goto("/account");
  await expect(page).toHaveURL("/login?next=%2Faccount");

  await logIn(page, email, { expectFailure: "账号或密码错误" });
  await expect(page).toHaveURL(/\/login/);

  // The e-mail can register again.
  await register(page, email, "新账户");
});

test("a second resident cannot reach the first one's data", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  const emailA = uniqueEmail("first");
  const emailB = uniqueEmail("second");

  await register(a, emailA, "甲居民");
  await logIn(a, emailA);
  await a.goto("/account/edit");
  await a.getByLabel("身份证号码", { exact: true }).fill(ID);
  await a.getByRole("button", { name: "保存" }).click();
  await expect(a).toHaveURL("/account?saved=1");

  await register(b, emailB, "乙居民");
  await logIn(b, emailB);
  await expect(b).toHaveURL("/account");
  // No URL names a person: whatever is added, the page shows the signed-in resident.
  for (const path of ["/account", "/account?id=1", "/account?user=" + encodeURIComponent(emailA), "/account/edit?id=1"]) {
    await b.goto(path);
    const html = await b.content();
    expect(html, path).not.toContain("甲居民");
    expect(html, path).not.toContain(emailA);
    expect(html, path).not.toContain(ID_MASKED);
  }
  // The download needs this session's own password re-entry; without it, back to the form.
  await b.goto("/account/export");
  const direct = await b.request.get("/account/export/download", { maxRedirects: 0 });
  expect(direct.status()).toBe(307);
  expect(direct.headers()["location"]).toMatch(/\/account\/export$/);
  // B's export holds only B's data.
  await b.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await b.getByRole("button", { name: "确认密码" }).click();
  await expect(b.getByRole("link", { name: "下载我的数据（JSON）" })).toBeVisible();
  const response = await b.request.get("/account/export/download");
  const text = await response.text();
  expect(JSON.parse(text).account.email).toBe(emailB);
  expect(text).not.toContain(emailA);
  expect(text).not.toContain(ID);

  // A's session is unaffected, and A's data unchanged.
  await a.goto("/account");
  await expect(field(a, "姓名")).toHaveText("甲居民");
  await expect(field(a, "身份证号码")).toHaveText(ID_MASKED);

  // Anonymous requests are sent to the login page.
  const anonymous = await browser.newContext();
  const c = await anonymous.newPage();
  await c.goto("/account/export/download");
  await expect(c).toHaveURL("/login?next=%2Faccount%2Fexport%2Fdownload");
  await Promise.all([first.close(), second.close(), anonymous.close()]);
});

test("a password change ends the account's other sessions; account pages honour elder mode", async ({ browser }) => {
  const email = uniqueEmail("sessions");
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const a = await laptop.newPage();
  const b = await phone.newPage();
  await register(a, email, "两台设备");
  await logIn(a, email);
  await b.goto("/login");
  await logIn(b, email);

  await a.goto("/account/password");
  await a.getByLabel("当前密码", { exact: true }).fill(PASSWORD);
  await a.getByLabel("新密码", { exact: true }).fill("another passphrase, also long");
  await a.getByLabel("确认新密码", { exact: true }).fill("another passphrase, also long");
  await a.getByRole("button", { name: "修改密码" }).click();
  await expect(a).toHaveURL("/account?passwordChanged=1");
  await expect(a.getByRole("heading", { level: 1 })).toHaveText("个人中心");

  // The other device's next request finds its session over.
  await b.goto("/account");
  await expect(b).toHaveURL("/login?next=%2Faccount");

  // Elder mode: the account pages read the cookie themselves.
  await a.goto("/mode/elder");
  await a.goto("/account");
  await expect(a.locator("div.elder")).toHaveCount(1);
  await expect(a.getByRole("link", { name: "返回标准版" })).toBeVisible();
  await Promise.all([laptop.close(), phone.close()]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("log in, a bad edit shows the errors, a good one saves", async ({ page }) => {
    const email = uniqueEmail("nojs");
    await register(page, email, "无脚本");
    await logIn(page, email);
    await expect(page).toHaveURL("/account");
    await page.goto("/account/edit");
    await page.getByLabel("手机号码", { exact: true }).fill("123");
    await page.getByLabel("出生日期", { exact: true }).fill("2999-01-01");
    await page.getByRole("button", { name: "保存" }).click();
    const summary = errorSummary(page);
    await expect(summary.getByRole("heading", { name: "提交的信息有误" })).toBeVisible();
    await expect(summary.getByRole("link", { name: "出生日期不能晚于今天" })).toHaveAttribute("href", "#birthDate");
    await expect(page.locator("#phone-error")).toContainText("手机号码应为 11 位");
    await page.getByLabel("手机号码", { exact: true }).fill("13800001111");
    await page.getByLabel("出生日期", { exact: true }).fill("1990-03-07");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page).toHaveURL("/account?saved=1");
    await expect(field(page, "手机号码")).toHaveText("13800001111");
  });
});
