import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { listArticles, useElderMode } from "./site";

// 朗读 in elder mode: the page's title and main text go to the browser's speech synthesis in
// Chinese, with 暂停/继续 and 停止, all by keyboard. The browser's synthesis is replaced by a
// recorder (headless Chromium has no voices); a browser without one shows no button.

interface Recorded {
  spoken: { text: string; lang: string }[];
  calls: string[];
}

function recordSpeech(page: Page) {
  return page.addInitScript(() => {
    const recorded: Recorded = { spoken: [], calls: [] };
    (window as unknown as { __speech: Recorded }).__speech = recorded;
    const synth = {
      speak: (utterance: SpeechSynthesisUtterance) => recorded.spoken.push({ text: utterance.text, lang: utterance.lang }),
      pause: () => recorded.calls.push("pause"),
      resume: () => recorded.calls.push("resume"),
      cancel: () => recorded.calls.push("cancel"),
      getVoices: () => [],
      speaking: false,
      paused: false,
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  });
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __speech: Recorded }).__speech);

test("an elder article is read aloud in Chinese, paused, resumed and stopped by keyboard", async ({ page, context, baseURL, request }) => {
  await useElderMode(context, baseURL);
  await recordSpeech(page);
  const [article] = await listArticles(request, "/category/yaowen");
  await page.goto(article!.path);
  await expect(page.locator(".elder")).toHaveCount(1);

  const read = page.getByRole("button", { name: "朗读", exact: true });
  const pause = page.getByRole("button", { name: "暂停", exact: true });
  const stop = page.getByRole("button", { name: "停止", exact: true });
  await expect(pause).toBeDisabled();
  await read.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "正在朗读" })).toBeVisible();

  const { spoken } = await recorded(page);
  expect(spoken.length).toBeGreaterThan(0);
  expect(spoken.every((utterance) => utterance.lang === "zh-CN")).toBe(true);
  const text = spoken.map((utterance) => utterance.text).join("");
  expect(text.startsWith(article!.title)).toBe(true);
  const firstParagraph = (await page.locator(".prose-gov p").first().innerText()).trim().slice(0, 20);
  expect(text).toContain(firstParagraph);
  expect(text).not.toContain("上一篇");

  await pause.focus();
  await page.keyboard.press("Enter");
  const resume = page.getByRole("button", { name: "继续", exact: true });
  await expect(resume).toBeFocused();
  await page.keyboard.press("Space");
  await expect(pause).toBeFocused();
  await stop.focus();
  await page.keyboard.press("Enter");
  await expect(pause).toBeDisabled();
  expect((await recorded(page)).calls).toEqual(["cancel", "pause", "resume", "cancel"]);
});

test("static pages in elder mode have 朗读; standard pages and browsers without speech do not", async ({ page, context, baseURL, browser }) => {
  await useElderMode(context, baseURL);
  await recordSpeech(page);
  await page.goto("/about");
  await page.getByRole("button", { name: "朗读", exact: true }).click();
  expect((await recorded(page)).spoken.map((utterance) => utterance.text).join("")).toContain("网站简介");

  const standard = await browser.newPage();
  await standard.goto(`${baseURL}/about`);
  await expect(standard.getByRole("heading", { level: 1 })).toHaveText("网站简介");
  await expect(standard.getByRole("button", { name: "朗读" })).toHaveCount(0);
  await standard.close();

  const without = await context.newPage();
  await without.addInitScript(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
  });
  await without.goto("/about");
  await expect(without.locator(".elder")).toHaveCount(1);
  expect(await without.evaluate(() => "speechSynthesis" in window)).toBe(false);
  // Hydration is done once a client-side interaction works; give it a moment, then check.
  await without.waitForLoadState("networkidle");
  await expect(without.getByRole("button", { name: "朗读" })).toHaveCount(0);
  await without.close();
});
