import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { useElderMode } from "./site";

// 站内搜索 (issue 11) on the demo database: the header's box on every public page, both modes,
// with and without JavaScript; the results page's filters, sorting, pages and its calm
// answers to an empty, fruitless or over-long query.

async function searchFromHeader(page: Page, query: string) {
  const box = page.getByRole("search", { name: "站内搜索" });
  await box.getByRole("searchbox", { name: "搜索" }).fill(query);
  await box.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent(query)}`);
}

const results = (page: Page) => page.getByTestId("search-results").locator(":scope > li");

async function expectHighlightedResults(page: Page, query: string) {
  await expect(page.getByRole("status")).toHaveText(/找到约 \d+ 条结果/);
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).first().locator("mark").first()).toHaveText(query);
  // The query stays in both boxes.
  await expect(page.getByRole("search", { name: "站内搜索" }).getByRole("searchbox")).toHaveValue(query);
  await expect(page.getByRole("searchbox", { name: "搜索内容" })).toHaveValue(query);
}

for (const mode of ["standard", "elder"] as const) {
  test(`search from the home page's header (${mode})`, async ({ page, context, baseURL }) => {
    if (mode === "elder") await useElderMode(context, baseURL);
    await page.goto("/");
    await searchFromHeader(page, "供热");
    if (mode === "elder") await expect(page.locator("body > div.elder")).toHaveCount(1);
    await expectHighlightedResults(page, "供热");
    const first = results(page).first().getByRole("link").first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header box, the filters and the pages work", async ({ page }) => {
    await page.goto("/");
    await searchFromHeader(page, "昌吉");
    await expectHighlightedResults(page, "昌吉");
    const firstTitle = await results(page).first().getByRole("link").first().innerText();
    await page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL("/search?q=%E6%98%8C%E5%90%89&page=2");
    await expect(page.getByRole("link", { name: "第1页" })).toBeVisible();
    await expect(results(page).first().getByRole("link").first()).not.toHaveText(firstTitle);

    await page.getByLabel("类型").selectOption({ label: "政策文件" });
    await page.getByLabel("排序").selectOption({ label: "按时间" });
    await page.getByRole("search", { name: "搜索与筛选" }).getByRole("button", { name: "搜索" }).click();
    await expect(page).toHaveURL(/type=policy/);
    const labels = await results(page).locator("h2 > span").allInnerTexts();
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(["政策文件"]));
    const dates = await results(page).locator("p.text-sm").allInnerTexts();
    const days = dates.map((text) => text.slice(0, 10));
    expect(days).toEqual([...days].sort().reverse());
  });
});

test("a category and a date range narrow the results", async ({ page }) => {
  await page.goto("/search?q=%E6%98%8C%E5%90%89");
  const all = Number((await page.getByRole("status").innerText()).match(/\d+/)![0]);
  await page.getByLabel("栏目（新闻与文件）").selectOption({ label: "政策文件" });
  await page.getByLabel("发布时间").selectOption({ label: "近一年" });
  await page.getByRole("search", { name: "搜索与筛选" }).getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/category=zcwj/);
  const narrowed = Number((await page.getByRole("status").innerText()).match(/\d+/)![0]);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
});

test("an exact 文号 ranks its document first", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("昌州政发〔2025〕20号")}`);
  await expect(results(page).first().locator("h2 > span")).toHaveText("政策文件");
  await results(page).first().getByRole("link").first().click();
  await expect(page.getByText("昌州政发〔2025〕20号").first()).toBeVisible();
});

test("an empty query, no result and an over-long query are answered calmly", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByText("请输入要搜索的内容。")).toBeVisible();

  await page.goto("/search?q=%E9%98%BF%E5%B7%B4%E9%98%BF%E5%B7%B4");
  await expect(page.getByText("没有找到与“阿巴阿巴”相关的内容。")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "网站地图" })).toHaveAttribute("href", "/sitemap");

  const long = "供热".repeat(40);
  await page.goto(`/search?q=${encodeURIComponent(long)}`);
  await expect(page.getByRole("note")).toHaveText("搜索内容过长，已按前 50 个字搜索。");
  await expect(page.getByRole("searchbox", { name: "搜索内容" })).toHaveValue(long.slice(0, 50));

  // Markup in a query is text.
  await page.goto(`/search?q=${encodeURIComponent("<script>alert(1)</script>")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("“<script>alert(1)</script>”的搜索结果");
});
