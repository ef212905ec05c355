import { expect, test } from "./fixtures";
import { policyByValidity, VALIDITIES } from "./site";

// Policy documents show their information box (索引号, 主题分类, 发文机关, 成文日期, 文号,
// 发布日期, 效力) prominently, above the text, as the rules for government sites require; a
// repealed one says so.

for (const validity of VALIDITIES) {
  test(`policy document with 效力 ${validity}`, async ({ page, request }) => {
    const article = (await policyByValidity(request)).get(validity);
    expect(article, `a policy document that is ${validity} in the demo content`).toBeDefined();
    if (!article) return;
    await page.goto(article.path);

    const notice = page.getByRole("region", { name: "文件信息" });
    await expect(notice).toBeVisible();
    const terms = notice.locator("dt");
    await expect(terms).toHaveText([/^索\s*引\s*号$/, "主题分类", "发文机关", "成文日期", /^文\s*号$/, "发布日期", /^效\s*力$/]);
    const values = notice.locator("dd");
    await expect(values.nth(0)).toHaveText(/^[0-9A-Z]{18}\/\d{4}-\d{5}$/);
    await expect(values.nth(3)).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
    await expect(values.nth(4)).toHaveText(article.docNumber ?? "");
    const value = values.nth(6);
    await expect(value).toHaveText(validity);

    // Prominent: above the text, within the first screen, bold and framed.
    const [noticeBox, bodyBox] = await Promise.all([notice.boundingBox(), page.locator(".prose-gov").boundingBox()]);
    expect(noticeBox && bodyBox && noticeBox.y + noticeBox.height <= bodyBox.y).toBe(true);
    expect(noticeBox!.y + noticeBox!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    expect(Number(await value.evaluate((el) => getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(700);
    expect(await notice.evaluate((el) => parseFloat(getComputedStyle(el).borderTopWidth))).toBeGreaterThanOrEqual(2);

    const repealedNotice = notice.getByText("本文件已废止，仅供查阅，不再作为执行依据。");
    if (validity === "已废止") await expect(repealedNotice).toBeVisible();
    else await expect(repealedNotice).toHaveCount(0);
  });
}

test("articles outside the policy categories have no 文件信息", async ({ page }) => {
  await page.goto("/category/yaowen");
  await page.locator("main ul li a[href^='/article/']").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "文件信息" })).toHaveCount(0);
});
