import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, logIn } from "./session";
import { useElderMode } from "./site";

// 在线服务 (issue 12, part 1) on the demo database: a reader finds a guide by 个人服务 / theme
// and by name, with and without JavaScript, in both modes; the guide shows every field, prints
// without the site's chrome and links to 在线办理 and to reporting an error; an editor creates
// and publishes a guide and it is on the cached public pages at once.

async function browseToGuide(page: Page) {
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "在线服务" }).click();
  await expect(page).toHaveURL("/services");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("在线服务");
  await page.getByRole("navigation", { name: "按主题" }).getByRole("link", { name: /^户籍办理/ }).click();
  await expect(page).toHaveURL("/services/theme/huji");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("户籍办理");
  await page.getByTestId("guide-list").getByRole("link", { name: "居民身份证换领" }).click();
  await expect(page).toHaveURL(/\/services\/[0-9A-Z]{18}-QR-\d{4}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("居民身份证换领");
}

async function expectEveryField(page: Page) {
  for (const heading of ["基本信息", "办理条件", "申请材料", "办理流程", "常见问题"]) await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  const basics = page.getByRole("table", { name: "基本信息" });
  for (const label of ["事项编码", "事项类型", "实施主体", "服务对象", "法定时限", "承诺时限", "收费标准", "办理地点", "办理时间", "咨询电话", "监督投诉电话", "到现场次数"]) {
    await expect(basics.getByRole("rowheader", { name: label, exact: true })).toBeVisible();
  }
  await expect(basics).toContainText("州公安局");
  await expect(basics).toContainText("工本费 20 元");
  await expect(page.getByRole("table", { name: "申请材料" }).getByRole("row")).toHaveCount(4);
  await expect(page.getByRole("link", { name: /在线办理/ })).toHaveAttribute("href", /^https:\/\/zwfw\.xinjiang\.gov\.cn\//);
  await expect(page.getByRole("link", { name: "州长信箱", exact: true })).toHaveAttribute("href", "/mailbox/write");
}

test("browse 在线服务 by theme to a guide with every field, and print it without the site's chrome", async ({ page }) => {
  await browseToGuide(page);
  await expectEveryField(page);
  await expect(page.getByRole("button", { name: "打印本页" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeHidden();
  await expect(page.locator("footer")).toBeHidden();
  await expect(page.getByRole("button", { name: "打印本页" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: "申请材料" })).toBeVisible();
});

test("个人服务 / 法人服务, departments and the name search", async ({ page }) => {
  await page.goto("/services");
  await page.getByRole("link", { name: /^法人服务/ }).click();
  await expect(page).toHaveURL("/services/audience/legal");
  await expect(page.getByRole("heading", { level: 2, name: "企业开办" })).toBeVisible();
  await expect(page.getByRole("link", { name: "企业设立登记" })).toBeVisible();
  await expect(page.getByRole("link", { name: "内地居民结婚登记" })).toHaveCount(0);

  // The demo guide with a blank form (空白表格) offers it beside its material.
  await page.getByRole("link", { name: "企业设立登记" }).click();
  const materials = page.getByRole("table", { name: "申请材料" });
  await expect(materials.getByRole("columnheader", { name: "空白表格" })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await materials.getByRole("row", { name: /公司登记（备案）申请书/ }).getByRole("link", { name: /^下载 公司登记（备案）申请书\.pdf/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("公司登记（备案）申请书.pdf");
  expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe("%PDF-");

  await page.goto("/services");
  await page.getByRole("navigation", { name: "按部门" }).getByRole("link", { name: /^州民政局/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("州民政局办事指南");
  await expect(page.getByRole("link", { name: "内地居民结婚登记" })).toBeVisible();

  await page.getByLabel("事项名称或编码").fill("公积金");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(`/services/search?q=${encodeURIComponent("公积金")}`);
  await expect(page.getByRole("status")).toHaveText("共找到 1 项");
  await page.getByRole("link", { name: "住房公积金提取（购房）" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("住房公积金提取（购房）");
});

test("the site search finds guides as 办事指南", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("结婚登记")}&type=service`);
  await expect(page.getByTestId("search-results").getByRole("link", { name: /内地居民结婚登记/ })).toBeVisible();
});

test("an unknown theme or code is the not-found page", async ({ page, allowConsoleError }) => {
  allowConsoleError(/status of 404/);
  expect((await page.goto("/services/theme/nothing"))?.status()).toBe(404);
  expect((await page.goto("/services/NO-SUCH-CODE"))?.status()).toBe(404);
  expect((await page.goto("/services/lower-case"))?.status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const mode of ["standard", "elder"] as const) {
    test(`browse by theme to a guide and search by name (${mode})`, async ({ page, context, baseURL }) => {
      if (mode === "elder") await useElderMode(context, baseURL);
      await browseToGuide(page);
      await expectEveryField(page);
      if (mode === "elder") await expect(page.locator("body > div.elder")).toHaveCount(1);
      // Without JavaScript there is no print button, only the note on how to print.
      await expect(page.getByRole("button", { name: "打印本页" })).toHaveCount(0);
      await expect(page.getByText("也可使用浏览器的打印功能")).toBeVisible();
      await page.goto("/services");
      await page.getByLabel("事项名称或编码").fill("驾驶证");
      await page.getByRole("button", { name: "查找" }).click();
      await expect(page.getByRole("link", { name: "机动车驾驶证期满换证" })).toBeVisible();
    });
  }
});

test("an editor creates, publishes and takes offline a guide; the public pages follow at once", async ({ page, allowConsoleError }) => {
  const code = `E2E${Date.now()}-GG-0001`;
  const name = `老年人优待证补领 ${Date.now()}`;
  // The theme page is cached before the change.
  for (let i = 0; i < 2; i++) {
    await page.goto("/services/theme/jiaotong");
    await expect(page.getByRole("link", { name })).toHaveCount(0);
  }
  await page.goto("/admin/services");
  await logIn(page, DEMO.editor);
  await expect(page).toHaveURL("/admin/services");
  await page.getByRole("link", { name: "新建办事指南" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("新建办事指南");

  await page.getByLabel("事项名称", { exact: true }).fill(name);
  await page.getByLabel("事项编码", { exact: true }).fill(code.toLowerCase());
  await page.getByLabel("事项类型").selectOption({ label: "公共服务" });
  await page.getByLabel("实施主体").selectOption({ label: "州交通运输局" });
  await page.getByLabel("服务对象").selectOption({ label: "个人" });
  await page.getByLabel("主题").selectOption({ label: "交通出行" });
  await page.getByLabel("办理条件").fill("已办理优待证且证件遗失的老年人。");
  await page.getByLabel("申请材料").fill("居民身份证 | 原件 | 1 | 必需\n近期免冠照片 | 扫描件 | 1 | 必需");
  await page.getByLabel("办理流程").fill("窗口申请\n当场补领");
  await page.getByLabel("法定时限（工作日）").fill("5");
  await page.getByLabel("承诺时限（工作日）").fill("0");
  await page.getByLabel("办理地点").fill("州政务服务中心三楼交通窗口");
  await page.getByLabel("办理时间").fill("工作日");
  await page.getByLabel("咨询电话", { exact: true }).fill("0994-2346690");
  await page.getByLabel("监督投诉电话").fill("12345");
  await page.getByLabel("可在线办理").check();
  await page.getByLabel("在线办理地址").fill("http://example.com/");
  await page.getByLabel("到现场次数").fill("1");
  await page.getByRole("button", { name: "保存草稿" }).click();

  const summary = page.getByRole("alert", { name: "提交的信息有误" });
  await expect(summary).toContainText("事项编码只能使用大写字母");
  await expect(summary).toContainText("申请材料第 2 行");
  await expect(summary).toContainText("https://");
  await expect(page.getByLabel("事项名称", { exact: true })).toHaveValue(name);
  await page.getByLabel("事项编码", { exact: true }).fill(code);
  await page.getByLabel("申请材料").fill("居民身份证 | 原件 | 1 | 必需\n近期免冠照片 | 原件 | 1 | 必需 | 1 寸");
  await page.getByLabel("在线办理地址").fill("https://zwfw.xinjiang.gov.cn/xjzwfw/item/test");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page).toHaveURL(/\/admin\/services\/\d+\?saved=1$/);
  await expect(page.getByTestId("guide-status")).toHaveText("草稿");

  await page.getByRole("button", { name: "送审" }).click();
  await expect(page.getByTestId("guide-status")).toHaveText("待审核");
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByText("已发布，网站上立即可见。")).toBeVisible();

  await page.goto("/services/theme/jiaotong");
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(`/services/${code}`);
  await expect(page.getByRole("table", { name: "申请材料" })).toContainText("1 寸");
  await expect(page.getByRole("table", { name: "基本信息" })).toContainText("即办");

  await page.goto("/admin/services");
  await page.getByRole("link", { name }).click();
  await page.getByRole("button", { name: "下线归档" }).click();
  await expect(page.getByTestId("guide-status")).toHaveText("已下线");
  allowConsoleError(/status of 404/);
  expect((await page.goto(`/services/${code}`))?.status()).toBe(404);
  await page.goto("/services/theme/jiaotong");
  await expect(page.getByRole("link", { name })).toHaveCount(0);
});

test("the 办事指南 console pages have no WCAG 2.1 AA violations", async ({ page }) => {
  test.slow();
  await page.goto("/admin/services");
  await logIn(page, DEMO.editor);
  const guide = await page.locator("tbody a").first().getAttribute("href");
  const report: string[] = [];
  for (const path of ["/admin/services", "/admin/services/new", guide!]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    report.push(...violations.map((violation) => `${path}: ${violation.id} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`));
  }
  expect(report).toEqual([]);
});
