import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Traffic statistics (issue 6): pages visited over IPv4 and IPv6 show up in /admin/stats
// once the server has written its batch (STATS_FLUSH_MS=300 in scripts/e2e-server.mjs),
// with a non-zero IPv6 share and the dwell time the page sent when it was left.

const port = process.env.E2E_PORT || "3100";
const IPV4 = `http://127.0.0.1:${port}`;
const IPV6 = `http://[::1]:${port}`;


async function logIn(page: Page) {
  await page.getByLabel("电子邮箱", { exact: true }).fill("admin@demo.gov.cn");
  await page.getByLabel("密码", { exact: true }).fill("Admin#2026demo");
  await page.getByRole("button", { name: "登录" }).click();
}

test("page views over IPv4 and IPv6 appear in the dashboard, with dwell time", async ({ page, browser }) => {
  // IPv4: the home page, then /disclaimer, visible for over a second before it is hidden (the
  // beacon). Hidden by hand: headless Chromium never hides a page, and beacons sent while a
  // page unloads carry its real user agent (HeadlessChrome, a crawler) instead of the context's.
  await page.goto(`${IPV4}/`);
  await page.goto(`${IPV4}/disclaimer`);
  await page.waitForTimeout(1_500);
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await page.goto(`${IPV4}/contact`);
  // IPv6, another browser context (another visitor), in elder mode.
  const other = await browser.newContext({ userAgent: await page.evaluate(() => navigator.userAgent) });
  const ipv6 = await other.newPage();
  expect((await ipv6.goto(`${IPV6}/privacy`))?.status()).toBe(200);
  await ipv6.goto(`${IPV6}/mode/elder`);
  await expect(ipv6.locator(".elder")).toHaveCount(1);
  await other.close();

  await page.goto("/admin/stats");
  await logIn(page);
  await expect(page).toHaveURL("/admin/stats");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("流量统计");
  // The batch is written within a moment; reload until it is there.
  const pages = page.getByRole("table", { name: "热门页面", exact: true });
  await expect(async () => {
    await page.reload();
    for (const path of ["/disclaimer", "/contact", "/privacy"]) await expect(pages.getByRole("row", { name: new RegExp(`^${path} `) })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000 });

  const summary = page.getByTestId("stats-summary");
  expect(Number(await summary.locator('[data-stat="views"] dd').textContent())).toBeGreaterThanOrEqual(5);
  await expect(summary.locator('[data-stat="ipv6"] dd')).not.toHaveText("0.0%");
  await expect(summary.locator('[data-stat="elder"] dd')).not.toHaveText("0.0%");
  await expect(page.getByRole("table", { name: "IPv4 / IPv6", exact: true }).getByRole("row", { name: /^IPv6 / })).toBeVisible();
  await expect(page.getByRole("table", { name: "浏览器", exact: true }).getByRole("row", { name: /^Chrome / })).toBeVisible();
  // The visible time of /disclaimer arrived with the beacon when the page was left.
  const disclaimer = pages.getByRole("row", { name: /^\/disclaimer / });
  await expect(async () => {
    await page.reload();
    await expect(disclaimer.getByRole("cell").last()).toHaveText(/^\d+秒$/, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  // Charts: SVG with a text alternative inside a named figure.
  await expect(page.getByRole("figure", { name: "每日浏览量和访客数" }).getByRole("img")).toHaveAccessibleName(/每日浏览量和访客数柱状图/);

  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);

  // CSV export of the same range.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /导出 CSV/ }).click();
  const file = await (await download).path();
  const { readFileSync } = await import("node:fs");
  const csv = readFileSync(file, "utf8");
  expect(csv).toContain("日期,维度,值,浏览量,访客数");
  expect(csv).toMatch(/,ip,6,\d+,/);
});

test("the date range is checked, with the error beside the form", async ({ page }) => {
  await page.goto("/admin/stats");
  await logIn(page);
  await expect(page).toHaveURL("/admin/stats");
  await page.getByLabel("开始日期").fill("2026-11-29");
  await page.getByLabel("结束日期").fill("2026-11-01");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL("/admin/stats?from=2026-11-29&to=2026-11-01");
  await expect(page.getByRole("alert").filter({ hasText: "开始日期不能晚于结束日期" })).toBeVisible();
  await expect(page.getByLabel("开始日期")).toHaveAttribute("aria-invalid", "true");
});
