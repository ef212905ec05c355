import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { makeResident, PASSWORD } from "@/test/accounts";
import { makeDepartment } from "@/test/mailbox";
import { makeStaff } from "@/test/staff";

// Integration tests of 民意征集 (lib/consultations) on a real database: status derivation,
// clause numbering, the 5-opinion limit (also under concurrency), feedback and its counts,
// masked names on the public page, the resident's view, export and deletion, the audit trail
// and the search index. next/cache needs a request: it is replaced by a recorder.

const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

const { consultationStatus } = await import("./status");
const { draftClauses, renderDraft, clauseLabel } = await import("./clauses");
const { consultationSchema, opinionSchema } = await import("./fields");
const staff = await import("./staff");
const { submitOpinion, myOpinions, LIMIT_MESSAGE, NOT_OPEN_MESSAGE } = await import("./opinions");
const { getPublishedConsultation, listPublishedConsultations } = await import("./public");
const { maskName } = await import("@/lib/mailbox/masking");
const { deleteAccount, exportAccount } = await import("@/lib/accounts/accounts");
const { ContentPermissionError } = await import("@/lib/content/permission");

const DAY = 86_400_000;
const ip = "198.51.100.7";
type Staff = Awaited<ReturnType<typeof makeStaff>>;
let editor: Staff;
let departmentId: number;

const DRAFT = `# 总则

第一条 为了规范供热，制定本办法。

第二条 本办法适用于全州。

- 城区
- 乡镇

## 附则

第三条 本办法自发布之日起施行。<script>alert(1)</script>`;

const form = (overrides: Record<string, string> = {}) => ({
  title: "《测试办法（征求意见稿）》",
  departmentId: String(departmentId),
  startsAt: "2026-01-01T09:00",
  endsAt: "2099-01-01T09:00",
  intro: "征集说明",
  draft: DRAFT,
  ...overrides,
});

async function openConsultation(overrides: Record<string, string> = {}) {
  const created = await staff.createConsultation(editor, consultationSchema.parse(form(overrides)), ip);
  if (!created.ok) throw new Error("not created");
  expect(await staff.setConsultationPublished(editor, created.id, true, ip)).toEqual({ ok: true });
  return created.id;
}

const opinion = (consultationId: number, overrides: Record<string, string> = {}) =>
  opinionSchema.parse({ consultationId: String(consultationId), clause: "full", body: "这是一条足够长的测试意见内容。", ...overrides });

beforeAll(async () => {
  editor = await makeStaff("editor");
  departmentId = (await makeDepartment("州住房和城乡建设局")).id;
});

describe("status", () => {
  const dates = { startsAt: new Date("2026-07-01T00:00:00Z"), endsAt: new Date("2026-08-01T00:00:00Z"), feedbackPublishedAt: null };
  it("follows the dates and the feedback", () => {
    expect(consultationStatus(dates, new Date("2026-06-30T23:59:59Z"))).toBe("upcoming");
    expect(consultationStatus(dates, new Date("2026-07-01T00:00:00Z"))).toBe("open");
    expect(consultationStatus(dates, new Date("2026-07-31T23:59:59Z"))).toBe("open");
    expect(consultationStatus(dates, new Date("2026-08-01T00:00:00Z"))).toBe("closed");
    expect(consultationStatus({ ...dates, feedbackPublishedAt: new Date("2026-08-10T00:00:00Z") }, new Date("2026-09-01T00:00:00Z"))).toBe("answered");
  });

  it("reads the form's times as China time and wants the close after the start", () => {
    expect(consultationSchema.parse(form({ startsAt: "2026-07-01T08:00" })).startsAt.toISOString()).toBe("2026-07-01T00:00:00.000Z");
    const wrong = consultationSchema.safeParse(form({ endsAt: "2025-01-01T00:00" }));
    expect(wrong.success ? null : wrong.error.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["endsAt", "截止时间须晚于开始时间"]]);
  });
});

describe("clauses", () => {
  it("numbers the paragraphs and headings that start with 第…条; other blocks belong to the clause before", () => {
    expect(draftClauses(DRAFT).map((clause) => [clause.number, clause.label])).toEqual([
      [1, "第一条"],
      [2, "第二条"],
      [3, "第三条"],
    ]);
    expect(draftClauses("## 第十二条 标题式条款\n\n正文\n\n第3条 数字")).toEqual([
      { number: 1, label: "第十二条", excerpt: "标题式条款" },
      { number: 2, label: "第3条", excerpt: "数字" },
    ]);
  });

  it("numbers every paragraph when the draft has no 第…条", () => {
    expect(draftClauses("一段。\n\n- 列表\n\n二段。").map((clause) => clause.label)).toEqual(["第 1 段", "第 2 段"]);
    expect(clauseLabel(draftClauses(DRAFT), null)).toBe("全文");
    expect(clauseLabel(draftClauses(DRAFT), 9)).toBe("第 9 项条款");
  });

  it("renders the draft sanitized, block by block", () => {
    const blocks = renderDraft(DRAFT);
    expect(blocks.filter((block) => block.clause).length).toBe(3);
    expect(blocks.map((block) => block.html).join("")).not.toContain("<script");
    expect(blocks[0]!.html).toContain("<h2>总则</h2>");
  });
});

it("masks a name to its first character and two asterisks", () => {
  expect(maskName("张三")).toBe("张**");
  expect(maskName("欧阳娜娜")).toBe("欧**");
  expect(maskName(" ")).toBe("匿名");
});

describe("staff", () => {
  it("refuses people without the permission, audited", async () => {
    const handler = await makeStaff("handler");
    await expect(staff.createConsultation(handler, consultationSchema.parse(form()), ip)).rejects.toBeInstanceOf(ContentPermissionError);
    expect(await db.auditEntry.count({ where: { actorId: handler.id, action: "access.denied", targetId: "manage:consultation:any" } })).toBe(1);
  });

  it("publishes into the search and the public list, and takes offline out of both", async () => {
    const created = await staff.createConsultation(editor, consultationSchema.parse(form({ title: "《暖气收费办法（征求意见稿）》" })), ip);
    if (!created.ok) throw new Error("not created");
    expect(await getPublishedConsultation(created.id)).toBeNull();
    await staff.setConsultationPublished(editor, created.id, true, ip);
    expect(await db.searchDocument.findUnique({ where: { sourceKey: `consultation:${created.id}` }, select: { kind: true, url: true } })).toEqual({ kind: "consultation", url: `/interaction/consultations/${created.id}` });
    expect((await listPublishedConsultations("open")).map((item) => item.id)).toContain(created.id);
    expect((await listPublishedConsultations("closed")).map((item) => item.id)).not.toContain(created.id);
    expect(revalidated).toEqual(expect.arrayContaining(["/std/interaction/consultations", `/elder/interaction/consultations/${created.id}`]));
    await staff.setConsultationPublished(editor, created.id, false, ip);
    expect(await db.searchDocument.count({ where: { sourceKey: `consultation:${created.id}` } })).toBe(0);
    expect(await staff.setConsultationPublished(editor, created.id, false, ip)).toMatchObject({ ok: false });
    const actions = await db.auditEntry.findMany({ where: { targetType: "consultation", targetId: String(created.id) }, select: { action: true, outcome: true }, orderBy: { id: "asc" } });
    expect(actions.map((entry) => `${entry.action}:${entry.outcome}`)).toEqual(["consultation.create:success", "consultation.publish:success", "consultation.unpublish:success", "consultation.unpublish:failed"]);
  });

  it("counts the published consultations that close within 3 days", async () => {
    const before = await staff.consultationsClosingSoon();
    const soon = new Date(Date.now() + 2 * DAY + 8 * 3600_000);
    const local = new Date(soon.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
    await openConsultation({ endsAt: local });
    await openConsultation({ endsAt: new Date(Date.now() + 10 * DAY).toISOString().slice(0, 16) });
    expect(await staff.consultationsClosingSoon()).toBe(before + 1);
  });
});

describe("opinions", () => {
  it("takes at most 5 opinions per resident, also under concurrency", async () => {
    const id = await openConsultation();
    const resident = await makeResident({ name: "张三" });
    const results = await Promise.all(Array.from({ length: 8 }, (_, index) => submitOpinion(resident, opinion(id, { body: `第 ${index} 条并发提交的测试意见内容。` }))));
    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.formError)).toEqual([LIMIT_MESSAGE, LIMIT_MESSAGE, LIMIT_MESSAGE]);
    expect(await db.consultationOpinion.count({ where: { consultationId: id, authorId: resident.id } })).toBe(5);
    // Another resident is not limited by the first one's opinions.
    expect(await submitOpinion(await makeResident(), opinion(id))).toMatchObject({ ok: true });
  });

  it("refuses opinions outside the period, on unknown clauses, and too short or long", async () => {
    const resident = await makeResident();
    const upcoming = await openConsultation({ startsAt: "2098-01-01T00:00", endsAt: "2099-01-01T00:00" });
    expect(await submitOpinion(resident, opinion(upcoming))).toMatchObject({ ok: false, formError: NOT_OPEN_MESSAGE });
    const open = await openConsultation();
    expect(await submitOpinion(resident, opinion(open, { clause: "4" }))).toMatchObject({ ok: false, fieldErrors: { clause: ["请选择针对的条款"] } });
    expect(await submitOpinion(resident, opinion(open, { clause: "3" }))).toMatchObject({ ok: true });
    expect(opinionSchema.safeParse({ consultationId: "1", clause: "full", body: " 太短了 " }).error?.issues[0]?.message).toBe("意见内容不能少于 10 个字");
    expect(opinionSchema.safeParse({ consultationId: "1", clause: "full", body: "长".repeat(2001) }).error?.issues[0]?.message).toBe("意见内容不能超过 2000 个字");
    expect(opinionSchema.parse({ consultationId: "1", clause: "", body: "<b>标记按原文保存和显示</b>" })).toEqual({ consultationId: 1, clause: null, body: "<b>标记按原文保存和显示</b>", publicConsent: false });
  });

  it("freezes the draft once an opinion has arrived", async () => {
    const id = await openConsultation();
    await submitOpinion(await makeResident(), opinion(id));
    const changed = await staff.updateConsultation(editor, id, consultationSchema.parse(form({ draft: "第一条 改了。" })), ip);
    expect(changed).toMatchObject({ ok: false, fieldErrors: { draft: [expect.stringContaining("不能再修改")] } });
    expect(await staff.updateConsultation(editor, id, consultationSchema.parse(form({ title: "新标题" })), ip)).toEqual({ ok: true, id });
  });
});

describe("feedback", () => {
  it("is published after the close with every opinion decided; the public page shows consented opinions only, masked", async () => {
    const id = await openConsultation();
    const zhang = await makeResident({ name: "张三丰" });
    const li = await makeResident({ name: "李四" });
    const shown = await submitOpinion(zhang, opinion(id, { clause: "1", body: "同意公开的意见，电话 13912345678。", publicConsent: "on" }));
    const hidden = await submitOpinion(li, opinion(id, { body: "不同意公开的意见内容，不应出现。" }));
    if (!shown.ok || !hidden.ok) throw new Error("not submitted");
    expect(await staff.publishFeedback(editor, id, "总结", ip)).toMatchObject({ ok: false, formError: expect.stringContaining("尚未结束") });

    // Reading the opinions is audited, with the writers' names.
    const read = await staff.readOpinions(editor, id, ip);
    expect(read!.opinions.map((item) => item.authorName)).toEqual(["张三丰", "李四"]);
    expect(await db.auditEntry.count({ where: { action: "consultation.opinions_view", targetId: String(id), actorId: editor.id } })).toBe(1);

    await db.consultation.update({ where: { id }, data: { endsAt: new Date(Date.now() - 1000) } });
    await staff.decideOpinion(editor, { opinionId: shown.id, decision: "adopted", reason: "已修改第一条。" }, ip);
    expect(await staff.publishFeedback(editor, id, "总结", ip)).toEqual({ ok: false, formError: "还有 1 条意见未标注采纳情况" });
    await staff.decideOpinion(editor, { opinionId: hidden.id, decision: "not_adopted", reason: "与上位法不符。" }, ip);
    expect(await myOpinions(li)).toMatchObject([{ decision: "待反馈", decisionReason: null }]);
    expect(await staff.publishFeedback(editor, id, "共收到 2 条意见。", ip)).toEqual({ ok: true });
    expect(await staff.decideOpinion(editor, { opinionId: hidden.id, decision: "adopted", reason: "改" }, ip)).toMatchObject({ ok: false });

    const page = await getPublishedConsultation(id);
    expect(page!.status).toBe("answered");
    expect(page!.feedback!.counts.map((row) => row.count)).toEqual([1, 0, 1]);
    expect(page!.feedback!.opinions).toEqual([expect.objectContaining({ name: "张**", clause: "第一条", decision: "采纳", body: "同意公开的意见，电话 〔电话号码已隐去〕。" })]);
    expect(JSON.stringify(page)).not.toContain("不同意公开的意见");
    expect(JSON.stringify(page)).not.toContain("张三丰");
    expect(await myOpinions(li)).toMatchObject([{ decision: "未采纳", decisionReason: "与上位法不符。", clause: "全文" }]);

    const csv = await staff.exportOpinionsCsv(editor, id, ip);
    expect(csv!.startsWith("\uFEFF编号,提交时间,姓名,电子邮箱,针对条款,意见内容,同意公开,采纳情况,理由\r\n")).toBe(true);
    expect(csv).toContain("张三丰");
    expect(csv).not.toMatch(/身份证|idCard/);
    expect(await db.auditEntry.count({ where: { action: "consultation.opinions_export", targetId: String(id) } })).toBe(1);

    // Deleting Zhang's account keeps the public opinion, anonymised; Li's private one goes. The published counts stay.
    const exported = await exportAccount(zhang);
    expect(JSON.stringify(exported)).toContain("同意公开的意见");
    expect((await deleteAccount(zhang, PASSWORD)).ok).toBe(true);
    expect((await deleteAccount(li, PASSWORD)).ok).toBe(true);
    const left = await db.consultationOpinion.findMany({ where: { consultationId: id }, select: { authorId: true, maskedName: true, publicConsent: true } });
    expect(left).toEqual([{ authorId: null, maskedName: "匿名", publicConsent: true }]);
    expect((await getPublishedConsultation(id))!.feedback!.counts.map((row) => row.count)).toEqual([1, 0, 1]);
  });
});
