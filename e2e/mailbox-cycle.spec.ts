import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, logIn, registerResident, trackLetter } from "./session";

// The whole life of a letter (issue 5) through the browser, on the demo database: a freshly
// registered resident writes a consultation that may be published -> the admin accepts it and
// assigns it to a department of the demo handler -> the handler replies -> the admin publishes
// it (the phone number in the text masked) -> the resident reads the reply on /account and on
// /mailbox/track, rates it 满意 and the letter is 已办结 -> /mailbox lists it, its public page
// has no personal data, and the statistics on /mailbox count it.


const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const resident = { name: `周晓燕${run}`, email: `cycle-${run}@example.com`, phone: "13698765432", password: "a long passphrase for e2e" };
const PHONE_IN_TEXT = "13912345678";
const DEPARTMENT = "州发展和改革委员会"; // the demo handler's first department (prisma/seed-data/departments.ts)
const title = `咨询新能源汽车充电桩安装补贴${run}`;
const content = `我小区准备安装新能源汽车充电桩，想咨询个人安装是否有补贴、如何申请。我的电话${PHONE_IN_TEXT}。`;
const reply = "您好，个人在自有车位安装充电桩可按规定申请补贴，请携带购买凭证到所在县市发展改革部门办理。";

/** 本年 figure of one row of the statistics table on /mailbox ("收到信件", "已答复"). */
async function yearFigure(page: Page, row: string): Promise<number> {
  const cells = page.getByTestId("mailbox-statistics").getByRole("row").filter({ has: page.getByRole("rowheader", { name: row, exact: true }) }).getByRole("cell");
  const text = (await cells.nth(1).textContent()) ?? "";
  const figure = text.match(/(\d+)\s*封/)?.[1];
  expect(figure, `${row}: ${text}`).toBeDefined();
  return Number(figure);
}

async function statistics(page: Page): Promise<{ received: number; replied: number }> {
  await page.goto("/mailbox");
  return { received: await yearFigure(page, "收到信件"), replied: await yearFigure(page, "已答复") };
}

/** A staff member's page, signed in and on the letter in the staff console. */
async function staffOnLetter(browser: Browser, account: { email: string; password: string }, number: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, account, "/admin/mailbox");
  await expect(page).toHaveURL("/admin/mailbox");
  await page.getByLabel("信件编号或标题").fill(number);
  await page.getByRole("button", { name: "筛选" }).click();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page;
}

test("a letter from writing to 已办结: accepted, assigned, answered, published masked, tracked, rated, counted", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const before = await statistics(page);

  // The resident registers, writes the letter and keeps the 信件编号 and 查询码.
  await registerResident(page, resident);
  await logIn(page, resident, "/mailbox/write");
  await expect(page).toHaveURL("/mailbox/write");
  await page.getByRole("radio", { name: "咨询" }).check();
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("内容", { exact: true }).fill(content);
  await page.getByLabel(/同意公开/).check();
  await expect(page.getByLabel("电子邮箱", { exact: true })).toHaveValue(resident.email);
  await page.getByRole("button", { name: "提交信件" }).click();
  await expect(page).toHaveURL(/\/mailbox\/write\/done\?number=/);
  const number = (await page.getByTestId("letter-number").textContent())!.trim();
  const code = (await page.getByTestId("tracking-code").textContent())!.trim();

  // The admin accepts it and assigns it to the handler's department.
  const admin = await staffOnLetter(browser, DEMO.admin, number);
  await expect(admin.getByTestId("letter-status")).toHaveText("待受理");
  await admin.getByRole("button", { name: "受理", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "信件已受理" })).toBeVisible();
  await admin.getByLabel("办理部门").selectOption({ label: DEPARTMENT });
  await admin.getByRole("button", { name: "交办", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "信件已交办" })).toBeVisible();
  await expect(admin.getByTestId("letter-status")).toContainText("办理中");

  // The handler replies.
  const handler = await staffOnLetter(browser, DEMO.handler, number);
  await handler.getByLabel("答复内容").fill(reply);
  await handler.getByRole("button", { name: "提交答复" }).click();
  await expect(handler.getByRole("status").filter({ hasText: "答复已提交" })).toBeVisible();
  await expect(handler.getByTestId("letter-status")).toContainText("已答复");
  await handler.context().close();

  // The admin previews the public version (phone number masked) and publishes it.
  await admin.reload();
  const publicContent = admin.getByLabel("公开的内容");
  await expect(publicContent).toHaveValue(/〔电话号码已隐去〕/);
  await expect(publicContent).not.toHaveValue(new RegExp(PHONE_IN_TEXT));
  await admin.getByRole("button", { name: "公开", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "信件已公开" })).toBeVisible();
  await admin.context().close();

  // The resident reads the reply on /account and, without login, on /mailbox/track.
  await page.goto("/account");
  const mine = page.getByTestId("my-letters").getByRole("listitem").filter({ hasText: number });
  await expect(mine.getByTestId("letter-status")).toHaveText("已答复");
  await expect(mine.getByTestId("letter-reply")).toHaveText(reply);

  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  await trackLetter(reader, number, code);
  const result = reader.getByRole("region", { name: "查询结果" });
  await expect(result.getByTestId("letter-reply")).toHaveText(reply);
  await expect(result.getByTestId("letter-status")).toHaveText("已答复");

  // Rating closes the letter.
  await mine.getByRole("radio", { name: "满意", exact: true }).check();
  await mine.getByRole("button", { name: "提交评价" }).click();
  await expect(page).toHaveURL("/account?rated=1");
  await expect(mine.getByTestId("letter-status")).toHaveText("已办结");
  await expect(mine).toContainText("您的评价：满意");
  await expect(mine.getByRole("button", { name: "提交评价" })).toHaveCount(0);
  await trackLetter(reader, number, code);
  await expect(result.getByTestId("letter-status")).toHaveText("已办结");
  await anonymous.close();

  // The public side: listed on /mailbox, no personal data on its page, counted in the statistics.
  // Publishing revalidated /mailbox; a stale copy may still answer the very first request.
  await expect(async () => {
    await page.goto("/mailbox");
    await expect(page.getByTestId("published-letters").getByRole("link", { name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.getByTestId("published-letters").getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(/\/mailbox\/letters\/\d+$/);
  const main = page.locator("main");
  await expect(main).toContainText("〔电话号码已隐去〕");
  await expect(main).toContainText(reply);
  const text = (await main.textContent()) ?? "";
  for (const personal of [resident.name, resident.email, resident.phone, PHONE_IN_TEXT, code]) expect(text).not.toContain(personal);

  const after = await statistics(page);
  expect(after.received, "收到信件 (本年)").toBeGreaterThan(before.received);
  expect(after.replied, "已答复 (本年)").toBeGreaterThan(before.replied);
});
