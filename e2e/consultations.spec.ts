import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, logIn } from "./session";
import { CONSULTATION_ROUTES, useElderMode } from "./site";

// 民意征集 (issue 13) through the browser, on the demo database: an editor opens a
// consultation, the demo resident sends two opinions (one agreeing to publication, one not),
// the editor marks both, closes the consultation by moving its end into the past and
// publishes the feedback; the public page then shows the feedback and the public opinion with
// a masked name, never the other one. Axe on the new public and staff pages.

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const PUBLIC_TEXT = "建议第一条写明适用的小区范围，方便居民对照。";
const PRIVATE_TEXT = "这条意见不同意公开，任何公开页面都不应出现。";

/** A China-time datetime-local value, `minutes` from now. */
const chinaLocal = (minutes: number) => new Date(Date.now() + minutes * 60_000 + 8 * 3600_000).toISOString().slice(0, 16);

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

test("a consultation from opening to published feedback, with a masked public opinion", async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `《昌吉州物业服务管理办法（征求意见稿）》${Date.now()}`;

  // The editor opens a consultation.
  const editor = await signedIn(browser, DEMO.editor, "/admin/consultations/new");
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("新建民意征集");
  await editor.getByRole("button", { name: "保存（暂不发布）" }).click();
  await expect(editor.getByRole("alert", { name: "提交的信息有误" })).toContainText("请填写标题");
  await editor.getByLabel("标题").fill(title);
  await editor.getByLabel("征集单位").selectOption({ label: "州住房和城乡建设局" });
  await editor.getByLabel("开始时间").fill(chinaLocal(-60));
  await editor.getByLabel("截止时间").fill(chinaLocal(7 * 24 * 60));
  await editor.getByLabel("征集说明").fill("请对物业服务管理办法提出意见。<b>标记按原文显示</b>");
  await editor.getByLabel("征求意见稿正文").fill("第一条 为规范物业服务，制定本办法。\n\n第二条 物业服务企业应当公开收费标准。");
  await editor.getByRole("button", { name: "保存（暂不发布）" }).click();
  await expect(editor).toHaveURL(/\/admin\/consultations\/\d+\?saved=1$/);
  const id = Number(/consultations\/(\d+)/.exec(editor.url())![1]);
  await editor.getByRole("button", { name: "发布" }).click();
  await expect(editor.getByTestId("consultation-status")).toContainText("征集中，已发布");
  await expectNoAxeViolations(editor, "/admin/consultations/[id]");
  await editor.goto("/admin/consultations");
  await expect(editor.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expectNoAxeViolations(editor, "/admin/consultations");
  await editor.goto("/admin");
  await expect(editor.getByTestId("queue-consultations.closing")).toContainText("3 天内截止的民意征集");

  // The public list shows it as open; the public page invites signing in.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/interaction/consultations/status/open");
  await reader.getByRole("link", { name: title, exact: true }).click();
  await expect(reader).toHaveURL(`/interaction/consultations/${id}`);
  await expect(reader.getByTestId("consultation-status")).toHaveText("征集中");
  await expect(reader.getByText("<b>标记按原文显示</b>", { exact: false })).toBeVisible();
  await expect(reader.getByRole("link", { name: "登录后提意见" })).toBeVisible();

  // The resident sends two opinions: one to 第一条 agreeing to publication, one not.
  const resident = await signedIn(browser, DEMO.resident, "/account");
  await resident.goto(`/interaction/consultations/${id}`);
  await resident.getByRole("link", { name: "我要提意见" }).click();
  await expect(resident).toHaveURL(`/interaction/opinion/${id}`);
  await resident.getByLabel("意见内容").fill("太短");
  await resident.getByRole("button", { name: "提交意见" }).click();
  await expect(resident.getByRole("alert", { name: "提交的信息有误" })).toContainText("意见内容不能少于 10 个字");
  await expectNoAxeViolations(resident, "/interaction/opinion/[id] with errors");
  await resident.getByLabel("针对条款").selectOption({ label: "第一条 为规范物业服务，制定本办法。" });
  await resident.getByLabel("意见内容").fill(PUBLIC_TEXT);
  await resident.getByLabel(/^同意公开/).check();
  await resident.getByRole("button", { name: "提交意见" }).click();
  await expect(resident.getByRole("status")).toContainText("意见已提交");
  await expect(resident.getByText("您已提交 1 条意见，还可以提交 4 条。")).toBeVisible();
  await resident.getByLabel("意见内容").fill(PRIVATE_TEXT);
  await resident.getByRole("button", { name: "提交意见" }).click();
  await expect(resident.getByText("您已提交 2 条意见，还可以提交 3 条。")).toBeVisible();
  await resident.goto("/account");
  await expect(resident.getByTestId("my-opinions")).toContainText(PRIVATE_TEXT);
  await expect(resident.getByTestId("my-opinions")).toContainText("待反馈");

  // The editor marks both, closes the consultation and publishes the feedback.
  await editor.goto(`/admin/consultations/${id}/opinions`);
  const opinions = editor.getByTestId("staff-opinions").getByRole("listitem");
  await expect(opinions).toHaveCount(2);
  await expectNoAxeViolations(editor, "/admin/consultations/[id]/opinions");
  await opinions.filter({ hasText: PUBLIC_TEXT }).getByLabel("部分采纳").check();
  await opinions.filter({ hasText: PUBLIC_TEXT }).getByLabel("理由").fill("已在第一条增加适用范围。");
  await opinions.filter({ hasText: PUBLIC_TEXT }).getByRole("button", { name: "保存采纳情况" }).click();
  await expect(editor.getByRole("status")).toContainText("采纳情况已保存");
  await opinions.filter({ hasText: PRIVATE_TEXT }).getByLabel("未采纳").check();
  await opinions.filter({ hasText: PRIVATE_TEXT }).getByLabel("理由").fill("超出本办法的调整范围。");
  await opinions.filter({ hasText: PRIVATE_TEXT }).getByRole("button", { name: "保存采纳情况" }).click();
  await expect(editor.getByRole("status")).toContainText("采纳情况已保存");
  await editor.goto(`/admin/consultations/${id}`);
  await editor.getByLabel("开始时间").fill(chinaLocal(-120));
  await editor.getByLabel("截止时间").fill(chinaLocal(-1));
  await editor.getByRole("button", { name: "保存", exact: true }).click();
  await expect(editor.getByTestId("consultation-status")).toContainText("已结束");
  await editor.getByLabel("反馈说明").fill("共收到意见 2 条，部分采纳 1 条，未采纳 1 条。");
  await editor.getByRole("button", { name: "发布意见采纳情况反馈" }).click();
  await expect(editor.getByRole("status")).toContainText("意见采纳情况反馈已发布");

  // The public page (cached, revalidated at once) shows the feedback and only the public opinion, masked.
  await reader.goto(`/interaction/consultations/${id}`);
  await expect(reader.getByTestId("consultation-status")).toHaveText("已反馈");
  const feedback = reader.getByTestId("feedback");
  await expect(feedback).toContainText("共收到意见 2 条");
  await expect(feedback.getByRole("table", { name: "意见采纳情况统计" }).getByRole("row", { name: "部分采纳 1" })).toBeVisible();
  await expect(reader.getByTestId("public-opinions")).toContainText(PUBLIC_TEXT);
  await expect(reader.getByTestId("public-opinions")).toContainText("演**");
  await expect(reader.getByTestId("public-opinions")).toContainText("第一条");
  await expect(reader.locator("body")).not.toContainText(PRIVATE_TEXT);
  await expect(reader.locator("body")).not.toContainText("演示居民");
  await expectNoAxeViolations(reader, `/interaction/consultations/${id}`);
  await resident.goto("/account");
  await expect(resident.getByTestId("my-opinions")).toContainText("超出本办法的调整范围。");
});

test("the 民意征集 pages in elder mode and without JavaScript, with no axe violations in either mode", async ({ browser, page, baseURL }) => {
  test.setTimeout(180_000);
  const elderContext = await browser.newContext({ javaScriptEnabled: false });
  await useElderMode(elderContext, baseURL);
  const elder = await elderContext.newPage();
  for (const path of [...CONSULTATION_ROUTES, "/interaction/consultations/status/open"]) {
    expect((await elder.goto(path))?.status(), path).toBe(200);
    await expect(elder.locator("body > div.elder")).toHaveCount(1);
  }
  await elder.goto("/interaction/consultations");
  await elder.getByRole("navigation", { name: "按状态筛选" }).getByRole("link", { name: "已反馈" }).click();
  await expect(elder).toHaveURL("/interaction/consultations/status/answered");
  await expect(elder.getByRole("link", { name: /供热管理办法/ })).toBeVisible();
  await elder.getByRole("link", { name: /供热管理办法/ }).click();
  await expect(elder.getByTestId("public-opinions")).toContainText("演**");
  const elderAxeContext = await browser.newContext();
  await useElderMode(elderAxeContext, baseURL);
  const elderAxe = await elderAxeContext.newPage();
  for (const path of CONSULTATION_ROUTES) {
    await elderAxe.goto(path);
    await expectNoAxeViolations(elderAxe, `${path} (elder)`);
    await page.goto(path);
    await expectNoAxeViolations(page, path);
  }
});
