import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";

// Keyboard use: the skip link comes first and moves focus to the main content; the focused
// link is always visibly outlined.

async function outline(locator: Locator) {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
  });
}

for (const path of ["/", "/category/tzgg"]) {
  test(`skip link first, then focus moves to main (${path})`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press("Tab");
    const skip = page.locator(":focus");
    await expect(skip).toHaveText("跳到主要内容");
    await expect(skip).toHaveAttribute("href", "#main");
    await expect(skip).toBeInViewport();
    expect((await outline(skip)).style).not.toBe("none");

    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
    // The next Tab continues inside main, not back at the header.
    await page.keyboard.press("Tab");
    expect(await page.locator(":focus").evaluate((el) => !!el.closest("main"))).toBe(true);
  });
}

test("every link focused by keyboard shows an outline", async ({ page }) => {
  await page.goto("/");
  const seen = new Set<string>();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    const tag = await focused.evaluate((el) => el.tagName);
    if (tag !== "A") continue;
    const { style, width } = await outline(focused);
    const label = `${await focused.getAttribute("href")} "${(await focused.textContent())?.trim()}"`;
    expect(style, `outline of ${label}`).not.toBe("none");
    expect(width, `outline width of ${label}`).toBeGreaterThanOrEqual(2);
    seen.add(label);
  }
  expect(seen.size).toBeGreaterThan(10);
});

test("the mode switch is reachable by keyboard", async ({ page }) => {
  await page.goto("/privacy");
  let found = false;
  for (let i = 0; i < 10 && !found; i++) {
    await page.keyboard.press("Tab");
    found = ((await page.locator(":focus").textContent()) ?? "").trim() === "长者版";
  }
  expect(found).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/privacy");
  await expect(page.getByRole("banner").getByRole("link", { name: "返回标准版" })).toBeVisible();
});
