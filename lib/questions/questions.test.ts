import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { makeResident } from "@/test/accounts";
import { makeStaff } from "@/test/staff";

const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

const { askSchema, LIMIT_MESSAGE, QUESTIONS_PER_DAY, parsePublicFilter } = await import("./fields");
const { askQuestion, myQuestions, similarQuestions } = await import("./ask");
const { publishQuestion, rejectQuestion, withdrawQuestion, questionModerationQueue } = await import("./moderation");
const { answerQuestion, getQuestionForStaff, listQuestionsForStaff, questionQueueCounts, questionsDueForDigest, reassignQuestion } = await import("./staff");
const { getPublicQuestion, listPublicQuestions, listPublicFaq, departmentFaq } = await import("./public");
const { createFaqEntry, promoteQuestion, removeFaqEntry } = await import("./faq");
const { searchSite } = await import("@/lib/search/search");
const { exportAccount, eraseAccount } = await import("@/lib/accounts/accounts");
await import("@/lib/accounts/sources");

const ip = "198.51.100.9";
let education: number;
let transport: number;
let themeId: number;
let reasonId: number;
let resident: Awaited<ReturnType<typeof makeResident>>;
let moderator: Awaited<ReturnType<typeof makeStaff>>;
let educationHandler: Awaited<ReturnType<typeof makeStaff>>;
let transportHandler: Awaited<ReturnType<typeof makeStaff>>;
let admin: Awaited<ReturnType<typeof makeStaff>>;
let editor: Awaited<ReturnType<typeof makeStaff>>;

let keyCounter = 0;
const key = () => `test-key-${String(++keyCounter).padStart(8, "0")}`;
const ask = (overrides: Record<string, string | undefined> = {}) =>
  askSchema.parse({ departmentId: String(education), themeId: String(themeId), title: "幼儿园入园报名时间是什么时候", content: "请问今年秋季幼儿园入园报名从哪天开始？", publicConsent: "on", submissionKey: key(), ...overrides });

// A Friday noon in China (2026-12-04 12:00 +08:00): 5 working days later is the end of Friday 2026-12-11.
const friday = new Date("2026-12-04T04:00:00Z");

// Each helper question is asked on a day of its own in 2025, so the daily limit never interferes.
let askDay = 0;
async function asked(overrides: Record<string, string | undefined> = {}) {
  const result = await askQuestion(resident, ask(overrides), new Date(Date.UTC(2025, 0, 1) + ++askDay * 2 * 86_400_000));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.id;
}

async function published(overrides: Record<string, string | undefined> = {}, now = friday) {
  const id = await asked(overrides);
  expect(await publishQuestion(moderator, id, ip, now)).toEqual({ ok: true });
  return id;
}

beforeAll(async () => {
  education = (await db.department.create({ data: { name: "州教育局", sortOrder: 1 }, select: { id: true } })).id;
  transport = (await db.department.create({ data: { name: "州交通运输局", sortOrder: 2 }, select: { id: true } })).id;
  themeId = (await db.questionTheme.findFirstOrThrow({ where: { name: "教育" }, select: { id: true } })).id;
  reasonId = (await db.moderationReason.create({ data: { text: "与政务无关" }, select: { id: true } })).id;
  resident = await makeResident({ name: "王小明" });
  moderator = await makeStaff("moderator");
  educationHandler = await makeStaff("handler");
  transportHandler = await makeStaff("handler");
  admin = await makeStaff("admin");
  editor = await makeStaff("editor");
  await db.departmentMember.create({ data: { departmentId: education, userId: educationHandler.id } });
  await db.departmentMember.create({ data: { departmentId: transport, userId: transportHandler.id } });
});

describe("asking", () => {
  it("validates: title up to 50, content 10 to 1000, consent on by default in the form", () => {
    expect(askSchema.safeParse({ ...ask(), departmentId: String(education), title: "字".repeat(51) }).error?.issues[0]?.message).toBe("标题不能超过 50 个字");
    expect(askSchema.safeParse({ departmentId: "1", themeId: "1", title: "标题", content: "太短", submissionKey: key() }).error?.issues[0]?.message).toBe("内容不能少于 10 个字");
    expect(askSchema.safeParse({ departmentId: "1", themeId: "1", title: "标题", content: "字".repeat(1001), submissionKey: key() }).success).toBe(false);
    expect(askSchema.safeParse({ departmentId: "1", themeId: "1", title: "标题", content: "字".repeat(20), submissionKey: "short" }).success).toBe(false);
    expect(askSchema.parse({ departmentId: "1", themeId: "1", title: "标题", content: "字".repeat(20), submissionKey: key() }).publicConsent).toBe(false);
  });

  it("stores a pending question with the masked name; an unknown department or theme changes nothing", async () => {
    const id = await asked();
    const row = await db.question.findUniqueOrThrow({ where: { id }, select: { state: true, maskedName: true, askerId: true, dueAt: true } });
    expect(row).toEqual({ state: "pending", maskedName: "王**", askerId: resident.id, dueAt: null });
    const before = await db.question.count();
    expect(await askQuestion(resident, ask({ departmentId: "999999" }))).toEqual({ ok: false, fieldErrors: { departmentId: ["请选择咨询部门"] } });
    expect(await askQuestion(resident, ask({ themeId: "999999" }))).toEqual({ ok: false, fieldErrors: { themeId: ["请选择主题"] } });
    expect(await db.question.count()).toBe(before);
    expect(await getPublicQuestion(id)).toBeNull();
  });

  it("a repeated submission of the same form stores one question", async () => {
    const input = ask();
    const results = await Promise.all([askQuestion(resident, input), askQuestion(resident, input), askQuestion(resident, input)]);
    const ids = new Set(results.map((result) => (result.ok ? result.id : 0)));
    expect(ids.size).toBe(1);
    expect(await db.question.count({ where: { submissionKey: input.submissionKey } })).toBe(1);
  });

  it(`at most ${QUESTIONS_PER_DAY} questions per resident in 24 hours, exact under concurrency`, async () => {
    const other = await makeResident({ name: "李四" });
    const now = new Date("2026-11-01T02:00:00Z");
    const results = await Promise.all(Array.from({ length: QUESTIONS_PER_DAY + 3 }, () => askQuestion(other, ask(), now)));
    expect(results.filter((result) => result.ok)).toHaveLength(QUESTIONS_PER_DAY);
    expect(results.filter((result) => !result.ok)).toEqual(Array.from({ length: 3 }, () => ({ ok: false, fieldErrors: {}, formError: LIMIT_MESSAGE })));
    const nextDay = new Date(now.getTime() + 86_400_001);
    expect((await askQuestion(other, ask(), nextDay)).ok).toBe(true);
  });
});

describe("moderation and due dates", () => {
  it("publishing sets the due date 5 working days later on the calendar, skipping holidays", async () => {
    const id = await published();
    const row = await db.question.findUniqueOrThrow({ where: { id }, select: { state: true, dueAt: true } });
    expect(row.state).toBe("open");
    expect(row.dueAt?.toISOString()).toBe("2026-12-11T15:59:59.999Z");
    await db.workCalendarDay.create({ data: { date: "2026-12-07", isWorkday: false, name: "测试假日" } });
    const later = await published();
    expect((await db.question.findUniqueOrThrow({ where: { id: later }, select: { dueAt: true } })).dueAt?.toISOString()).toBe("2026-12-14T15:59:59.999Z");
    await db.workCalendarDay.delete({ where: { date: "2026-12-07" } });
    // 待回复 is on the public board; a second decision changes nothing.
    expect((await getPublicQuestion(id))?.state).toBe("open");
    expect(await publishQuestion(moderator, id, ip)).toMatchObject({ ok: false });
    expect(await db.auditEntry.count({ where: { action: "question.publish", targetId: String(id) } })).toBe(1);
  });

  it("rejects with a template reason the asker sees; only moderators decide", async () => {
    const id = await asked({ title: "与政务无关的提问" });
    await expect(publishQuestion(educationHandler, id, ip)).rejects.toThrow();
    expect(await rejectQuestion(moderator, { questionId: id, reasonId, note: "请咨询相关企业" }, ip)).toEqual({ ok: true });
    const mine = (await myQuestions(resident)).find((question) => question.id === id);
    expect(mine).toMatchObject({ state: "rejected", rejectionReason: "与政务无关（请咨询相关企业）" });
    expect(await getPublicQuestion(id)).toBeNull();
    const queue = await questionModerationQueue();
    expect(queue.pending.some((question) => question.id === id)).toBe(false);
    expect(queue.recent.find((question) => question.id === id)?.maskedName).toBe("王**");
  });
});

describe("scoping and answering", () => {
  it("a handler sees and answers only their departments' published questions (list and direct id)", async () => {
    const id = await published({ title: "校车路线怎么查询" });
    const pending = await asked({ title: "还没审核的问题" });
    const listed = async (actor: typeof educationHandler) => (await listQuestionsForStaff(actor, { queue: null, departmentId: null, page: 1 })).questions.map((question) => question.id);
    expect(await listed(educationHandler)).toContain(id);
    expect(await listed(educationHandler)).not.toContain(pending);
    expect(await listed(transportHandler)).not.toContain(id);
    expect(await getQuestionForStaff(transportHandler, id)).toBeNull();
    expect(await getQuestionForStaff(educationHandler, pending)).toBeNull();
    expect(await getQuestionForStaff(editor, id)).toBeNull();
    expect(await answerQuestion(transportHandler, { questionId: id, answer: "不是本部门的答复" }, ip)).toMatchObject({ ok: false });
    await expect(answerQuestion(moderator, { questionId: id, answer: "审核员不能答复" }, ip)).rejects.toThrow();
    expect((await db.question.findUniqueOrThrow({ where: { id }, select: { state: true } })).state).toBe("open");
    expect(await getQuestionForStaff(admin, pending)).not.toBeNull();
  });

  it("answering: 已回复, in the search as 在线问答, the asker's notice queued with the link", async () => {
    const id = await published({ title: "义务教育阶段转学手续如何办理" });
    const mailsBefore = await db.outboxMail.count({ where: { kind: "question.answered" } });
    expect(await answerQuestion(educationHandler, { questionId: id, answer: "携带户口簿到转入学校办理。" }, ip)).toEqual({ ok: true });
    expect(await answerQuestion(educationHandler, { questionId: id, answer: "第二次" }, ip)).toMatchObject({ ok: false });
    expect(await db.outboxMail.count({ where: { kind: "question.answered" } })).toBe(mailsBefore + 1);
    const mail = await db.outboxMail.findFirstOrThrow({ where: { kind: "question.answered" }, orderBy: { id: "desc" }, select: { to: true, subject: true, body: true } });
    expect(mail.to).toBe(resident.email);
    expect(mail.subject).toContain("义务教育阶段转学手续如何办理");
    expect(mail.body).toContain(`/interaction/questions/${id}`);
    const page = await getPublicQuestion(id);
    expect(page).toMatchObject({ state: "answered", answer: "携带户口簿到转入学校办理。", maskedName: "王**" });
    const found = await searchSite({ q: "转学", truncated: false, type: "question", range: "all", category: null, sort: "relevance", page: 1 });
    expect(found.results.map((result) => result.url)).toEqual([`/interaction/questions/${id}`]);
    expect(found.results[0]?.kindLabel).toBe("在线问答");
    expect((await similarQuestions("孩子转学需要什么手续")).map((question) => question.url)).toContain(`/interaction/questions/${id}`);
    expect(revalidated).toContain(`/std/interaction/questions/${id}`);
    // Withdrawn: off the board and out of the search.
    expect(await withdrawQuestion(moderator, { questionId: id, reasonId, note: "" }, ip)).toEqual({ ok: true });
    expect(await getPublicQuestion(id)).toBeNull();
    expect((await searchSite({ q: "转学", truncated: false, type: "question", range: "all", category: null, sort: "relevance", page: 1 })).total).toBe(0);
  });

  it("a private question is answered and noticed but never public or searchable", async () => {
    const id = await published({ title: "个人社保缴费记录查询", publicConsent: undefined });
    expect(await answerQuestion(educationHandler, { questionId: id, answer: "请登录社保网站查询。" }, ip)).toEqual({ ok: true });
    expect(await getPublicQuestion(id)).toBeNull();
    expect((await searchSite({ q: "社保缴费", truncated: false, type: "question", range: "all", category: null, sort: "relevance", page: 1 })).total).toBe(0);
    const mail = await db.outboxMail.findFirstOrThrow({ where: { kind: "question.answered" }, orderBy: { id: "desc" }, select: { body: true } });
    expect(mail.body).toContain("/account#questions");
  });

  it("queues, counts and the digest follow the scope; admins reassign, audited", async () => {
    const now = new Date("2026-12-15T04:00:00Z");
    const overdue = await published({ title: "逾期未回复的问题" }, new Date("2026-12-01T04:00:00Z"));
    const dueSoon = await published({ title: "即将到期的问题" }, new Date("2026-12-09T04:00:00Z"));
    const counts = await questionQueueCounts(educationHandler, now);
    expect(counts.toModerate).toBe(0);
    expect(counts.overdue).toBeGreaterThanOrEqual(1);
    expect(counts.dueSoon).toBeGreaterThanOrEqual(1);
    expect(await questionQueueCounts(transportHandler, now)).toEqual({ toModerate: 0, toAnswer: 0, overdue: 0, dueSoon: 0 });
    expect((await questionQueueCounts(moderator, now)).toModerate).toBe(await db.question.count({ where: { state: "pending" } }));
    expect((await questionQueueCounts(moderator, now)).toAnswer).toBe(0);
    const overdueList = await listQuestionsForStaff(educationHandler, { queue: "overdue", departmentId: null, page: 1 }, now);
    expect(overdueList.questions.map((question) => question.id)).toContain(overdue);
    expect(overdueList.questions.every((question) => question.deadline === "overdue")).toBe(true);
    const soonList = await listQuestionsForStaff(educationHandler, { queue: "dueSoon", departmentId: null, page: 1 }, now);
    expect(soonList.questions.map((question) => question.id)).toEqual([dueSoon]);
    expect((await listQuestionsForStaff(educationHandler, { queue: "toModerate", departmentId: null, page: 1 }, now)).total).toBe(0);
    const digest = await questionsDueForDigest([education], now);
    expect(digest.find((item) => item.id === overdue)).toMatchObject({ overdue: true, path: `/admin/questions/${overdue}` });
    expect(digest.find((item) => item.id === dueSoon)).toMatchObject({ overdue: false });
    expect(await questionsDueForDigest([transport], now)).toEqual([]);

    await expect(reassignQuestion(educationHandler, { questionId: overdue, departmentId: transport }, ip)).rejects.toThrow();
    expect(await reassignQuestion(admin, { questionId: overdue, departmentId: transport }, ip)).toEqual({ ok: true });
    expect(await getQuestionForStaff(educationHandler, overdue)).toBeNull();
    expect(await getQuestionForStaff(transportHandler, overdue)).not.toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "question.reassign", targetId: String(overdue) }, select: { detail: true, actorId: true } });
    expect(audit).toEqual({ detail: "州教育局 → 州交通运输局", actorId: admin.id });
  });
});

describe("public board and FAQ", () => {
  it("lists 已回复 and 待回复 with filters and masks personal numbers in the text", async () => {
    const id = await published({ title: "电话13912345678能否咨询", content: "我的电话是13912345678，请问能否电话咨询招生政策？" });
    expect(await answerQuestion(educationHandler, { questionId: id, answer: "可以拨打招生办电话。" }, ip)).toEqual({ ok: true });
    const answered = await listPublicQuestions(parsePublicFilter({ department: String(education) }));
    expect(answered.questions.map((question) => question.id)).toContain(id);
    expect(answered.questions.every((question) => question.state === "answered")).toBe(true);
    expect((await listPublicQuestions(parsePublicFilter({ department: String(transport) }))).questions.map((question) => question.id)).not.toContain(id);
    expect((await listPublicQuestions(parsePublicFilter({ state: "open" }))).questions.every((question) => question.state === "open")).toBe(true);
    const page = await getPublicQuestion(id);
    expect(page?.content).not.toContain("13912345678");
    expect(page?.title).not.toContain("13912345678");
    expect(parsePublicFilter({ department: "x", theme: "-1", state: "bogus", page: "99999999999" })).toEqual({ departmentId: null, themeId: null, state: "answered", page: 1 });
  });

  it("staff promote an answered question or write an entry; shown per department", async () => {
    const id = await published({ title: "学籍证明在哪里开具" });
    await answerQuestion(educationHandler, { questionId: id, answer: "在就读学校开具。" }, ip);
    await expect(promoteQuestion(educationHandler, id, ip)).rejects.toThrow();
    const promoted = await promoteQuestion(editor, id, ip);
    expect(promoted.ok).toBe(true);
    const written = await createFaqEntry(admin, { departmentId: transport, themeId, question: "公交卡如何办理", answer: "到公交公司服务网点办理。", sortOrder: 1, published: true }, ip);
    expect(written.ok).toBe(true);
    await createFaqEntry(admin, { departmentId: transport, themeId, question: "未公开的条目", answer: "草稿", sortOrder: 2, published: false }, ip);
    expect((await departmentFaq(education)).map((entry) => entry.question)).toEqual(["学籍证明在哪里开具"]);
    expect((await listPublicFaq({ departmentId: transport, themeId: null })).map((entry) => entry.question)).toEqual(["公交卡如何办理"]);
    expect(await promoteQuestion(editor, await asked(), ip)).toMatchObject({ ok: false });
    if (written.ok) expect(await removeFaqEntry(editor, written.id, ip)).toBe(true);
    expect(await departmentFaq(transport)).toEqual([]);
    expect(await db.auditEntry.count({ where: { action: { in: ["faq.create", "faq.remove"] } } })).toBe(4);
  });
});

describe("account", () => {
  it("export holds the questions; deletion removes private ones and anonymises public ones", async () => {
    const leaving = await makeResident({ name: "赵六" });
    const input = (title: string, consent: string | undefined) => askSchema.parse({ departmentId: String(education), themeId: String(themeId), title, content: "这是一个用于测试注销的问题内容。", publicConsent: consent, submissionKey: key() });
    const pub = await askQuestion(leaving, input("公开的问题", "on"));
    const priv = await askQuestion(leaving, input("不公开的问题", undefined));
    const pend = await askQuestion(leaving, input("待审核的问题", "on"));
    if (!pub.ok || !priv.ok || !pend.ok) throw new Error("ask failed");
    await publishQuestion(moderator, pub.id, ip);
    await publishQuestion(moderator, priv.id, ip);
    const exported = await exportAccount(leaving);
    expect((exported?.submissions.questions as { title: string }[]).map((question) => question.title)).toEqual(["公开的问题", "不公开的问题", "待审核的问题"]);
    const cleanUps = await db.$transaction((tx) => eraseAccount(tx, leaving.id, leaving.email));
    for (const cleanUp of cleanUps) await cleanUp();
    expect(await db.question.findUnique({ where: { id: priv.id }, select: { id: true } })).toBeNull();
    expect(await db.question.findUnique({ where: { id: pend.id }, select: { id: true } })).toBeNull();
    expect(await db.question.findUniqueOrThrow({ where: { id: pub.id }, select: { askerId: true, maskedName: true } })).toEqual({ askerId: null, maskedName: "匿名" });
  });
});
