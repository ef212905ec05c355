import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, logIn } from "./session";

// 依申请公开 (issue 12) through the browser, on the demo database. The applicant has no
// account and no JavaScript (the forms are plain posts): apply -> the 信息公开专员 registers the
// request and asks for 补正 -> the applicant tracks it, sees the 补正 and answers it -> the
// admin replies 予以公开 with a file -> the applicant sees the answer and downloads the file. The
// 信息公开专员 enters a request received by letter; the demo resident finds their request on
// /account and opens it without the 查询码. A role without the permission cannot open /admin/ysq.

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const description = `请公开昌吉市2025年老旧小区改造项目资金安排情况${run}`;
const correction = "请写明所需信息涉及的小区名称。";
const answer = "绿洲小区（延安北路）。";
const reply = `所需信息为2025年老旧小区改造资金安排表，现予以公开，见下文。${run}`;
const replyPdf = Buffer.from(`%PDF-1.4\n% 2025 年老旧小区改造资金安排表 ${run}\n`);

async function applicantPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ javaScriptEnabled: false })).newPage();
}

async function track(page: Page, number: string, code: string) {
  await page.goto("/gk/ysq/track");
  await page.getByLabel("申请编号").fill(number);
  await page.getByLabel("查询码").fill(code);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByRole("heading", { name: "查询结果" })).toBeVisible();
}

async function staffOnRequest(browser: Browser, account: { email: string; password: string }, number: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, account, "/admin/ysq");
  await expect(page).toHaveURL("/admin/ysq");
  await page.getByLabel("申请编号").fill(number);
  await page.getByRole("button", { name: "筛选" }).click();
  await page.getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`政府信息公开申请 ${number}`);
  return page;
}

test("an anonymous request: registered, 补正 asked and answered on the tracking page, answered 予以公开", async ({ browser }) => {
  test.setTimeout(180_000);
  const applicant = await applicantPage(browser);

  // The form refuses a wrong ID check digit and keeps what was typed (but not the ID number).
  await applicant.goto("/gk/ysq/apply");
  await expect(applicant.getByRole("radio", { name: "公民" })).toBeChecked();
  await applicant.getByLabel("姓名").fill("王小明");
  await applicant.getByLabel("证件号码").fill("110105194912310021");
  await applicant.getByLabel("联系电话").fill("13987654321");
  await applicant.getByLabel("电子邮箱").fill(`ysq-${run}@example.com`);
  await applicant.getByLabel("通信地址").fill("昌吉市延安北路 1 号");
  await applicant.getByLabel("所需信息内容描述").fill(description);
  await applicant.getByLabel(/本人（本单位）声明/).check();
  await applicant.getByRole("button", { name: "提交申请" }).click();
  await expect(applicant.getByRole("alert")).toContainText("身份证号码校验位不正确");
  await expect(applicant.getByLabel("所需信息内容描述")).toHaveValue(description);
  await applicant.getByLabel("证件号码").fill("11010519491231002X");
  await applicant.getByLabel(/本人（本单位）声明/).check();
  await applicant.getByRole("button", { name: "提交申请" }).click();
  await expect(applicant).toHaveURL(/\/gk\/ysq\/apply\/done\?number=YSQ/);
  const number = (await applicant.getByTestId("ysq-number").textContent())!.trim();
  const code = (await applicant.getByTestId("ysq-code").textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{12}$/);

  // A wrong code: 未找到, as for a number that does not exist.
  await applicant.goto("/gk/ysq/track");
  await applicant.getByLabel("申请编号").fill(number);
  await applicant.getByLabel("查询码").fill("AAAAAAAAAAAA");
  await applicant.getByRole("button", { name: "查询" }).click();
  await expect(applicant.getByRole("alert")).toContainText("未找到");

  // The 信息公开专员 registers it (ID number masked) and asks for 补正.
  const officer = await staffOnRequest(browser, DEMO.disclosure, number);
  await expect(officer.getByText("110105********002X")).toBeVisible();
  await expect(officer.getByText("11010519491231002X")).toHaveCount(0);
  await officer.getByRole("button", { name: /^登记/ }).click();
  await expect(officer.getByRole("status").filter({ hasText: "申请已登记" })).toBeVisible();
  await expect(officer.getByTestId("ysq-status")).toContainText("办理中");
  await officer.getByLabel("补正告知（申请人可见）").fill(correction);
  await officer.getByRole("button", { name: "发出补正告知" }).click();
  await expect(officer.getByTestId("ysq-status")).toContainText("待补正");

  // The applicant sees the 补正 and answers it.
  await track(applicant, number, code);
  await expect(applicant.getByTestId("ysq-status")).toHaveText("待补正");
  await expect(applicant.getByTestId("ysq-correction")).toContainText(correction);
  await applicant.getByLabel("补正内容").fill(answer);
  await applicant.getByRole("button", { name: "提交补正" }).click();
  await expect(applicant.getByText("补正已提交，答复期限恢复计算。")).toBeVisible();
  await expect(applicant.getByTestId("ysq-status")).toHaveText("办理中");

  // The admin replies 予以公开.
  const admin = await staffOnRequest(browser, DEMO.admin, number);
  await expect(admin.getByTestId("ysq-correction-answer")).toContainText(answer);
  await admin.getByRole("radio", { name: "予以公开" }).check();
  await admin.getByLabel("答复依据").fill("《中华人民共和国政府信息公开条例》第三十六条第（二）项");
  await admin.getByLabel(/^答复内容/).fill(reply);
  await admin.getByLabel(/^答复附件/).setInputFiles({ name: "资金安排表.pdf", mimeType: "application/pdf", buffer: replyPdf });
  await admin.getByRole("button", { name: "提交答复" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "答复已提交" })).toBeVisible();
  await expect(admin.getByTestId("ysq-reply-files")).toContainText("资金安排表.pdf");

  // The applicant sees the answer.
  await track(applicant, number, code);
  await expect(applicant.getByTestId("ysq-status")).toHaveText("已答复");
  await expect(applicant.getByTestId("ysq-reply")).toContainText("答复结果：予以公开");
  await expect(applicant.getByTestId("ysq-reply")).toContainText(reply);
  const downloading = applicant.waitForEvent("download");
  await applicant.getByRole("button", { name: /^下载 资金安排表\.pdf/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("资金安排表.pdf");
  expect(await readFile((await download.path())!)).toEqual(replyPdf);
});

test("staff enter a request received by letter; the resident opens their own request from /account without the code", async ({ browser }) => {
  const officer = await (await browser.newContext()).newPage();
  await logIn(officer, DEMO.disclosure, "/admin/ysq/new");
  await expect(officer).toHaveURL("/admin/ysq/new");
  await officer.getByRole("radio", { name: "信函申请" }).check();
  await officer.getByLabel("姓名").fill("赵六");
  await officer.getByLabel("证件号码").fill("11010519491231002X");
  await officer.getByLabel("联系电话").fill("0994-2345678");
  await officer.getByLabel("通信地址").fill("昌吉市北京南路 2 号");
  await officer.getByLabel("所需信息内容描述").fill(`<b>信函</b>申请公开本市2025年道路维修计划${run}`);
  await officer.getByRole("radio", { name: "邮寄纸质" }).check();
  await officer.getByRole("button", { name: "登记申请" }).click();
  await expect(officer.getByRole("alert").filter({ hasText: "请确认申请人已签署声明" })).toBeVisible();
  await officer.getByLabel("证件号码").fill("11010519491231002X");
  await officer.getByLabel(/申请人已在申请表上签署声明/).check();
  await officer.getByRole("button", { name: "登记申请" }).click();
  await expect(officer.getByTestId("ysq-entered")).toContainText("申请已登记");
  await expect(officer.getByTestId("ysq-entered-code")).toHaveText(/^[2-9A-Z]{12}$/);
  await officer.getByRole("link", { name: "打开该申请" }).click();
  await expect(officer.getByTestId("ysq-status")).toContainText("办理中");
  await expect(officer.getByText("信函申请", { exact: true })).toBeVisible();
  await expect(officer.getByText(`<b>信函</b>申请公开本市2025年道路维修计划${run}`)).toBeVisible();

  const resident = await (await browser.newContext()).newPage();
  await logIn(resident, DEMO.resident, "/account");
  const mine = resident.getByTestId("my-info-requests");
  await expect(mine).toContainText("已答复（予以公开）");
  await mine.getByRole("link", { name: /^YSQ/ }).first().click();
  await expect(resident).toHaveURL(/\/gk\/ysq\/track\?number=YSQ/);
  await expect(resident.getByRole("heading", { name: /^我的申请 YSQ/ })).toBeVisible();
  await expect(resident.getByTestId("ysq-reply")).toContainText("答复结果：予以公开");
});

test("an editor cannot open /admin/ysq, nor sees it in the menu", async ({ page, allowConsoleError }) => {
  allowConsoleError(/status of 403/);
  await logIn(page, DEMO.editor, "/admin");
  await expect(page).toHaveURL("/admin");
  await expect(page.getByRole("navigation", { name: "管理后台导航" }).getByRole("link", { name: "依申请公开" })).toHaveCount(0);
  const response = await page.goto("/admin/ysq");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("无权访问");
});
