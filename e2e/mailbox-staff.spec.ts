import type { Page } from "@playwright/test";
import { e2eDatabase } from "@/test/e2e-database";
import { addMember, makeDepartment, makeLetter } from "@/test/mailbox";
import { expect, test } from "./fixtures";
import { DEMO, logIn } from "./session";

// The staff side of the governor's mailbox on the demo database: a letter (inserted here;
// the resident's form is tested elsewhere) is accepted and assigned by the admin, answered by
// the handler of the department, and published by the admin with the phone number masked.

test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
let letter: { id: number; number: string; title: string };
let second: { id: number; number: string; title: string };
let departmentName: string;

test.beforeAll(async () => {
  const client = e2eDatabase();
  try {
    const department = await makeDepartment(`城市管理局${run}`, client);
    departmentName = department.name;
    const handler = await client.user.findUniqueOrThrow({ where: { email: DEMO.handler.email }, select: { id: true } });
    await addMember(handler.id, department.id, client);
    letter = await makeLetter(
      { title: `小区门口路灯不亮${run}`, content: "我家小区门口的路灯坏了一个月，晚上出行很不方便，请联系我13812345678。", agreePublic: true },
      client,
    );
    second = await makeLetter({ title: `询问营业执照办理${run}`, type: "consult" }, client);
  } finally {
    await client.$disconnect();
  }
});

async function logInToMailbox(page: Page, account: { email: string; password: string }) {
  await logIn(page, account, "/admin/mailbox");
  await expect(page).toHaveURL("/admin/mailbox");
}

async function openLetter(page: Page, which = letter) {
  await page.getByLabel("信件编号或标题").fill(which.number);
  await page.getByRole("button", { name: "筛选" }).click();
  await page.getByRole("link", { name: which.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(which.title);
}

test("the admin accepts the letter and assigns it to a department", async ({ page }) => {
  await logInToMailbox(page, DEMO.admin);
  await openLetter(page);
  await expect(page.getByTestId("letter-status")).toHaveText("待受理");
  await page.getByRole("button", { name: "受理", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "信件已受理" })).toBeVisible();
  await expect(page.getByTestId("letter-status")).toContainText("已受理");

  await page.getByLabel("办理部门").selectOption({ label: departmentName });
  await page.getByRole("button", { name: "交办", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "信件已交办" })).toBeVisible();
  await expect(page.getByTestId("letter-status")).toContainText("办理中");
  await expect(page.locator('tr[data-event="assign"]')).toContainText(`已交由${departmentName}办理`);
});

test("the department's handler finds the letter and replies; an empty reply is refused", async ({ page }) => {
  await logInToMailbox(page, DEMO.handler);
  await openLetter(page);
  await page.getByRole("button", { name: "提交答复" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "答复内容至少 10 个字" })).toBeVisible();
  await page.getByLabel("答复内容").fill("您好，路灯已于今日修复，感谢您对城市管理工作的支持。");
  await page.getByRole("button", { name: "提交答复" }).click();
  await expect(page.getByRole("status").filter({ hasText: "答复已提交" })).toBeVisible();
  await expect(page.getByTestId("letter-status")).toContainText("已答复");
  await expect(page.getByRole("button", { name: "公开" })).toHaveCount(0);
});

test("the admin previews the masked public version, publishes it and finds the reply e-mail in the outbox", async ({ page }) => {
  await logInToMailbox(page, DEMO.admin);
  await openLetter(page);
  const content = page.getByLabel("公开的内容");
  await expect(content).toHaveValue(/〔电话号码已隐去〕/);
  await expect(content).not.toHaveValue(/13812345678/);
  await page.getByRole("button", { name: "公开", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "信件已公开" })).toBeVisible();
  await expect(page.getByTestId("letter-facts")).toContainText("已于");

  await page.getByRole("link", { name: "发件箱" }).click();
  await expect(page.getByRole("heading", { name: `您的来信（${letter.number}）已答复` })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the admin filters the list and rejects a letter; a missing reason is shown beside the field", async ({ page }) => {
    await logInToMailbox(page, DEMO.admin);
    await page.getByLabel("状态").selectOption("submitted");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/status=submitted/);
    await expect(page.getByRole("link", { name: second.title })).toBeVisible();
    await openLetter(page, second);
    await page.getByRole("button", { name: "不予受理", exact: true }).click();
    await expect(page.locator("#rejectReason-error")).toHaveText("错误：请填写不予受理的理由");
    await page.getByLabel("不予受理的理由（来信人可见）").fill("营业执照办理请咨询政务服务中心，不属于本信箱受理范围。");
    await page.getByRole("button", { name: "不予受理", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "已不予受理" })).toBeVisible();
    await expect(page.getByTestId("letter-status")).toHaveText("不予受理");
  });
});
