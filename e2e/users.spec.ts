import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, logIn, registerAndConfirm } from "./session";

// User management (issue 4, parts 5 and 6) on the demo database: the demo admin finds the
// demo resident and opens the profile (ID number masked); the view is in the audit log and
// on the resident's 谁查看了我的信息. The admin disables a freshly registered resident with a
// reason, and that resident's sign-in shows the reason only with the right password.

const ID = "652301198001011230";
const ID_MASKED = "652301********1230";
const PASSWORD = "a long passphrase for e2e";


async function adminPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await logIn(page, DEMO.admin);
  await expect(page).toHaveURL("/admin");
  return page;
}

async function openResident(admin: Page, query: string, email: string) {
  await admin.getByRole("navigation", { name: "管理后台导航" }).getByRole("link", { name: "用户管理" }).click();
  await expect(admin).toHaveURL("/admin/users");
  await admin.getByLabel("电子邮箱、姓名或手机号码").fill(query);
  await admin.getByRole("button", { name: "查找" }).click();
  await expect(admin.getByRole("status")).toContainText("找到 1 个居民账户");
  await admin.getByRole("link", { name: email }).click();
  await expect(admin).toHaveURL(/\/admin\/users\/\d+$/);
  return Number(admin.url().split("/").pop());
}

test("an admin opens the demo resident's profile (ID masked); the audit log and the resident see the view", async ({ page, browser }) => {
  // The demo resident adds an ID number first.
  await logIn(page, DEMO.resident);
  await expect(page).toHaveURL("/account");
  await page.goto("/account/edit");
  await page.getByLabel("身份证号码", { exact: true }).fill(ID);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL("/account?saved=1");

  const admin = await adminPage(browser);
  const id = await openResident(admin, "resident@demo", "resident@demo.gov.cn");
  await expect(admin.getByTestId("profile")).toContainText("演示居民");
  await expect(admin.getByTestId("id-card")).toHaveText(ID_MASKED);
  expect(await admin.content()).not.toContain(ID);

  await admin.getByRole("link", { name: "审计日志" }).first().click();
  await admin.getByLabel("操作", { exact: true }).selectOption("profile.view");
  await admin.getByRole("button", { name: "筛选" }).click();
  const row = admin.locator("tbody tr").first();
  await expect(row).toContainText("admin@demo.gov.cn");
  await expect(row).toContainText("查看居民个人信息");
  await expect(row).toContainText(`user ${id}`);
  await expect(row).toContainText("成功");

  await page.goto("/account");
  await expect(page.getByTestId("profile-views").locator("li").first()).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} 系统管理员查看了您的个人信息/);
  await admin.context().close();
});

test("an admin disables a resident with a reason; the sign-in shows it only with the right password", async ({ page, browser }) => {
  const email = `disabled-${Date.now()}@example.com`;
  await page.goto("/register");
  await page.getByLabel("姓名", { exact: true }).fill("停用测试");
  await page.getByLabel("电子邮箱", { exact: true }).fill(email);
  await page.getByLabel("手机号码", { exact: true }).fill("13912345678");
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByLabel("确认密码", { exact: true }).fill(PASSWORD);
  await page.getByLabel(/我已阅读并同意/).check();
  await page.getByRole("button", { name: "注册" }).click();
  await registerAndConfirm(page, email);

  const admin = await adminPage(browser);
  await openResident(admin, email, email);
  await admin.getByLabel("停用原因").fill("多次发布不实信息");
  await admin.getByRole("button", { name: "停用账户" }).click();
  await expect(admin.getByRole("status")).toContainText("账户已停用");
  await expect(admin.getByTestId("account-status")).toContainText("已停用");
  await expect(admin.getByTestId("account-status")).toContainText("多次发布不实信息");
  await admin.context().close();

  const summary = page.getByRole("alert", { name: "提交的信息有误" });
  await logIn(page, { email, password: "not the password at all" });
  await expect(summary).toContainText("账号或密码错误");
  await expect(summary).not.toContainText("停用");
  await logIn(page, { email, password: PASSWORD });
  await expect(summary).toContainText("您的账户已被停用：多次发布不实信息。如有疑问请联系");
  await expect(page).toHaveURL(/\/login/);
});

test("an admin creates a handler (password shown once), a department, assigns, reorders and deactivates it", async ({ browser, page }) => {
  const stamp = Date.now();
  const admin = await adminPage(browser);
  await admin.getByRole("navigation", { name: "管理后台导航" }).getByRole("link", { name: "用户管理" }).click();
  await admin.getByRole("link", { name: "新建工作人员账户" }).click();
  const handlerEmail = `handler-${stamp}@example.gov.cn`;
  await admin.getByLabel("电子邮箱", { exact: true }).fill(handlerEmail);
  await admin.getByLabel("角色", { exact: true }).selectOption({ label: "信件办理员" });
  await admin.getByRole("button", { name: "创建账户" }).click();
  const password = (await admin.getByTestId("initial-password").textContent())?.trim() ?? "";
  expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);

  await admin.getByRole("navigation", { name: "管理后台导航" }).getByRole("link", { name: "部门管理" }).click();
  await expect(admin.locator("tbody tr").first()).toContainText("州发展和改革委员会");
  const name = `州测试局${stamp}`;
  await admin.getByLabel("部门名称").fill(name);
  await admin.getByLabel("职责说明").fill("端到端测试用部门");
  await admin.getByRole("button", { name: "新建部门" }).click();
  await expect(admin.getByRole("status")).toHaveText("部门已新建。");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(name);

  await admin.getByLabel("添加信件办理员").selectOption({ label: handlerEmail });
  await admin.getByRole("button", { name: "添加" }).click();
  await expect(admin.getByRole("status")).toHaveText("已添加信件办理员。");
  await expect(admin.getByTestId("members")).toContainText(handlerEmail);
  await admin.getByRole("button", { name: "停用部门" }).click();
  await expect(admin.getByRole("status")).toContainText("部门已停用");

  await admin.getByRole("link", { name: "返回部门列表" }).click();
  const row = admin.locator(`tr[data-department="${name}"]`);
  await expect(row).toContainText("已停用");
  await expect(row).toContainText("1 人");
  const before = await row.locator("td").first().textContent();
  await row.getByRole("button", { name: `上移 ${name}` }).click();
  await expect(admin.getByRole("status")).toHaveText("部门顺序已调整。");
  await expect(admin.locator(`tr[data-department="${name}"] td`).first()).toHaveText(String(Number(before) - 1));

  // The staff list shows the role and the department; the new handler must change the password first.
  await admin.goto("/admin/users");
  await expect(admin.locator(`tr[data-staff="${handlerEmail}"]`)).toContainText("信件办理员");
  await expect(admin.locator(`tr[data-staff="${handlerEmail}"]`)).toContainText(name);
  await admin.context().close();
  await logIn(page, { email: handlerEmail, password });
  await expect(page).toHaveURL("/account/password?expired=1");
});

test.describe("without JavaScript", () => {
  test("the department form shows errors in place and then saves", async ({ browser }) => {
    const admin = await adminPage(browser, { javaScriptEnabled: false });
    await admin.goto("/admin/departments");
    await admin.getByRole("button", { name: "新建部门" }).click();
    await expect(admin.getByRole("alert", { name: "提交的信息有误" })).toContainText("请填写部门名称");
    await expect(admin.locator("#name-error")).toContainText("请填写部门名称");
    const name = `州无脚本局${Date.now()}`;
    await admin.getByLabel("部门名称").fill(name);
    await admin.getByRole("button", { name: "新建部门" }).click();
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(name);
    await admin.context().close();
  });
});
