import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { deleteAccount, exportAccount } from "@/lib/accounts/accounts";
import { rejectComment } from "@/lib/comments/moderation";
import { acceptLetter, assignLetter, rejectLetter, replyToLetter } from "@/lib/mailbox/workflow";
import { seedWorkCalendar } from "@/prisma/seed";
import { makeResident, PASSWORD } from "@/test/accounts";
import { addMember, makeDepartment, makeLetter } from "@/test/mailbox";
import { submitTestLetter } from "@/test/mailbox-submissions";
import { makeStaff } from "@/test/staff";
import { sendStaffDigests, type DigestSource } from "./digest";
import { preferencesSchema, saveNoticePreferences } from "./preferences";
import { queueNotice } from "./queue";
import { digestTimeOfDay, untilNextDigest } from "./schedule";
import { ensureNoticeTemplates, loadTemplate, renderTemplate, saveTemplate, templateProblems } from "./templates";

// The public pages a moderation decision refreshes are not under test here.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const china = (local: string) => new Date(`${local}+08:00`);
const mailsOf = (kind: string, to?: string) =>
  db.outboxMail.findMany({ where: { kind, ...(to ? { to } : {}) }, select: { to: true, subject: true, body: true }, orderBy: { id: "asc" } });

let admin: { id: number; role: string };

beforeAll(async () => {
  await seedWorkCalendar(db);
  admin = await makeStaff("admin");
});

describe("templates", () => {
  it("fills the placeholders and refuses to render with a value missing", () => {
    const text = { subject: "来信 {信件编号}", body: "“{标题}”已收到：{链接}" };
    expect(renderTemplate(text, { 信件编号: "20261202-0001", 标题: "<b>路灯</b>", 链接: "http://x/t" })).toEqual({
      subject: "来信 20261202-0001",
      body: "“<b>路灯</b>”已收到：http://x/t",
    });
    expect(() => renderTemplate(text, { 信件编号: "1", 标题: "t" })).toThrow(/\{链接\}/);
  });

  it("an edit must keep every placeholder of its kind and use no other; a refused edit changes nothing", async () => {
    expect(templateProblems("letter.received", { subject: "回执", body: "{标题} {链接}" }).body).toEqual(["必须保留占位符：{信件编号}"]);
    expect(templateProblems("letter.received", { subject: "{姓名}", body: "{信件编号}{标题}{链接}" }).subject).toEqual(["不能使用未定义的占位符：{姓名}"]);
    const refused = await saveTemplate(admin, { kind: "letter.received", subject: "回执", body: "{标题}" }, null);
    expect(refused).toEqual({ ok: false, fieldErrors: { body: ["必须保留占位符：{信件编号}、{链接}"] } });
    expect(await db.noticeTemplate.count({ where: { kind: "letter.received" } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "notice.template_update" } })).toBe(0);
  });

  it("ensureNoticeTemplates writes the missing defaults once; an admin's edit is used and audited", async () => {
    expect(await ensureNoticeTemplates()).toBe(7);
    expect(await ensureNoticeTemplates()).toBe(0);
    expect((await loadTemplate("letter.received")).required).toBe(true);
    const saved = await saveTemplate(admin, { kind: "comment.rejected", subject: "评论未通过", body: "评论“{评论}”未通过：{理由}" }, "198.51.100.1");
    expect(saved).toEqual({ ok: true });
    const resident = await makeResident();
    await db.$transaction((tx) => queueNotice(tx, { kind: "comment.rejected", userId: resident.id, values: { 评论: "你好", 理由: "无关" } }));
    expect(await mailsOf("comment.rejected", resident.email)).toEqual([{ to: resident.email, subject: "评论未通过", body: "评论“你好”未通过：无关" }]);
    expect(await db.auditEntry.count({ where: { action: "notice.template_update", targetId: "comment.rejected", actorId: admin.id } })).toBe(1);
  });

  it("a notice queued in a transaction that rolls back sends nothing", async () => {
    const resident = await makeResident();
    await expect(
      db.$transaction(async (tx) => {
        await queueNotice(tx, { kind: "question.answered", userId: resident.id, values: { 标题: "问", 链接: "http://x/q/1" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await mailsOf("question.answered", resident.email)).toEqual([]);
  });
});

describe("preferences", () => {
  it("an opted-out optional notice is not queued; a required one always is", async () => {
    const resident = await makeResident();
    await saveNoticePreferences(resident, preferencesSchema.parse({ "comment.rejected": "on" }));
    expect((await db.noticeOptOut.findMany({ where: { userId: resident.id }, select: { kind: true }, orderBy: { kind: "asc" } })).map((row) => row.kind)).toEqual([
      "letter.accepted",
      "question.answered",
    ]);
    // A row for a required kind (not offered by the form) changes nothing either.
    await db.noticeOptOut.create({ data: { userId: resident.id, kind: "letter.received" } });
    const outcomes = await db.$transaction(async (tx) => [
      await queueNotice(tx, { kind: "question.answered", userId: resident.id, values: { 标题: "问", 链接: "l" } }),
      await queueNotice(tx, { kind: "comment.rejected", userId: resident.id, values: { 评论: "c", 理由: "r" } }),
      await queueNotice(tx, { kind: "letter.received", userId: resident.id, values: { 信件编号: "n", 标题: "t", 链接: "l" } }),
    ]);
    expect(outcomes.map((outcome) => outcome.queued)).toEqual([false, true, true]);
  });

  it("the form refuses a value other than a tick", () => {
    expect(preferencesSchema.safeParse({ "letter.accepted": "yes" }).success).toBe(false);
    expect(preferencesSchema.parse({})).toEqual({ "letter.accepted": false, "comment.rejected": false, "question.answered": false });
  });

  it("the export lists the preferences and deleting the account removes them", async () => {
    const resident = await makeResident();
    await saveNoticePreferences(resident, preferencesSchema.parse({ "letter.accepted": "on", "question.answered": "on" }));
    const exported = await exportAccount(resident);
    expect(exported?.submissions.noticePreferences).toEqual([expect.objectContaining({ turnedOff: "comment.rejected", label: "评论未通过审核" })]);
    expect(await deleteAccount(resident, PASSWORD)).toMatchObject({ ok: true });
    expect(await db.noticeOptOut.count({ where: { userId: resident.id } })).toBe(0);
  });
});

describe("letter notices", () => {
  let handler: { id: number; role: string };
  let department: { id: number };
  beforeAll(async () => {
    department = await makeDepartment("住房和城乡建设局");
    handler = await makeStaff("handler");
    await addMember(handler.id, department.id);
  });

  it("a submitted letter queues its receipt with the 信件编号 in the submission's transaction", async () => {
    const resident = await makeResident();
    const letter = await submitTestLetter(resident, { contactEmail: "contact@example.com" });
    const [mail] = await mailsOf("letter.received", "contact@example.com");
    expect(mail?.subject).toContain(letter.number);
    expect(mail?.body).toContain("/mailbox/track");
    // Required: turning off every optional notice changes nothing.
    await saveNoticePreferences(resident, preferencesSchema.parse({}));
    await submitTestLetter(resident, { contactEmail: "contact@example.com" });
    expect(await mailsOf("letter.received", "contact@example.com")).toHaveLength(2);
  });

  it("accepted (optional), refused with the reason and replied are queued with the change; a refused change queues nothing", async () => {
    const resident = await makeResident();
    const letter = await makeLetter({ writerId: resident.id, contactEmail: "" });
    expect(await acceptLetter(admin, letter.id, {}, { now: china("2026-12-01T10:00:00") })).toEqual({ ok: true });
    const [accepted] = await mailsOf("letter.accepted", resident.email);
    expect(accepted?.body).toContain("2026-12-22");
    // Replying to an accepted (not yet assigned) letter is refused: no mail.
    expect(await replyToLetter(admin, letter.id, { reply: "答复" })).toMatchObject({ ok: false });
    expect(await mailsOf("letter.reply", resident.email)).toEqual([]);
    expect(await assignLetter(admin, letter.id, { departmentId: department.id })).toEqual({ ok: true });
    expect(await replyToLetter(handler, letter.id, { reply: "已安排维修。" })).toEqual({ ok: true });
    const [reply] = await mailsOf("letter.reply", resident.email);
    expect(reply?.subject).toBe(`您的来信（${letter.number}）已答复`);
    expect(reply?.body).toContain("已安排维修。");

    const optedOut = await makeResident();
    await saveNoticePreferences(optedOut, preferencesSchema.parse({}));
    const second = await makeLetter({ writerId: optedOut.id, contactEmail: "given@example.com" });
    expect(await acceptLetter(admin, second.id, {})).toEqual({ ok: true });
    expect(await mailsOf("letter.accepted", "given@example.com")).toEqual([]);
    const third = await makeLetter({ writerId: optedOut.id, contactEmail: "given@example.com" });
    expect(await rejectLetter(admin, third.id, { reason: "不属于本信箱受理范围" })).toEqual({ ok: true });
    const [refused] = await mailsOf("letter.rejected", "given@example.com");
    expect(refused?.body).toContain("不属于本信箱受理范围");
  });

  it("a rejected comment tells its author why", async () => {
    const moderator = await makeStaff("moderator");
    const author = await makeResident();
    const category = await db.category.create({ data: { slug: "notice-comments", name: "评论", commentsEnabled: true }, select: { id: true } });
    const article = await db.article.create({ data: { categoryId: category.id, title: "文章", body: "正文", status: "published", publishedAt: new Date() }, select: { id: true } });
    const comment = await db.comment.create({ data: { subjectKind: "article", subjectId: article.id, authorId: author.id, body: "一条评论" }, select: { id: true } });
    const reason = await db.moderationReason.create({ data: { text: "与文章内容无关" }, select: { id: true } });
    expect(await rejectComment(moderator, { commentId: comment.id, reasonId: reason.id, note: "" }, null)).toEqual({ ok: true });
    const mails = await db.outboxMail.findMany({ where: { kind: "comment.rejected", to: author.email }, select: { body: true } });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body).toContain("与文章内容无关");
  });
});

describe("staff digest", () => {
  let deptA: { id: number };
  let deptB: { id: number };
  let handlerA: { id: number; email: string };
  let handlerB: { id: number; email: string };
  const now = china("2026-12-07T08:00:00"); // a Monday
  const digests = (email: string) => mailsOf("staff.digest", email);

  beforeAll(async () => {
    deptA = await makeDepartment("数字测试部门甲");
    deptB = await makeDepartment("数字测试部门乙");
    handlerA = await makeStaff("handler");
    handlerB = await makeStaff("handler");
    await addMember(handlerA.id, deptA.id);
    await addMember(handlerB.id, deptB.id);
    await makeLetter({ title: "甲逾期", status: "processing", departmentId: deptA.id, dueAt: china("2026-12-04T23:59:59") });
    await makeLetter({ title: "甲将到期", status: "accepted", departmentId: deptA.id, dueAt: china("2026-12-08T23:59:59") });
    await makeLetter({ title: "甲尚早", status: "processing", departmentId: deptA.id, dueAt: china("2026-12-30T23:59:59") });
    await makeLetter({ title: "甲已答复", status: "replied", departmentId: deptA.id, dueAt: china("2026-12-01T23:59:59") });
    const assigned = await makeLetter({ title: "甲新交办", status: "processing", departmentId: deptA.id, dueAt: china("2026-12-28T23:59:59") });
    await db.letterEvent.create({ data: { letterId: assigned.id, action: "assign", fromStatus: "accepted", toStatus: "processing", createdAt: china("2026-12-06T15:00:00") } });
  });

  it("one digest per user per day with the right items, scoped to the user's departments, even when run twice at once", async () => {
    const [first, second] = await Promise.all([sendStaffDigests(now), sendStaffDigests(now)]);
    expect(first + second).toBe(1);
    expect(await sendStaffDigests(new Date(now.getTime() + 3600_000))).toBe(0);
    const mails = await digests(handlerA.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("2026-12-07 待办提醒：3 项");
    const body = mails[0]!.body;
    expect(body).toContain("【已逾期】信件“甲逾期”");
    expect(body).toContain("【即将到期】信件“甲将到期”");
    expect(body).toContain("【新交办】信件“甲新交办”");
    expect(body).not.toContain("甲尚早");
    expect(body).not.toContain("甲已答复");
    expect(body).toMatch(/http:\/\/localhost:\d+\/admin\/mailbox\/\d+/);
    expect(await digests(handlerB.email)).toEqual([]);
    expect(await db.staffDigest.count({ where: { userId: handlerA.id, day: "2026-12-07" } })).toBe(1);
  });

  it("takes items from every source in the list (another module's source appends to it)", async () => {
    const questions: DigestSource = async (departmentIds) =>
      departmentIds.includes(deptB.id) ? [{ reason: "overdue", type: "问题", title: "乙的问题", reference: "Q1", dueAt: null, link: "/admin/questions/1" }] : [];
    expect(await sendStaffDigests(china("2026-12-08T08:00:00"), [questions])).toBe(1);
    const [mail] = await digests(handlerB.email);
    expect(mail?.body).toContain("【已逾期】问题“乙的问题”（Q1）");
  });
});

describe("digest schedule", () => {
  it("waits until the configured China time, the next day once it has passed", () => {
    const at = digestTimeOfDay("08:00");
    expect(untilNextDigest(china("2026-12-07T07:30:00").getTime(), at)).toBe(30 * 60_000);
    expect(untilNextDigest(china("2026-12-07T08:00:00").getTime(), at)).toBe(24 * 3600_000);
    expect(untilNextDigest(china("2026-12-07T09:00:00").getTime(), at)).toBe(23 * 3600_000);
    expect(untilNextDigest(china("2026-12-07T23:00:00").getTime(), digestTimeOfDay("00:30"))).toBe(90 * 60_000);
  });
});
