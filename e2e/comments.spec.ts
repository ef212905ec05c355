import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, logIn } from "./session";
import { listArticles } from "./site";

// Comments (评论) with pre-moderation, on the demo database: comments are open on the 政策解读
// category. A resident comments three times -> the moderator sees them in the queue (the one
// with a sensitive word flagged), approves one and rejects one with a template reason -> the
// approved one appears on the cached article page, the rejected one never does and its reason
// shows on /account. The moderator cannot open /admin/users. Without JavaScript the form works.

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const approved = `解读很及时，建议增加办理地点的地图。${run}`;
const flagged = `有人在小区群里招人刷 单，请有关部门关注。${run}`;
const rejected = `<b>加我微信</b>代办各类证件。${run}`;
const axe = (page: Page) => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();

async function commentedArticle(page: Page): Promise<string> {
  const [newest] = await listArticles(page.request, "/category/zcjd");
  expect(newest, "a 政策解读 article").toBeTruthy();
  return newest!.path;
}

async function signedIn(browser: Browser, account: { email: string; password: string }, next: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await logIn(page, account, next);
  await expect(page).toHaveURL(next);
  return page;
}

async function comment(page: Page, text: string) {
  await page.getByLabel("发表评论").fill(text);
  await page.getByRole("button", { name: "提交评论" }).click();
  await expect(page.getByLabel("发表评论")).toHaveValue("");
  await expect(page.getByRole("status")).toHaveText("评论已提交，审核通过后显示");
}

test("a comment waits in the queue, is approved and appears; a rejected one never does; a sensitive word is flagged", async ({ browser, page, allowConsoleError }) => {
  test.setTimeout(180_000);
  const article = await commentedArticle(page);

  // Anonymous readers see the published comments with masked names and a sign-in link.
  await page.goto(article);
  const section = page.locator("#comments");
  await expect(section.getByTestId("comment").first()).toContainText("演**");
  await expect(section.getByRole("link", { name: "登录" })).toHaveAttribute("href", `/login?next=${encodeURIComponent(article)}`);
  await expect(section.getByRole("textbox")).toHaveCount(0);
  expect((await axe(page)).violations).toEqual([]);

  const resident = await signedIn(browser, DEMO.resident, article);
  for (const text of [approved, flagged, rejected]) await comment(resident, text);
  expect((await axe(resident)).violations).toEqual([]);

  const moderator = await signedIn(browser, DEMO.moderator, "/admin");
  await expect(moderator.getByTestId("queue-comments.pending")).toContainText(/待审核的评论：\d+/);
  allowConsoleError(/status of 403/);
  const refused = await moderator.goto("/admin/users");
  expect(refused?.status()).toBe(403);
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("无权访问");

  await moderator.goto("/admin/moderation");
  expect((await axe(moderator)).violations).toEqual([]);
  const item = (text: string) => moderator.locator("li[data-comment]", { hasText: text });
  await expect(item(flagged)).toContainText("含敏感词：刷单");
  await expect(item(flagged).locator("mark")).toHaveText("刷 单");
  await expect(item(rejected)).toContainText("<b>加我微信</b>");
  await item(approved).getByRole("button", { name: /^通过/ }).click();
  await expect(moderator.getByRole("status")).toHaveText("评论已通过审核，已在页面上显示。");
  await item(rejected).getByLabel("驳回理由").selectOption({ label: "含有广告或推销信息" });
  await item(rejected).getByLabel(/补充说明/).fill("请勿发布广告");
  await item(rejected).getByRole("button", { name: "驳回" }).click();
  await expect(moderator.getByRole("status")).toHaveText("评论已驳回，评论者可在个人中心看到理由。");
  await expect(item(flagged)).toBeVisible();
  await expect(item(rejected)).toHaveCount(0);

  // The cached article page was refreshed: the approved comment is there, the rejected one is not.
  await page.goto(article);
  await expect(section.getByTestId("comment").filter({ hasText: approved })).toContainText("演**");
  await expect(section).not.toContainText(rejected);
  await expect(section).not.toContainText(flagged);

  // 举报: the approved comment leaves the page at once and waits in the queue again, marked.
  await resident.goto(article);
  await resident.locator("#comments").getByTestId("comment").filter({ hasText: approved }).getByRole("button", { name: /举报/ }).click();
  await expect(resident.getByRole("status")).toHaveText("举报已收到，该评论将重新审核");
  await page.goto(article);
  await expect(section).not.toContainText(approved);
  await moderator.goto("/admin/moderation");
  await expect(item(approved)).toContainText("已被举报 1 次");

  await resident.goto("/account");
  const mine = resident.getByTestId("my-comments");
  await expect(mine.locator("li", { hasText: rejected })).toContainText("未通过的理由：含有广告或推销信息（请勿发布广告）");
  // Approved, then reported: back in the queue.
  await expect(mine.locator("li", { hasText: approved })).toContainText("待审核");
  await expect(mine.locator("li", { hasText: flagged })).toContainText("待审核");
});

test("without JavaScript: the form posts, shows the result and refuses an empty comment", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const article = await commentedArticle(page);
  const resident = await signedIn(browser, DEMO.resident, article, false);
  await resident.getByRole("button", { name: "提交评论" }).click();
  await expect(resident.getByRole("alert")).toContainText("请填写评论内容");
  await expect(resident.getByLabel("发表评论")).toHaveAttribute("aria-invalid", "true");
  await comment(resident, `无脚本也能提交评论。${run}`);
});
