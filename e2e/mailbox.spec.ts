import { expect, test } from "./fixtures";
import { DEMO, logIn, trackLetter } from "./session";

// 州长信箱 from the resident's side: write a letter with an attachment, get the 信件编号 and
// 查询码, track it without login, find it on /account; a wrong code answers 未找到.

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1d8a70000000049454e44ae426082", "hex");

test("/mailbox lists published letters without personal data", async ({ page }) => {
  await page.goto("/mailbox");
  const list = page.getByTestId("published-letters");
  await expect(list.getByRole("link").first()).toBeVisible();
  await list.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/mailbox\/letters\/\d+$/);
  await expect(page.getByRole("heading", { name: "答复内容" })).toBeVisible();
  const text = await page.locator("main").textContent();
  for (const personal of ["演示居民", "13900000000", "resident@demo.gov.cn"]) expect(text).not.toContain(personal);
});

test("a resident writes a letter, tracks it without login and finds it on /account", async ({ page, browser }) => {
  await page.goto("/mailbox");
  await expect(page.getByRole("heading", { level: 1, name: "州长信箱" })).toBeVisible();
  await expect(page.getByTestId("mailbox-statistics")).toBeVisible();
  await page.getByRole("link", { name: "我要写信" }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fmailbox%2Fwrite/);
  await logIn(page, DEMO.resident);
  await expect(page).toHaveURL("/mailbox/write");

  // Contact details come from the profile; bad input is refused with the errors in place.
  await expect(page.getByLabel("电子邮箱", { exact: true })).toHaveValue(DEMO.resident.email);
  await page.getByRole("radio", { name: "举报" }).check();
  await page.getByLabel(/同意公开/).check();
  await page.getByLabel("内容", { exact: true }).fill("太短");
  await page.getByRole("button", { name: "提交信件" }).click();
  const summary = page.getByRole("alert", { name: "提交的信息有误" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("请填写标题");
  await expect(summary).toContainText("内容不能少于 10 个字");
  await expect(summary).toContainText("举报信件不予公开");

  const title = `建议延长社区图书馆开放时间 ${Date.now()}`;
  await page.getByRole("radio", { name: "建议" }).check();
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("内容", { exact: true }).fill("社区图书馆晚上六点闭馆，上班族很难借书，建议周末和晚上延长开放时间。");
  await page.getByLabel("附件（可选）").setInputFiles({ name: "现场照片.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "提交信件" }).click();

  await expect(page).toHaveURL(/\/mailbox\/write\/done\?number=/);
  const number = (await page.getByTestId("letter-number").textContent())!.trim();
  const code = (await page.getByTestId("tracking-code").textContent())!.trim();
  expect(number).toMatch(/^\d{8}-\d{4,}$/);
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
  // A reload shows the same confirmation (the code from the short-lived receipt cookie).
  await page.reload();
  await expect(page.getByTestId("tracking-code")).toHaveText(code);

  // Without login, in a fresh browser context.
  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  await trackLetter(reader, number, code);
  const result = reader.getByRole("region", { name: "查询结果" });
  await expect(result).toContainText(title);
  await expect(result.getByTestId("letter-status")).toHaveText("待受理");
  await expect(result).toContainText("信件已提交，等待受理。");

  await trackLetter(reader, number, "ABCDEFGHJKMN");
  await expect(reader.getByRole("alert", { name: "提交的信息有误" })).toContainText("未找到");
  await expect(reader.getByRole("region", { name: "查询结果" })).toHaveCount(0);
  await anonymous.close();

  await page.goto("/account");
  const mine = page.getByTestId("my-letters").getByRole("listitem").filter({ hasText: number });
  await expect(mine).toContainText(title);
  await expect(mine).toContainText("待受理");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident writes a letter; a file that is not an image or PDF is refused in place", async ({ page }) => {
    await page.goto("/login?next=/mailbox/write");
    await logIn(page, DEMO.resident);
    await expect(page).toHaveURL("/mailbox/write");
    await page.getByRole("radio", { name: "求助" }).check();
    await page.getByLabel("标题", { exact: true }).fill("小区供暖温度不达标");
    await page.getByLabel("内容", { exact: true }).fill("本小区今冬室内温度长期低于 16 度，多次向物业反映未解决，请求协调处理。");
    await page.getByLabel("附件（可选）").setInputFiles({ name: "照片.png", mimeType: "image/png", buffer: Buffer.from("not really a picture") });
    await page.getByRole("button", { name: "提交信件" }).click();
    await expect(page.locator("#attachments-error")).toContainText("不是 JPEG、PNG、GIF、WebP 图片或 PDF 文件");
    await expect(page.getByLabel("标题", { exact: true })).toHaveValue("小区供暖温度不达标"); // typed values kept

    await page.getByLabel("附件（可选）").setInputFiles({ name: "温度记录.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "提交信件" }).click();
    await expect(page).toHaveURL(/\/mailbox\/write\/done\?number=/);
    await expect(page.getByTestId("letter-number")).toHaveText(/^\d{8}-\d{4,}$/);
    await expect(page.getByTestId("tracking-code")).toHaveText(/^[2-9A-HJKMNP-Z]{12}$/);
  });

  test("tracking answers 未找到 for an unknown pair", async ({ page }) => {
    await trackLetter(page, "20200101-0001", "ABCDEFGHJKMN");
    await expect(page.getByRole("alert", { name: "提交的信息有误" })).toContainText("未找到");
  });
});
