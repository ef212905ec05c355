import { expect, test } from "./fixtures";
import { articleCount, listCategories } from "./site";

// A reader's path through the site: home, a category, an article, its neighbours, the footer.

const normalise = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

test("home -> category -> article, with breadcrumb, neighbours and the privacy page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/昌吉回族自治州人民政府/);

  const mainNav = page.getByRole("navigation", { name: "主导航" });
  const categoryLink = mainNav.getByRole("link", { name: "通知公告" });
  await categoryLink.click();
  await expect(page).toHaveURL(/\/category\/tzgg$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("通知公告");

  // The newest article of the listing.
  const firstArticle = page.locator("main ul li a[href^='/article/']").first();
  const title = normalise(await firstArticle.textContent());
  await firstArticle.click();
  await expect(page).toHaveURL(/\/article\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const breadcrumb = page.getByRole("navigation", { name: "当前位置" });
  expect(normalise(await breadcrumb.textContent())).toBe(`当前位置：首页 » 通知公告 » ${title}`);
  await expect(breadcrumb.getByRole("link", { name: "首页" })).toHaveAttribute("href", "/");
  await expect(breadcrumb.getByRole("link", { name: "通知公告" })).toHaveAttribute("href", "/category/tzgg");
  await expect(breadcrumb.locator("[aria-current=page]")).toHaveText(title);

  // Neighbours: the newest has no 下一篇; its 上一篇 leads to an article whose 下一篇 is it.
  const neighbours = page.getByRole("navigation", { name: "上一篇与下一篇" });
  await expect(neighbours).toContainText("下一篇：没有了");
  const previous = neighbours.locator("p", { hasText: "上一篇：" }).getByRole("link");
  const previousTitle = normalise(await previous.textContent());
  const articleUrl = page.url();
  await previous.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(previousTitle);
  const next = page.getByRole("navigation", { name: "上一篇与下一篇" }).locator("p", { hasText: "下一篇：" }).getByRole("link");
  await expect(next).toHaveText(title);
  await next.click();
  await expect(page).toHaveURL(articleUrl);

  // Footer: 隐私保护.
  await page.getByRole("contentinfo").getByRole("link", { name: "隐私保护" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("隐私");
  await expect(page.getByRole("navigation", { name: "当前位置" })).toContainText("首页");
});

test("category with a parent shows it in the breadcrumb", async ({ page }) => {
  await page.goto("/category/zfwj");
  const breadcrumb = page.getByRole("navigation", { name: "当前位置" });
  expect(normalise(await breadcrumb.textContent())).toBe("当前位置：首页 » 政策文件 » 州政府文件");
  const article = page.locator("main ul li a[href^='/article/']").first();
  const title = normalise(await article.textContent());
  await article.click();
  await page.waitForURL(/\/article\/\d+$/);
  expect(normalise(await breadcrumb.textContent())).toBe(`当前位置：首页 » 政策文件 » 州政府文件 » ${title}`);
});

const PER_PAGE = 10; // PAGE_SIZE in lib/content/queries.ts

test("pagination: 10 per page; a listing that fits one page has no pager and no page 2", async ({ page, request }) => {
  for (const { slug } of await listCategories(request)) {
    const total = await articleCount(request, slug);
    await page.goto(`/category/${slug}`);
    const pager = page.getByRole("navigation", { name: "分页" });
    const listed = page.locator("main ul li a[href^='/article/']");
    if (total > PER_PAGE) {
      await expect(listed).toHaveCount(PER_PAGE);
      await expect(pager).toBeVisible();
      await pager.getByRole("link", { name: "下一页" }).click();
      await expect(page).toHaveURL(new RegExp(`/category/${slug}/2$`));
      await expect(listed).toHaveCount(Math.min(PER_PAGE, total - PER_PAGE));
      await expect(page.getByRole("navigation", { name: "分页" }).locator("[aria-current=page]")).toContainText("2");
    } else {
      await expect(listed).toHaveCount(total);
      await expect(pager).toHaveCount(0);
      expect((await request.get(`/category/${slug}/2`)).status(), `/category/${slug}/2`).toBe(404);
    }
  }
  // Page 1 has one address only; nonsense page numbers are not pages.
  for (const path of ["/category/tzgg/1", "/category/tzgg/0", "/category/tzgg/x", "/category/tzgg/2/3", "/category/no-such"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("search: the header's box finds an article by a word of its title (on either database)", async ({ page }) => {
  await page.goto("/category/tzgg");
  const first = page.locator("main ul li a[href^='/article/']").first();
  const title = normalise(await first.textContent());
  const href = await first.getAttribute("href");
  await page.getByRole("search", { name: "站内搜索" }).getByRole("searchbox", { name: "搜索" }).fill(title);
  await page.getByRole("search", { name: "站内搜索" }).getByRole("button", { name: "搜索" }).click();
  await expect(page.getByRole("status")).toHaveText(/找到约 \d+ 条结果/);
  const hit = page.getByTestId("search-results").locator(`a[href='${href}']`);
  await expect(hit).toHaveText(title);
  await hit.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});
