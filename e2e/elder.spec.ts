import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { NOT_FOUND, policyByValidity, publicRoutes, useElderMode } from "./site";

// Elder mode (长者版): chosen with a link, kept in a cookie, served at the same URLs.
// Measured in the browser: 24px text, line height >= 1.5, paragraph spacing larger than the
// line spacing, 44x44 targets, no animation, one column.

interface ElderMetrics {
  smallText: string[];
  tightLines: string[];
  tightParagraphs: string[];
  paragraphPairs: number;
  proseFontSize: number;
  proseLineHeight: number;
  smallTargets: string[];
  targets: number;
  animations: number;
}

async function measure(page: Page): Promise<ElderMetrics> {
  return page.evaluate(() => {
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? ` class="${el.className}"` : ""}> "${(el.textContent ?? "").trim().slice(0, 30)}"`;
    const rendered = (el: Element) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return rect.width > 1 && rect.height > 1 && style.visibility !== "hidden" && !el.closest("[hidden], [aria-hidden=true], .sr-only");
    };
    const px = (value: string) => parseFloat(value);

    const smallText: string[] = [];
    const tightLines: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const ownText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
      if (!ownText || !rendered(el)) continue;
      const style = getComputedStyle(el);
      const fontSize = px(style.fontSize);
      const lineHeight = style.lineHeight === "normal" ? 0 : px(style.lineHeight);
      if (fontSize < 24) smallText.push(`${describe(el)} ${fontSize}px`);
      if (lineHeight < 1.5 * fontSize) tightLines.push(`${describe(el)} ${lineHeight}px / ${fontSize}px`);
    }

    const tightParagraphs: string[] = [];
    let paragraphPairs = 0;
    for (const p of document.querySelectorAll("main p + p")) {
      const previous = p.previousElementSibling!;
      if (!rendered(p) || !rendered(previous)) continue;
      paragraphPairs++;
      const style = getComputedStyle(p);
      const lineSpacing = px(style.lineHeight) - px(style.fontSize);
      const gap = p.getBoundingClientRect().top - previous.getBoundingClientRect().bottom;
      if (!(gap > lineSpacing)) tightParagraphs.push(`${describe(p)} gap ${gap}px <= line spacing ${lineSpacing}px`);
    }

    const prose = document.querySelector(".prose-gov p");
    const proseStyle = prose ? getComputedStyle(prose) : null;

    const smallTargets: string[] = [];
    let targets = 0;
    for (const el of document.querySelectorAll("a[href], button, input, select, textarea, summary")) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || el.closest("[hidden]")) continue;
      targets++;
      const { width, height } = el.getBoundingClientRect();
      if (width < 44 || height < 44) smallTargets.push(`${describe(el)} ${width.toFixed(1)}x${height.toFixed(1)}`);
    }

    return {
      smallText,
      tightLines,
      tightParagraphs,
      paragraphPairs,
      proseFontSize: proseStyle ? px(proseStyle.fontSize) : 0,
      proseLineHeight: proseStyle ? px(proseStyle.lineHeight) : 0,
      smallTargets,
      targets,
      animations: document.getAnimations().length,
    };
  });
}

async function expectElder(page: Page) {
  await expect(page.locator("body > div.elder")).toHaveCount(1);
  await expect(page.getByRole("banner").getByRole("link", { name: "返回标准版" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "长者版" })).toHaveCount(0);
}

async function expectStandard(page: Page) {
  await expect(page.locator("body > div.standard")).toHaveCount(1);
  await expect(page.getByRole("banner").getByRole("link", { name: "长者版" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "返回标准版" })).toHaveCount(0);
}

async function expectElderLayout(page: Page, { prose }: { prose: boolean }) {
  const metrics = await measure(page);
  const where = new URL(page.url()).pathname;
  expect.soft(metrics.smallText, `${where}: text below 24px`).toEqual([]);
  expect.soft(metrics.tightLines, `${where}: line height below 1.5 x font size`).toEqual([]);
  expect.soft(metrics.tightParagraphs, `${where}: paragraph spacing not larger than line spacing`).toEqual([]);
  expect.soft(metrics.smallTargets, `${where}: links and buttons smaller than 44x44 CSS px`).toEqual([]);
  expect.soft(metrics.targets).toBeGreaterThan(5);
  expect.soft(metrics.animations, `${where}: running animations`).toBe(0);
  if (prose) {
    expect.soft(metrics.proseFontSize).toBeGreaterThanOrEqual(24);
    expect.soft(metrics.proseLineHeight).toBeGreaterThanOrEqual(1.5 * metrics.proseFontSize);
    expect.soft(metrics.paragraphPairs, "paragraph pairs measured").toBeGreaterThan(0);
  }
}

test("长者版 link switches the article in place; the choice persists until 返回标准版", async ({ page, request }) => {
  const article = [...(await policyByValidity(request)).values()][0]!;
  await page.goto(article.path);
  await expectStandard(page);
  const standardSize = await page.locator(".prose-gov p").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(standardSize).toBeLessThan(24);

  await page.getByRole("banner").getByRole("link", { name: "长者版" }).click();
  await expect(page).toHaveURL(article.path);
  await expectElder(page);
  await expectElderLayout(page, { prose: true });

  // Another page, reached through the navigation: still elder.
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "首页" }).click();
  await expect(page).toHaveURL("/");
  await expectElder(page);
  await expectElderLayout(page, { prose: false });

  // Home page: one column - every section starts at the same x and they stack.
  const boxes = await page.locator("main section").evaluateAll((sections) =>
    sections.map((section) => {
      const { x, y, width, height } = section.getBoundingClientRect();
      return { x, y, width, height };
    }),
  );
  expect(boxes.length).toBeGreaterThan(3);
  for (const box of boxes) expect(box.x).toBeCloseTo(boxes[0]!.x, 0);
  for (const box of boxes) expect(box.width).toBeCloseTo(boxes[0]!.width, 0);
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height);

  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "通知公告" }).click();
  await expect(page).toHaveURL("/category/tzgg");
  await expectElder(page);
  await expectElderLayout(page, { prose: false });

  // A fresh load keeps the choice (the cookie).
  await page.reload();
  await expectElder(page);

  await page.getByRole("banner").getByRole("link", { name: "返回标准版" }).click();
  await expect(page).toHaveURL("/category/tzgg");
  await expectStandard(page);
  await page.goto(article.path);
  await expectStandard(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("elder mode switches on and off", async ({ page }) => {
    await page.goto("/category/bmfw");
    await page.locator("main ul li a[href^='/article/']").first().click();
    const url = page.url();
    await expectStandard(page);

    await page.getByRole("banner").getByRole("link", { name: "长者版" }).click();
    await expect(page).toHaveURL(url);
    await expectElder(page);
    await expectElderLayout(page, { prose: true });

    await page.getByRole("contentinfo").getByRole("link", { name: "联系我们" }).click();
    await expect(page).toHaveURL("/contact");
    await expectElder(page);
    await expectElderLayout(page, { prose: false });

    await page.getByRole("banner").getByRole("link", { name: "返回标准版" }).click();
    await expect(page).toHaveURL("/contact");
    await expectStandard(page);
  });
});

test("elder layout on every public route", async ({ page, context, request, baseURL }) => {
  test.setTimeout(180_000);
  await useElderMode(context, baseURL);
  const routes = (await publicRoutes(request)).filter((path) => !NOT_FOUND.includes(path));
  for (const path of routes) {
    await page.goto(path);
    await expectElder(page);
    await expectElderLayout(page, { prose: path.startsWith("/article/") });
  }
});
