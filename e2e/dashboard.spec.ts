import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { addWorkingDays, loadCalendarExceptions } from "@/lib/mailbox/calendar";
import { DUE_SOON_WORKING_DAYS } from "@/lib/mailbox/staff";
import { e2eDatabase } from "@/test/e2e-database";
import { expect, test } from "./fixtures";
import { DEMO, logIn } from "./session";

// The staff to-do dashboard (/admin) on the demo database: each role sees its own queues with
// the counts the database holds (read before and after the page, since other specs run beside
// this one), each a link to the filtered list; and a resident's letter puts its receipt (the
// letter.received notice with the 信件编号) in /admin/outbox.

const axe = async (page: Page, include = "body") => (await new AxeBuilder({ page }).include(include).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations;

type Db = ReturnType<typeof e2eDatabase>;
type Counts = Record<string, (client: Db) => Promise<number>>;
const OPEN = { in: ["accepted", "processing"] };

async function handlerDepartments(client: Db): Promise<number[]> {
  const handler = await client.user.findUniqueOrThrow({ where: { email: DEMO.handler.email }, select: { departments: { select: { departmentId: true } } } });
  return handler.departments.map((member) => member.departmentId);
}
async function soonLimit(client: Db) {
  return addWorkingDays(new Date(), DUE_SOON_WORKING_DAYS, await loadCalendarExceptions(client));
}

const adminCounts: Counts = {
  "letters.submitted": (client) => client.letter.count({ where: { status: "submitted" } }),
  "letters.overdue": (client) => client.letter.count({ where: { status: OPEN, dueAt: { lt: new Date() } } }),
  "comments.pending": (client) => client.comment.count({ where: { status: "pending" } }),
  "ysq.submitted": (client) => client.infoRequest.count({ where: { status: "submitted" } }),
};
const handlerCounts: Counts = {
  "letters.processing": async (client) => client.letter.count({ where: { status: "processing", departmentId: { in: await handlerDepartments(client) } } }),
  "letters.overdue": async (client) => client.letter.count({ where: { status: OPEN, dueAt: { lt: new Date() }, departmentId: { in: await handlerDepartments(client) } } }),
  "letters.soon": async (client) =>
    client.letter.count({ where: { status: OPEN, dueAt: { gte: new Date(), lte: await soonLimit(client) }, departmentId: { in: await handlerDepartments(client) } } }),
};
const moderatorCounts: Counts = {
  "comments.pending": (client) => client.comment.count({ where: { status: "pending" } }),
  "ratings.pending": (client) => client.evaluationVote.count({ where: { commentStatus: "pending" } }),
};

async function readAll(counts: Counts): Promise<Record<string, number>> {
  const client = e2eDatabase();
  try {
    return Object.fromEntries(await Promise.all(Object.entries(counts).map(async ([key, count]) => [key, await count(client)] as const)));
  } finally {
    await client.$disconnect();
  }
}

/** Signs in as `account` in a fresh context and checks each queue's count on /admin against the database. */
async function dashboardOf(browser: Browser, account: { email: string; password: string }, counts: Counts): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const before = await readAll(counts);
  await logIn(page, account, "/admin");
  await expect(page).toHaveURL("/admin");
  const after = await readAll(counts);
  for (const key of Object.keys(counts)) {
    const shown = Number(await page.getByTestId(`queue-${key}`).getAttribute("data-count"));
    expect([key, shown]).toEqual([key, expect.any(Number)]);
    expect(shown, key).toBeGreaterThanOrEqual(Math.min(before[key]!, after[key]!));
    expect(shown, key).toBeLessThanOrEqual(Math.max(before[key]!, after[key]!));
  }
  return page;
}

test("the dashboard shows each role what waits for it, with the counts of the data", async ({ browser }) => {
  const admin = await dashboardOf(browser, DEMO.admin, adminCounts);
  await expect(admin.getByTestId("permissions")).toBeHidden();
  expect(await axe(admin)).toEqual([]);
  await admin.getByTestId("queue-letters.submitted").getByRole("link").click();
  await expect(admin).toHaveURL("/admin/mailbox?status=submitted");

  const handler = await dashboardOf(browser, DEMO.handler, handlerCounts);
  await expect(handler.getByTestId("queue-letters.submitted")).toHaveCount(0);
  await expect(handler.getByTestId("queue-comments.pending")).toHaveCount(0);
  await handler.getByTestId("queue-letters.overdue").getByRole("link").click();
  await expect(handler).toHaveURL("/admin/mailbox?deadline=overdue");

  const moderator = await dashboardOf(browser, DEMO.moderator, moderatorCounts);
  await expect(moderator.getByTestId("queue-letters.overdue")).toHaveCount(0);
  expect(Number(await moderator.getByTestId("queue-comments.pending").getAttribute("data-count"))).toBeGreaterThan(0);
});

test("a resident's letter puts its receipt in the outbox; the resident turns off an optional notice", async ({ page, browser }) => {
  await logIn(page, DEMO.resident, "/mailbox/write");
  await expect(page).toHaveURL("/mailbox/write");
  await page.getByRole("radio", { name: "建议" }).check();
  await page.getByLabel("标题", { exact: true }).fill(`建议增设公共自行车站点 ${Date.now()}`);
  await page.getByLabel("内容", { exact: true }).fill("小区附近没有公共自行车站点，建议在公交站旁增设一处，方便居民短途出行。");
  await page.getByRole("button", { name: "提交信件" }).click();
  await expect(page).toHaveURL(/\/mailbox\/write\/done\?number=/);
  const number = (await page.getByTestId("letter-number").textContent())!.trim();

  await page.goto("/account");
  const accepted = page.getByRole("checkbox", { name: "信件已受理" });
  await expect(accepted).toBeChecked();
  // The notice settings (the rest of /account belongs to other modules' specs).
  expect(await axe(page, "section:has(> #notices)")).toEqual([]);
  await accepted.uncheck();
  await page.getByRole("button", { name: "保存通知设置" }).click();
  await expect(page.getByText("通知设置已保存。")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "信件已受理" })).not.toBeChecked();

  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, DEMO.admin, "/admin/outbox");
  await expect(admin).toHaveURL("/admin/outbox");
  await expect(admin.getByText(`您的来信已收到（信件编号 ${number}）`)).toBeVisible();
});
