import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { e2eDatabase } from "@/test/e2e-database";
import { expect, test } from "./fixtures";
import { DEMO, logIn } from "./session";

// 在线问答 (issue 14 items 1-3) through the browser, on the demo database: the demo resident
// asks (a similar answered question is shown first, then confirmed), the moderator publishes,
// the handler of 州教育局 answers; the public page shows question and answer with the masked
// name, the outbox holds the asker's notice, and a handler of another department gets 404.
// The rules themselves are checked in lib/questions/questions.test.ts.

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const OTHER_HANDLER = { email: `handler-zj-${Date.now()}@demo.gov.cn`, password: "Handler#2026other" };

async function expectNoAxeViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect.soft(violations.map((violation) => `${label}: ${violation.id} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function signedIn(browser: Browser, account: { email: string; password: string }, next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, account, next);
  await expect(page).toHaveURL(next, { timeout: 30_000 });
  return page;
}

test.beforeAll(async () => {
  // A handler of 州住房和城乡建设局 only (the demo handler works for 州发展和改革委员会 and 州教育局).
  const client = e2eDatabase();
  try {
    const department = await client.department.findUniqueOrThrow({ where: { name: "州住房和城乡建设局" }, select: { id: true } });
    await client.user.create({
      data: { email: OTHER_HANDLER.email, role: "handler", passwordHash: await hashPassword(OTHER_HANDLER.password), departments: { create: { departmentId: department.id } } },
      select: { id: true },
    });
  } finally {
    await client.$disconnect();
  }
});

test("a resident asks, the moderator publishes, the department's handler answers, the public page and the notice follow", async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `孩子转学手续问题${Date.now() % 100000}`;

  // The resident asks; a similar answered question (the demo's 转学 one) is offered first.
  const resident = await signedIn(browser, DEMO.resident, "/interaction/questions/ask");
  await resident.getByRole("button", { name: "提交问题" }).click();
  await expect(resident.getByRole("alert", { name: "提交的信息有误" })).toContainText("请选择咨询部门");
  await resident.getByLabel("咨询部门").selectOption({ label: "州教育局" });
  await resident.getByLabel("主题").selectOption({ label: "教育" });
  await resident.getByLabel("标题").fill(title);
  await resident.getByLabel("内容").fill("孩子明年要转学到昌吉市的小学，请问<b>转学</b>需要提前多久办理？");
  await resident.getByRole("button", { name: "提交问题" }).click();
  const similar = resident.getByRole("region", { name: "以下已回复的问题可能与您的问题相似" });
  await expect(similar.getByRole("link", { name: "孩子从外地转学到昌吉需要准备哪些材料" })).toBeVisible();
  await expectNoAxeViolations(resident, "/interaction/questions/ask (similar questions)");
  await resident.getByRole("button", { name: "确认提交" }).click();
  await expect(resident).toHaveURL(/\/interaction\/questions\/ask\?sent=\d+$/);
  const id = Number(/sent=(\d+)/.exec(resident.url())![1]);
  await resident.goto("/account#questions");
  await expect(resident.getByTestId("my-questions").locator("li", { hasText: title })).toContainText("待审核");

  // Not public before moderation.
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`/interaction/questions/${id}`))?.status()).toBe(404);

  // The moderator publishes it.
  const moderator = await signedIn(browser, DEMO.moderator, "/admin/moderation/questions");
  const pending = moderator.locator(`li[data-question="${id}"]`);
  await expect(pending).toContainText(title);
  await expectNoAxeViolations(moderator, "/admin/moderation/questions");
  await pending.getByRole("button", { name: `发布第 ${id} 号提问` }).click();
  await expect(moderator).toHaveURL(/\?done=published$/);

  // A handler of another department cannot see it: not in the list, 404 by id.
  const other = await signedIn(browser, OTHER_HANDLER, "/admin/questions");
  await expect(other.getByRole("link", { name: title })).toHaveCount(0);
  expect((await other.goto(`/admin/questions/${id}`))?.status()).toBe(404);

  // The handler of 州教育局 finds it among 待回复 and answers.
  const handler = await signedIn(browser, DEMO.handler, "/admin/questions"); // the 待回复 queue by default
  await expect(handler.locator("tr[data-question][class*='bg-red-50']").first()).toBeVisible(); // the demo's overdue one stands out
  await expectNoAxeViolations(handler, "/admin/questions");
  await handler.getByRole("link", { name: title }).click();
  await expect(handler).toHaveURL(`/admin/questions/${id}`);
  await handler.getByLabel("回复内容").fill("您好！转学请在开学前两周到转入学校提出申请。");
  await handler.getByRole("button", { name: "提交回复" }).click();
  await expect(handler).toHaveURL(`/admin/questions/${id}?done=answered`);
  await expectNoAxeViolations(handler, "/admin/questions/[id]");

  // The public page: question (markup as text), answer, the masked name.
  await reader.goto(`/interaction/questions/${id}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByTestId("question-content")).toContainText("<b>转学</b>");
  await expect(reader.getByTestId("answer")).toHaveText("您好！转学请在开学前两周到转入学校提出申请。");
  await expect(reader.getByTestId("asker")).toHaveText("演**");
  await expect(reader.getByRole("main")).not.toContainText("演示居民");
  await reader.goto("/interaction/questions");
  await expect(reader.getByRole("link", { name: title })).toBeVisible();

  // The asker's notice is in the outbox.
  const client = e2eDatabase();
  try {
    const mail = await client.outboxMail.findFirst({ where: { kind: "question.answered", to: DEMO.resident.email }, orderBy: { id: "desc" }, select: { subject: true, body: true } });
    expect(mail?.subject).toContain(title);
    expect(mail?.body).toContain(`/interaction/questions/${id}`);
  } finally {
    await client.$disconnect();
  }
});
