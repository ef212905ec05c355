import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, logIn } from "./session";

// Content management (issue 4, part 4) on the demo database: the demo editor writes an
// article in Markdown, previews it, sends it for review and publishes it; it is on the
// already cached public category page and its own page at once, in both modes, and gone from
// them at once when taken offline.


/** The category page in each mode: a list of its article titles. */
async function categoryTitles(page: Page, context: BrowserContext, baseURL: string | undefined) {
  const titles: Record<string, string> = {};
  for (const mode of ["std", "elder"]) {
    if (mode === "elder") await context.addCookies([{ name: "elder", value: "1", url: baseURL ?? "http://localhost:3100" }]);
    else await context.clearCookies({ name: "elder" });
    await page.goto("/category/tzgg");
    titles[mode] = (await page.locator("main").innerText()).replace(/\s+/g, " ");
  }
  await context.clearCookies({ name: "elder" });
  return titles;
}

test("an editor writes, previews and publishes an article; it is on the public site at once, and gone once archived", async ({
  page,
  context,
  baseURL,
  allowConsoleError,
}) => {
  const title = `冬季供暖检查通知 ${Date.now()}`;
  // The category page is cached (Next's page cache and the server's few-second copy) before the change.
  for (let i = 0; i < 2; i++) {
    const before = await categoryTitles(page, context, baseURL);
    expect(before.std).not.toContain(title);
  }

  await page.goto("/admin/content");
  await expect(page).toHaveURL("/login?next=%2Fadmin%2Fcontent");
  await logIn(page, DEMO.editor);
  await expect(page).toHaveURL("/admin/content");
  await expect(page.getByRole("navigation", { name: "管理后台导航" }).getByRole("link", { name: "内容管理" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("内容管理");

  await page.getByRole("link", { name: "新建文章" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("新建文章");
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("栏目", { exact: true }).selectOption({ label: "通知公告" });
  await page.getByLabel("正文", { exact: true }).fill("## 检查安排\n\n- **时间**：12 月 1 日起\n- 范围：全州供热小区\n\n<script>alert(1)</script>");
  await page.getByRole("button", { name: "预览" }).click();
  const preview = page.getByTestId("preview");
  await expect(preview.getByRole("heading", { name: "检查安排" })).toBeVisible();
  await expect(preview.locator("strong")).toHaveText("时间");
  await expect(preview.locator("script")).toHaveCount(0);
  await expect(page.getByLabel("标题", { exact: true })).toHaveValue(title);

  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page).toHaveURL(/\/admin\/content\/\d+\?saved=1$/);
  const id = Number(/content\/(\d+)/.exec(page.url())![1]);
  await expect(page.getByTestId("article-status")).toHaveText("草稿");

  // Attachments: the type is checked by the bytes, whatever the name says.
  const upload = page.getByLabel("上传附件");
  await upload.setInputFiles({ name: "伪装.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>not a pdf</html>") });
  await page.getByRole("button", { name: "上传", exact: true }).click();
  await expect(page.locator("#file-error")).toContainText("文件类型不符");
  await upload.setInputFiles({ name: "检查安排.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await page.getByRole("button", { name: "上传", exact: true }).click();
  await expect(page).toHaveURL(/\?uploaded=1#attachments$/);
  await expect(page.locator("#attachments")).toContainText("检查安排.pdf");

  await page.getByRole("button", { name: "送审" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("待审核");
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByText("已发布，网站上立即可见。")).toBeVisible();

  const after = await categoryTitles(page, context, baseURL);
  expect(after.std).toContain(title);
  expect(after.elder).toContain(title);
  await page.goto("/category/tzgg");
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(`/article/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { name: "检查安排" })).toBeVisible();
  const file = await page.request.get(await page.getByRole("link", { name: /检查安排\.pdf/ }).getAttribute("href") ?? "");
  expect(file.status()).toBe(200);
  expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // The list finds it by title and status.
  await page.goto(`/admin/content?q=${encodeURIComponent(title)}&status=published`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  await page.goto(`/admin/content/${id}`);
  await page.getByRole("button", { name: "下线归档" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("已下线");
  allowConsoleError(/status of 404/);
  expect((await page.goto(`/article/${id}`))?.status()).toBe(404);
  const archived = await categoryTitles(page, context, baseURL);
  expect(archived.std).not.toContain(title);
  expect(archived.elder).not.toContain(title);
});

test("the content console pages have no WCAG 2.1 AA violations", async ({ page }) => {
  await page.goto("/login?next=%2Fadmin%2Fcontent");
  await logIn(page, DEMO.editor);
  await expect(page).toHaveURL("/admin/content");
  const article = await page.locator("tbody a").first().getAttribute("href");
  const category = "/admin/content/categories";
  const report: string[] = [];
  for (const path of ["/admin/content", "/admin/content/new", article!, category, "/admin/content/pages", "/admin/content/pages/privacy"]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    report.push(...violations.map((violation) => `${path}: ${violation.id} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`));
  }
  // An error summary after a refused save.
  await page.goto("/admin/content/new");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("heading", { name: "提交的信息有误" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  report.push(...violations.map((violation) => `errors: ${violation.id} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`));
  expect(report).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an editor previews and saves a static page; the public page shows it at once", async ({ page }) => {
    await page.goto("/about");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("网站简介");
    await page.goto("/login?next=%2Fadmin%2Fcontent%2Fpages");
    await logIn(page, DEMO.editor);
    await expect(page).toHaveURL("/admin/content/pages");
    await page.getByRole("link", { name: "网站简介" }).click();
    const body = page.getByLabel("正文", { exact: true });
    const text = `${await body.inputValue()}\n\n## 本站更新 ${Date.now()}`;
    await body.fill(text);
    await page.getByRole("button", { name: "预览" }).click();
    await expect(page.getByTestId("preview").getByRole("heading", { name: /本站更新/ })).toBeVisible();
    await expect(page.getByLabel("正文", { exact: true })).toHaveValue(text);
    await page.getByRole("button", { name: "保存并发布" }).click();
    await expect(page).toHaveURL("/admin/content/pages/about?saved=1");
    await page.goto("/about");
    await expect(page.getByRole("heading", { name: /本站更新/ })).toBeVisible();
  });

  test("filters the article list with a GET form", async ({ page }) => {
    await page.goto("/login?next=%2Fadmin%2Fcontent");
    await logIn(page, DEMO.editor);
    await expect(page).toHaveURL("/admin/content");
    await page.getByLabel("栏目", { exact: true }).selectOption({ label: "通知公告" });
    await page.getByLabel("状态", { exact: true }).selectOption({ label: "已发布" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/\/admin\/content\?q=&category=\d+&status=published&from=&to=$/);
    const rows = page.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) await expect(row).toContainText("通知公告");
  });
});
