import { expect, test } from "./fixtures";

// 政务公开: the section from the main navigation, the 文件库's filters and search (with and
// without JavaScript), the information box of a policy document, and the footer's marks.

const HEATING = "昌吉回族自治州人民政府办公室关于印发《昌吉州城镇集中供热管理办法》的通知";

test("政务公开 from the main navigation: 指南, 制度, 主题分类, 年报 and 依申请公开", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "政务公开" }).click();
  await expect(page).toHaveURL("/gk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("政务公开");
  for (const title of ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"]) {
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "昌吉回族自治州人民政府2025年政府信息公开工作年度报告" })).toBeVisible();
  await expect(page.getByRole("link", { name: "在线申请" })).toHaveAttribute("href", "/gk/ysq/apply");
  await expect(page.getByRole("link", { name: "申请查询" })).toHaveAttribute("href", "/gk/ysq/track");

  await page.getByRole("list", { name: "按主题分类" }).getByRole("link", { name: "城乡建设、环境保护" }).click();
  await expect(page).toHaveURL(/\/gk\/wjk\?topic=/);
  await expect(page.getByLabel("主题分类")).toHaveValue("城乡建设、环境保护");
  const items = page.getByRole("list", { name: "文件列表" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.getByText("主题分类：城乡建设、环境保护")).toHaveCount(2);

  await page.goto("/gk");
  await page.getByRole("link", { name: "昌吉回族自治州人民政府2025年政府信息公开工作年度报告" }).click();
  await expect(page).toHaveURL(/\/article\/\d+$/, { timeout: 15_000 });
  await expect(page.getByRole("navigation", { name: "当前位置" }).getByRole("link", { name: "政务公开" })).toHaveAttribute("href", "/gk");
});

test("文件库: filter by 效力, search by 文号, and the document's information box", async ({ page }) => {
  await page.goto("/gk/wjk");
  const status = page.getByRole("status");
  const total = Number((await status.textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThanOrEqual(14);

  await page.getByLabel("效力").selectOption({ label: "已废止" });
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page).toHaveURL(/validity=repealed/);
  const items = page.getByRole("list", { name: "文件列表" }).getByRole("listitem");
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText("效力：【已废止】");

  await page.getByRole("link", { name: "清除条件" }).click();
  await expect(page).toHaveURL("/gk/wjk");
  await expect(page.getByLabel("效力")).toHaveValue("");
  await page.getByLabel("标题或文号").fill("昌州政办发〔2025〕8号");
  await page.getByRole("button", { name: "检索" }).click();
  await expect(status).toHaveText("共 1 件");
  await items.first().getByRole("link", { name: HEATING }).click();

  const box = page.getByRole("region", { name: "文件信息" });
  const value = (term: RegExp) => box.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");
  await expect(value(/^索\s*引\s*号$/)).toHaveText("116523000100000026/2025-00008");
  await expect(value(/^主题分类$/)).toHaveText("城乡建设、环境保护");
  await expect(value(/^发文机关$/)).toHaveText("昌吉回族自治州人民政府办公室");
  await expect(value(/^成文日期$/)).toHaveText("2025-06-30");
  await expect(value(/^文\s*号$/)).toHaveText("昌州政办发〔2025〕8号");
  await expect(value(/^发布日期$/)).toHaveText("2025-07-02");
  await expect(value(/^效\s*力$/)).toHaveText("已修改");
});

test("the footer carries 网站标识码, ICP备案号 and 公安机关备案号 as links", async ({ page }) => {
  await page.goto("/gk");
  const marks = page.getByRole("contentinfo").getByRole("list", { name: "网站备案信息" });
  await expect(marks.getByRole("link", { name: "6523000001" })).toHaveAttribute("href", "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6523000001");
  await expect(marks.getByRole("link", { name: "新ICP备05001234号-1" })).toHaveAttribute("href", "https://beian.miit.gov.cn/");
  await expect(marks.getByRole("link", { name: "新公网安备65230102000123号" })).toHaveAttribute("href", "https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=65230102000123");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("文件库 filters by 发文机关 and year with the GET form, and pages keep the filter", async ({ page }) => {
    await page.goto("/gk");
    await page.getByRole("link", { name: "文件库" }).first().click();
    await expect(page).toHaveURL("/gk/wjk");
    await page.getByLabel("发文机关").selectOption("昌吉回族自治州人民政府办公室");
    await page.getByLabel("成文年份").selectOption("2025");
    await page.getByRole("button", { name: "检索" }).click();
    await expect(page).toHaveURL(/issuer=.*&year=2025/);
    await expect(page.getByRole("status")).toHaveText("共 3 件");
    await expect(page.getByRole("list", { name: "文件列表" }).getByRole("link", { name: HEATING })).toBeVisible();
    await expect(page.getByLabel("发文机关")).toHaveValue("昌吉回族自治州人民政府办公室");

    await page.getByLabel("标题或文号").fill("没有这样的文件");
    await page.getByRole("button", { name: "检索" }).click();
    await expect(page.getByRole("status")).toHaveText("共 0 件");
    await expect(page.getByText("没有符合条件的文件")).toBeVisible();
  });
});
