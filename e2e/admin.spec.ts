import { expect, test } from "./fixtures";
import { DEMO, logIn } from "./session";

// The staff console's foundation (issue 4, part 1) on the demo database: anonymous visitors
// go to the login page, residents get the Chinese 403 page, and the demo admin signs in with
// the password alone (the demo flag makes two-factor optional) and finds the sign-in in the
// audit log.


test("anonymous visitors of /admin go to the login page", async ({ page }) => {
  await page.goto("/admin/audit");
  await expect(page).toHaveURL("/login?next=%2Fadmin%2Faudit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录");
});

test("a resident gets the 403 page", async ({ page, allowConsoleError }) => {
  allowConsoleError(/status of 403/);
  await page.goto("/login");
  await logIn(page, DEMO.resident);
  await expect(page).toHaveURL("/account");
  await expect(page.getByRole("heading", { name: "谁查看了我的信息" })).toBeVisible();
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("无权访问");
});

test("the demo admin signs in with the password alone and sees the sign-in in the audit log", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL("/login?next=%2Fadmin");
  await logIn(page, DEMO.admin);
  await expect(page).toHaveURL("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("管理后台");
  await expect(page.getByTestId("permissions")).toContainText("查看审计日志");

  await page.getByRole("link", { name: "审计日志" }).first().click();
  await expect(page).toHaveURL("/admin/audit");
  await page.getByLabel("操作人").fill("admin@demo.gov.cn");
  await page.getByLabel("操作", { exact: true }).selectOption("auth.login");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?actor=admin%40demo\.gov\.cn&action=auth\.login/);
  const row = page.locator("tbody tr").first();
  await expect(row).toContainText("admin@demo.gov.cn");
  await expect(row).toContainText("系统管理员");
  await expect(row).toContainText("登录");
  await expect(row).toContainText("成功");
});
