import { expect, type Page } from "@playwright/test";

// Signing in and registering the way a visitor does, shared by the specs.

export const DEMO = {
  admin: { email: "admin@demo.gov.cn", password: "Admin#2026demo" },
  editor: { email: "editor@demo.gov.cn", password: "Editor#2026demo" },
  handler: { email: "handler@demo.gov.cn", password: "Handler#2026demo" },
  resident: { email: "resident@demo.gov.cn", password: "Resident#2026demo" },
} as const;

/** Fills in the login form of the current page, or of /login (with `next`) when not on one. */
export async function logIn(page: Page, account: { email: string; password: string }, next?: string): Promise<void> {
  if (next || !new URL(page.url(), "http://x").pathname.startsWith("/login")) {
    await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  }
  await page.getByLabel("电子邮箱", { exact: true }).fill(account.email);
  await page.getByLabel("密码", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "登录" }).click();
}

export interface NewResident {
  name: string;
  email: string;
  phone: string;
  password: string;
}

/** Registers a resident through /register and waits for the "please log in" page. */
export async function registerResident(page: Page, resident: NewResident): Promise<void> {
  await page.goto("/register");
  await page.getByLabel("姓名", { exact: true }).fill(resident.name);
  await page.getByLabel("电子邮箱", { exact: true }).fill(resident.email);
  await page.getByLabel("手机号码", { exact: true }).fill(resident.phone);
  await page.getByLabel("密码", { exact: true }).fill(resident.password);
  await page.getByLabel("确认密码", { exact: true }).fill(resident.password);
  await page.getByLabel(/我已阅读并同意/).check();
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL("/login?registered=1");
}

/** Looks a letter up on /mailbox/track with its 信件编号 and 查询码. */
export async function trackLetter(page: Page, number: string, code: string): Promise<void> {
  await page.goto("/mailbox/track");
  await page.getByLabel("信件编号", { exact: true }).fill(number);
  await page.getByLabel("查询码", { exact: true }).fill(code);
  await page.getByRole("button", { name: "查询" }).click();
}
