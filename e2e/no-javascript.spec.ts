import { expect, test } from "./fixtures";

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
