import { expect, test } from "./fixtures";
import { DEMO, logIn } from "./session";

// The site is usable with JavaScript off: every link is a real link to a server-rendered page.

test.use({ javaScriptEnabled: false });

test("home -> category -> article -> neighbour without JavaScript", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "要闻动态" })).toBeVisible();
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "政策解读" }).click();
  await expect(page).toHaveURL("/category/zcjd");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("政策解读");

  const first = page.locator("main ul li a[href^='/article/']").first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/article\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("navigation", { name: "当前位置" })).toContainText(`政策解读 » ${title}`);
  await expect(page.locator(".prose-gov p").first()).toBeVisible();

  await page.getByRole("navigation", { name: "上一篇与下一篇" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/article\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(title);

  await page.getByRole("navigation", { name: "当前位置" }).getByRole("link", { name: "首页" }).click();
  await expect(page).toHaveURL("/");
});

test("sitemap and footer pages without JavaScript", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "网站地图" }).click();
  await expect(page).toHaveURL("/sitemap");
  await page.getByRole("main").getByRole("link", { name: "州政府办公室文件" }).click();
  await expect(page).toHaveURL("/category/bgswj");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("州政府办公室文件");
});

test("在线问答 without JavaScript: the filters, and asking in two steps (similar questions, then confirm)", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/interaction/questions");
  await page.getByRole("link", { name: "待回复" }).click();
  await expect(page).toHaveURL("/interaction/questions/search?state=open");
  await page.getByLabel("咨询部门").selectOption({ label: "州教育局" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/\/interaction\/questions\/search\?state=open&department=\d+&theme=$/);
  await expect(page.getByTestId("questions").getByRole("link").first()).toBeVisible();

  await logIn(page, DEMO.resident, "/interaction/questions/ask");
  await expect(page).toHaveURL("/interaction/questions/ask", { timeout: 30_000 });
  await page.getByLabel("咨询部门").selectOption({ label: "州人力资源和社会保障局" });
  await page.getByLabel("主题").selectOption({ label: "社会保障" });
  const title = `灵活就业养老保险补缴${Date.now() % 100000}`;
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("内容").fill("请问灵活就业人员中断缴费后可以补缴养老保险吗？");
  await page.getByRole("button", { name: "提交问题" }).click();
  await expect(page.getByRole("link", { name: "灵活就业人员如何缴纳养老保险" })).toBeVisible();
  await expect(page.getByLabel("标题")).toHaveValue(title);
  await page.getByRole("button", { name: "确认提交" }).click();
  await expect(page).toHaveURL(/\/interaction\/questions\/ask\?sent=\d+$/);
  await expect(page.getByRole("status")).toContainText("问题已提交");
});
