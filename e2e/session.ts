import { expect, type Page } from "@playwright/test";
import { e2eDatabase } from "@/test/e2e-database";

// Signing in and registering the way a visitor does, shared by the specs.

export const DEMO = {
  admin: { email: "admin@demo.gov.cn", password: "Admin#2026demo" },
  editor: { email: "editor@demo.gov.cn", password: "Editor#2026demo" },
  handler: { email: "handler@demo.gov.cn", password: "Handler#2026demo" },
  disclosure: { email: "disclosure@demo.gov.cn", password: "Disclosure#2026demo" },
  moderator: { email: "moderator@demo.gov.cn", password: "Moderator#2026demo" },
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

/**
 * Follows the newest link of `kind` the portal mailed to `email`, read from the outbox in the
 * e2e server's database (what /admin/outbox shows): "account.confirm" or "account.reset".
 */
export async function followMailedLink(page: Page, email: string, kind: "account.confirm" | "account.reset"): Promise<void> {
  const client = e2eDatabase();
  try {
    const mail = await client.outboxMail.findFirst({ where: { to: email, kind }, orderBy: { id: "desc" }, select: { body: true } });
    const link = new URL(/https?:\/\/\S+/.exec(mail?.body ?? "")?.[0] ?? "");
    await page.goto(link.pathname + link.search);
  } finally {
    await client.$disconnect();
  }
}

/** Registers through /register, follows the mailed confirmation link, ends on the login page. */
export async function registerAndConfirm(page: Page, email: string): Promise<void> {
  await expect(page).toHaveURL("/register/sent");
  await followMailedLink(page, email, "account.confirm");
  await expect(page).toHaveURL("/login?confirmed=1");
  await expect(page.getByRole("status")).toHaveText("电子邮箱已确认，请登录。");
}

/** Registers a resident through /register, confirms the address and waits for the login page. */
export async function registerResident(page: Page, resident: NewResident): Promise<void> {
  await page.goto("/register");
  await page.getByLabel("姓名", { exact: true }).fill(resident.name);
  await page.getByLabel("电子邮箱", { exact: true }).fill(resident.email);
  await page.getByLabel("手机号码", { exact: true }).fill(resident.phone);
  await page.getByLabel("密码", { exact: true }).fill(resident.password);
  await page.getByLabel("确认密码", { exact: true }).fill(resident.password);
  await page.getByLabel(/我已阅读并同意/).check();
  await page.getByRole("button", { name: "注册" }).click();
  await registerAndConfirm(page, resident.email);
}

/** Looks a letter up on /mailbox/track with its 信件编号 and 查询码. */
export async function trackLetter(page: Page, number: string, code: string): Promise<void> {
  await page.goto("/mailbox/track");
  await page.getByLabel("信件编号", { exact: true }).fill(number);
  await page.getByLabel("查询码", { exact: true }).fill(code);
  await page.getByRole("button", { name: "查询" }).click();
}
