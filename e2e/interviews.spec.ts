import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, logIn } from "./session";

// 嘉宾访谈 (issue 14, items 4-7) through the browser, on the demo database: an editor creates
// and publishes an interview (预告); the demo resident asks a question, which waits for
// moderation and is not public; the editor switches the interview to 正在直播 and posts a turn
// that reaches a reader's already open page without a reload (server-sent events); the
// moderator approves the question and puts it to the guest, and then it is public under the
// masked name. The rules themselves are in lib/interviews/interviews.test.ts.

/** A China-time datetime-local value, `minutes` from now. */
const chinaLocal = (minutes: number) => new Date(Date.now() + minutes * 60_000 + 8 * 3600_000).toISOString().slice(0, 16);

async function signedIn(browser: Browser, account: { email: string; password: string }, next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, account, next);
  await expect(page).toHaveURL(next, { timeout: 30_000 });
  return page;
}

test("an interview from 预告 to 正在直播: a live turn reaches an open page, a question waits for moderation", async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `优化营商环境在线访谈 ${Date.now()}`;
  const question = `个体工商户办理营业执照需要多长时间？${Date.now()}`;

  // The editor creates and publishes an interview two days ahead.
  const editor = await signedIn(browser, DEMO.editor, "/admin/interviews/new");
  await editor.getByLabel("标题").fill(title);
  await editor.getByLabel("主持人").fill("李欣");
  await editor.getByLabel("开始时间").fill(chinaLocal(2 * 24 * 60));
  await editor.getByLabel("计划结束时间").fill(chinaLocal(2 * 24 * 60 + 90));
  await editor.getByLabel("访谈简介").fill("州市场监督管理局负责同志解读登记注册便利化措施。");
  await editor.getByRole("button", { name: "保存（暂不发布）" }).click();
  await expect(editor).toHaveURL(/\/admin\/interviews\/\d+\?saved=1$/);
  const id = Number(/interviews\/(\d+)/.exec(editor.url())![1]);
  await editor.getByRole("button", { name: "发布", exact: true }).click();
  await expect(editor).toHaveURL(/done=publish$/, { timeout: 30_000 });
  await expect(editor.getByTestId("interview-admin-status")).toContainText("预告，已发布");

  // The resident asks; the question is theirs alone until approved.
  const resident = await signedIn(browser, DEMO.resident, `/account/interviews/${id}`);
  await resident.getByRole("button", { name: "提交问题" }).click();
  await expect(resident.getByRole("alert", { name: "提交的信息有误" })).toContainText("请填写问题");
  await resident.getByLabel("问题", { exact: true }).fill(question);
  await resident.getByRole("button", { name: "提交问题" }).click();
  await expect(resident).toHaveURL(`/account/interviews/${id}?sent=1`);
  await expect(resident.getByTestId("my-questions")).toContainText(question);
  await expect(resident.getByTestId("my-questions")).toContainText("待审核");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/interaction/interviews/${id}`);
  await expect(reader.getByTestId("interview-status")).toHaveText("预告");
  await expect(reader.getByText(question)).toHaveCount(0);

  // The editor starts it early; the reader's page (loaded after the switch) listens.
  await editor.getByLabel("正在直播（提前开始或延长）").check();
  await editor.getByRole("button", { name: "切换直播状态" }).click();
  await expect(editor).toHaveURL(/done=switch$/, { timeout: 30_000 });
  await expect(editor.getByTestId("interview-admin-status")).toContainText("正在直播，已发布");
  await reader.goto(`/interaction/interviews/${id}`);
  await expect(reader.getByTestId("interview-status")).toHaveText("正在直播");
  await expect(reader.getByRole("link", { name: "刷新" })).toHaveAttribute("href", `/interaction/interviews/${id}`);
  const opened = reader.url();

  const turn = `各位网友好，登记注册现在一般一个工作日办结。${Date.now()}`;
  await editor.getByLabel("嘉宾", { exact: true }).check();
  await editor.getByLabel("发言人").fill("张局长");
  await editor.getByLabel("发言内容").fill(turn);
  await editor.getByRole("button", { name: "发布这段实录" }).click();
  await expect(editor).toHaveURL(/posted=\d+/);
  // The turn appears on the open page without a reload.
  await expect(reader.getByTestId("transcript")).toContainText(turn, { timeout: 15_000 });
  expect(reader.url()).toBe(opened);

  // The moderator approves the question and puts it to the guest: now it is public, masked.
  const moderator = await signedIn(browser, DEMO.moderator, "/admin/interviews/questions");
  const pending = moderator.getByTestId("pending-questions").locator("li", { hasText: question });
  await pending.getByRole("button", { name: "审核通过" }).click();
  await expect(moderator).toHaveURL(/done=approved/);
  await moderator.getByTestId("approved-questions").locator("li", { hasText: question }).getByRole("button", { name: /^提交嘉宾/ }).click();
  await expect(moderator).toHaveURL(/done=put/);
  await reader.goto(`/interaction/interviews/${id}`);
  await expect(reader.getByTestId("interview-questions")).toContainText(`演**：${question}`);
});
