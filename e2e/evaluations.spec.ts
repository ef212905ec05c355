import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { e2eDatabase } from "@/test/e2e-database";
import { expect, test } from "./fixtures";
import { DEMO, logIn, registerResident } from "./session";

// 网上评议 (issue 13) through the browser: the editor creates and publishes a round on two
// departments -> two freshly registered residents rate one of them -> the public page shows
// 2 votes; the first resident posts the rating form from two tabs at the same moment and
// still has one vote; the moderator approves a comment, which then appears with a masked
// name. axe on the round pages, the rating page and the staff pages.

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const TITLE = `窗口服务评议${run}`;
const RATED = "州教育局";
const OTHER = "州发展和改革委员会";
const CRITERIA = ["服务态度", "办事效率", "政务公开", "依法行政"];
const residents = ["甲", "乙"].map((suffix, index) => ({ name: `王${suffix}${run}`, email: `evaluation-${index}-${run}@example.com`, phone: `1371234${String(5600 + index)}`, password: "a long passphrase for e2e" }));
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Fills the rating form of `object` with one rating for every criterion and a comment. */
async function fillVote(page: Page, object: string, rating: string, comment = "") {
  const form = page.getByRole("form", { name: `评价${object}` });
  for (const criterion of CRITERIA) await form.getByRole("group", { name: criterion }).getByRole("radio", { name: rating, exact: true }).check();
  await form.getByLabel("意见建议（可选）").fill(comment);
  return form;
}

/** Signs in and waits for `next` (argon2 and a loaded machine can take a while). */
async function signIn(page: Page, account: { email: string; password: string }, next: string) {
  await logIn(page, account, next);
  await expect(page).toHaveURL(next, { timeout: 30_000 });
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("two residents rate a department: 2 votes, one per resident even when posted twice at once; a comment shows after moderation", async ({ page, browser }) => {
  test.setTimeout(300_000);

  // The editor creates the round and publishes it.
  await signIn(page, DEMO.editor, "/admin/evaluations/new");
  await expectNoAxeViolations(page);
  await page.getByLabel("评议标题").fill(TITLE);
  await page.getByRole("button", { name: "保存（暂不发布）" }).click();
  await expect(page.getByRole("alert", { name: "提交的信息有误" })).toContainText("请至少选择一个评议对象");
  const departments = page.getByRole("group", { name: "部门" });
  await departments.getByRole("checkbox", { name: RATED, exact: true }).check();
  await departments.getByRole("checkbox", { name: OTHER, exact: true }).check();
  await page.getByRole("button", { name: "保存（暂不发布）" }).click();
  await expect(page).toHaveURL(/\/admin\/evaluations\/\d+\?saved=1$/);
  const id = /\/admin\/evaluations\/(\d+)/.exec(page.url())![1]!;
  await page.getByRole("button", { name: "发布" }).click();
  await expect(page.getByRole("status")).toHaveText("已发布，网站上立即可见。");
  await expectNoAxeViolations(page);

  // Anyone sees the round; an anonymous reader is offered the login.
  const anonymous = await newPage(browser);
  await anonymous.goto("/interaction/evaluations");
  await expect(anonymous.getByRole("link", { name: TITLE })).toBeVisible();
  await anonymous.getByRole("link", { name: TITLE }).click();
  await expect(anonymous.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(anonymous.getByTestId("round-status")).toHaveText("【进行中】");
  await expect(anonymous.getByRole("link", { name: "登录后参与评议" })).toHaveAttribute("href", `/login?next=${encodeURIComponent(`/account/evaluations/${id}`)}`);

  // Two residents register and rate the same department.
  const pages: Page[] = [];
  for (const [index, resident] of residents.entries()) {
    const own = await newPage(browser);
    await registerResident(own, resident);
    await signIn(own, resident, `/account/evaluations/${id}`);
    const form = await fillVote(own, RATED, index === 0 ? "满意" : "基本满意", index === 0 ? `<b>窗口</b>服务很耐心${run}` : "");
    await form.getByRole("button", { name: "提交评价" }).click();
    await expect(own.getByRole("status")).toHaveText(`已保存您对“${RATED}”的评价，评议截止前可以修改。`);
    await expect(own.getByRole("form", { name: `评价${RATED}` }).getByRole("group", { name: "服务态度" }).getByRole("radio", { name: index === 0 ? "满意" : "基本满意", exact: true })).toBeChecked();
    pages.push(own);
  }
  await expectNoAxeViolations(pages[0]!);

  // The first resident posts the form from two tabs at the same moment: still one vote.
  const first = pages[0]!;
  const second = await first.context().newPage();
  await second.goto(`/account/evaluations/${id}`);
  await first.reload();
  const forms = [await fillVote(first, RATED, "不满意"), await fillVote(second, RATED, "基本满意")];
  await Promise.all(forms.map((form) => form.getByRole("button", { name: "修改评价" }).click()));
  await expect(first.getByRole("status")).toBeVisible();
  await expect(second.getByRole("status")).toBeVisible();
  const client = e2eDatabase();
  try {
    const voter = await client.user.findUniqueOrThrow({ where: { email: residents[0]!.email }, select: { id: true } });
    expect(await client.evaluationVote.count({ where: { roundId: Number(id), userId: voter.id } })).toBe(1);
    expect(await client.evaluationVote.count({ where: { roundId: Number(id) } })).toBe(2);
  } finally {
    await client.$disconnect();
  }

  // The public page: 2 votes for the rated department, none for the other.
  const votesOf = (name: string) => anonymous.getByTestId("ranking").locator(`tr[data-object="${name}"]`).getByTestId("object-votes");
  await expect(async () => {
    await anonymous.reload();
    await expect(votesOf(RATED)).toHaveText("2", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(votesOf(OTHER)).toHaveText("0");
  await expect(anonymous.getByTestId("round-votes")).toHaveText("2");
  await expect(anonymous.getByTestId("evaluation-comments")).toHaveCount(0);
  await expectNoAxeViolations(anonymous);

  // The resident's vote is on /account.
  await first.goto("/account");
  await expect(first.getByTestId("my-evaluations")).toContainText(`${TITLE}：${RATED}（进行中）`);

  // The tabs sent no comment. The second resident adds one: it waits for the moderator, and
  // appears with the masked name once approved.
  const secondResident = pages[1]!;
  const form = await fillVote(secondResident, RATED, "基本满意", `<b>窗口</b>服务很耐心${run}`);
  await form.getByRole("button", { name: "修改评价" }).click();
  await expect(secondResident.getByRole("status")).toBeVisible();
  const moderator = await newPage(browser);
  await signIn(moderator, { email: "moderator@demo.gov.cn", password: "Moderator#2026demo" }, `/admin/evaluations/${id}/comments`);
  const row = moderator.getByTestId("evaluation-comment").filter({ hasText: `<b>窗口</b>服务很耐心${run}` });
  await expect(row).toContainText("王**");
  await expectNoAxeViolations(moderator);
  await row.getByRole("button", { name: /^通过/ }).click();
  await expect(moderator.getByRole("status")).toHaveText("已通过，意见在评议页面公开。");
  await expect(async () => {
    await anonymous.reload();
    await expect(anonymous.getByTestId("evaluation-comments")).toContainText(`<b>窗口</b>服务很耐心${run}`, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(anonymous.getByTestId("evaluation-comments")).toContainText("王**");
  await expect(anonymous.getByTestId("evaluation-comments")).not.toContainText(residents[1]!.name);
});
