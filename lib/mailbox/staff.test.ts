import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedWorkCalendar } from "@/prisma/seed";
import { makeStaff } from "@/test/staff";
import { addMember, makeDepartment, makeLetter } from "@/test/mailbox";
import { endOfChinaDay } from "./calendar";
import { MASKS } from "./masking";
import { publishLetter, publishPreview, unpublishLetter } from "./publishing";
import { letterFilterSchema, listLettersForStaff, readLetterAttachment, staffActions, viewLetterForStaff } from "./staff";

const china = (local: string) => new Date(`${local}+08:00`);
const now = china("2026-11-27T10:00:00"); // a Friday

let admin: { id: number; role: string };
let handler: { id: number; role: string };
let otherHandler: { id: number; role: string };
let deptA: { id: number };
let deptB: { id: number };
const ids = {} as Record<"newA" | "overdueA" | "soonA" | "laterSoonA" | "b" | "submitted", number>;

beforeAll(async () => {
  await seedWorkCalendar(db);
  admin = await makeStaff("admin");
  handler = await makeStaff("handler");
  otherHandler = await makeStaff("handler");
  deptA = await makeDepartment("教育局");
  deptB = await makeDepartment("卫生健康委员会");
  await addMember(handler.id, deptA.id);
  await addMember(otherHandler.id, deptB.id);
  const open = { status: "processing" as const, acceptedAt: china("2026-11-01T10:00:00") };
  ids.newA = (await makeLetter({ ...open, departmentId: deptA.id, title: "学校周边交通问题", dueAt: endOfChinaDay("2026-12-20"), createdAt: china("2026-11-20T10:00:00") })).id;
  ids.overdueA = (await makeLetter({ ...open, departmentId: deptA.id, title: "校服价格", dueAt: endOfChinaDay("2026-11-25") })).id;
  ids.soonA = (await makeLetter({ ...open, departmentId: deptA.id, title: "学区划分", dueAt: endOfChinaDay("2026-12-02") })).id;
  ids.laterSoonA = (await makeLetter({ ...open, departmentId: deptA.id, title: "食堂卫生", dueAt: endOfChinaDay("2026-11-30") })).id;
  ids.b = (await makeLetter({ ...open, departmentId: deptB.id, title: "医院挂号难", dueAt: endOfChinaDay("2026-12-20") })).id;
  ids.submitted = (await makeLetter({ title: "待受理的信", type: "complain" })).id;
});

const filter = (input: Record<string, string> = {}) => letterFilterSchema.parse(input);

describe("the staff list", () => {
  it("shows an admin every letter, overdue first, then due soon by deadline, then newest", async () => {
    const { letters, total } = await listLettersForStaff(admin, filter(), now);
    expect(total).toBe(6);
    expect(letters.map((letter) => letter.id).slice(0, 3)).toEqual([ids.overdueA, ids.laterSoonA, ids.soonA]);
    expect(letters.map((letter) => letter.deadline).slice(0, 4)).toEqual(["overdue", "soon", "soon", null]);
  });

  it("shows a handler only their departments' letters, with every filter", async () => {
    const mine = await listLettersForStaff(handler, filter(), now);
    expect(mine.letters.map((letter) => letter.id).sort()).toEqual([ids.newA, ids.overdueA, ids.soonA, ids.laterSoonA].sort());
    expect((await listLettersForStaff(handler, filter({ department: String(deptB.id) }), now)).total).toBe(0);
    expect((await listLettersForStaff(handler, filter({ q: "医院" }), now)).total).toBe(0);
    expect((await listLettersForStaff(otherHandler, filter(), now)).letters.map((letter) => letter.id)).toEqual([ids.b]);
  });

  it("filters by status, type, department, deadline and searches number and title", async () => {
    expect((await listLettersForStaff(admin, filter({ status: "submitted" }), now)).letters.map((l) => l.id)).toEqual([ids.submitted]);
    expect((await listLettersForStaff(admin, filter({ type: "complain" }), now)).total).toBe(1);
    expect((await listLettersForStaff(admin, filter({ department: String(deptB.id) }), now)).total).toBe(1);
    expect((await listLettersForStaff(admin, filter({ deadline: "overdue" }), now)).letters.map((l) => l.id)).toEqual([ids.overdueA]);
    expect((await listLettersForStaff(admin, filter({ deadline: "soon" }), now)).letters.map((l) => l.id)).toEqual([ids.laterSoonA, ids.soonA]);
    expect((await listLettersForStaff(admin, filter({ q: "学区" }), now)).letters.map((l) => l.id)).toEqual([ids.soonA]);
    const { number } = await db.letter.findUniqueOrThrow({ where: { id: ids.b }, select: { number: true } });
    expect((await listLettersForStaff(admin, filter({ q: number }), now)).letters.map((l) => l.id)).toEqual([ids.b]);
    expect(letterFilterSchema.safeParse({ status: "lost" }).success).toBe(false);
  });
});

describe("one letter", () => {
  it("is audited on every staff view; another department's letter is not shown and the refusal is audited", async () => {
    const view = await viewLetterForStaff(handler, ids.overdueA, "198.51.100.9", now);
    expect(view).toMatchObject({ id: ids.overdueA, contactName: "张三", deadline: "overdue" });
    expect(await viewLetterForStaff(otherHandler, ids.overdueA, "198.51.100.9", now)).toBeNull();
    expect(await viewLetterForStaff(handler, ids.submitted, null, now)).toBeNull();
    const entries = await db.auditEntry.findMany({
      where: { action: "letter.view", targetId: String(ids.overdueA) },
      select: { actorId: true, outcome: true, ip: true },
      orderBy: { id: "asc" },
    });
    expect(entries).toEqual([
      { actorId: handler.id, outcome: "success", ip: "198.51.100.9" },
      { actorId: otherHandler.id, outcome: "denied", ip: "198.51.100.9" },
    ]);
  });

  it("offers each role only its actions", async () => {
    const letter = { status: "submitted", extensionStatus: null, type: "consult", agreePublic: true };
    expect(staffActions(admin, letter)).toMatchObject({ accept: true, reject: true, reply: false });
    expect(staffActions(handler, letter)).toMatchObject({ accept: false, reject: false });
    expect(staffActions(handler, { ...letter, status: "processing" })).toMatchObject({ reply: true, requestExtension: true, assign: false, decideExtension: false });
    expect(staffActions(admin, { ...letter, status: "processing", extensionStatus: "pending" })).toMatchObject({ decideExtension: true, requestExtension: false });
    expect(staffActions(admin, { ...letter, status: "replied", type: "report" }).publish).toBe(false);
    expect(staffActions(admin, { ...letter, status: "replied" }).publish).toBe(true);
  });

  it("downloads an attachment for staff in scope only, audited", async () => {
    const storageKey = `letters/test-${Date.now()}.pdf`;
    const file = path.join(process.env.UPLOAD_DIR!, storageKey);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, "%PDF-1.4 test");
    const attachment = await db.letterAttachment.create({
      data: { letterId: ids.overdueA, fileName: "材料.pdf", storageKey, mimeType: "application/pdf", size: 13 },
      select: { id: true },
    });
    expect((await readLetterAttachment(handler, ids.overdueA, attachment.id, "198.51.100.9"))?.bytes.toString()).toBe("%PDF-1.4 test");
    expect(await readLetterAttachment(otherHandler, ids.overdueA, attachment.id, "198.51.100.9")).toBeNull();
    expect(await readLetterAttachment(handler, ids.b, attachment.id, "198.51.100.9")).toBeNull();
    const outcomes = await db.auditEntry.findMany({ where: { action: "letter.attachment_download" }, select: { outcome: true }, orderBy: { id: "asc" } });
    expect(outcomes.map((entry) => entry.outcome)).toEqual(["success", "denied", "failed"]);
  });
});

describe("publishing", () => {
  it("previews the masked version, publishes what staff edited (masked again), and withdraws it", async () => {
    const letter = await makeLetter({
      status: "replied",
      title: "反映13812345678的问题",
      content: "我的身份证号652301199001011234，邮箱 me@example.com，请尽快处理。",
      reply: "已联系您（电话13812345678），问题已解决。",
      repliedAt: now,
    });
    const preview = await publishPreview(admin, letter.id);
    expect(preview).toEqual({
      ok: true,
      publishedAt: null,
      version: {
        title: `反映${MASKS.phone}的问题`,
        content: `我的身份证号${MASKS.idCard}，邮箱 ${MASKS.email}，请尽快处理。`,
        reply: `已联系您（电话${MASKS.phone}），问题已解决。`,
      },
    });
    if (!preview.ok) throw new Error();
    const edited = { ...preview.version, content: "我的身份证号〔已隐去〕，请尽快处理。再联系13912345678" };
    expect(await publishLetter(admin, letter.id, edited, { now })).toEqual({ ok: true });
    const row = await db.letter.findUniqueOrThrow({ where: { id: letter.id } });
    expect(row).toMatchObject({ publicTitle: preview.version.title, publicContent: `我的身份证号〔已隐去〕，请尽快处理。再联系${MASKS.phone}`, publishedAt: now });
    expect((await publishPreview(admin, letter.id)).ok && (await publishPreview(admin, letter.id))).toMatchObject({ publishedAt: now });

    expect(await unpublishLetter(admin, letter.id)).toEqual({ ok: true });
    expect(await db.letter.findUniqueOrThrow({ where: { id: letter.id }, select: { publicTitle: true, publishedAt: true } })).toEqual({ publicTitle: null, publishedAt: null });
    expect(await unpublishLetter(admin, letter.id)).toEqual({ ok: false, error: "该信件未公开" });
    const actions = await db.letterEvent.findMany({ where: { letterId: letter.id }, select: { action: true } });
    expect(actions.map((event) => event.action)).toEqual(["publish", "unpublish"]);
  });

  it("refuses 举报, letters whose writer did not agree, unreplied letters and staff without the permission", async () => {
    const version = { title: "标题", content: "内容内容", reply: "答复" };
    const report = await makeLetter({ type: "report", status: "replied", reply: "答复" });
    const private_ = await makeLetter({ agreePublic: false, status: "closed", reply: "答复" });
    const open = await makeLetter({ status: "processing" });
    const replied = await makeLetter({ status: "replied", reply: "答复" });
    expect(await publishLetter(admin, report.id, version)).toEqual({ ok: false, error: "举报类信件不予公开" });
    expect(await publishLetter(admin, private_.id, version)).toEqual({ ok: false, error: "来信人未同意公开" });
    expect(await publishLetter(admin, open.id, version)).toEqual({ ok: false, error: "信件答复后才能公开" });
    expect(await publishLetter(handler, replied.id, version)).toEqual({ ok: false, error: "您没有公开信件的权限" });
    expect(await publishLetter(admin, replied.id, { ...version, reply: " " })).toEqual({ ok: false, error: "公开的标题、内容和答复都不能为空" });
    expect(await db.letter.count({ where: { publishedAt: { not: null } } })).toBe(0);
  });
});
