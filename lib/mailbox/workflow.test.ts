import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedWorkCalendar } from "@/prisma/seed";
import { makeStaff } from "@/test/staff";
import { addMember, makeDepartment, makeLetter } from "@/test/mailbox";
import { endOfChinaDay } from "./calendar";
import {
  acceptLetter,
  assignLetter,
  closeOnRating,
  closeStaleReplies,
  decideExtension,
  rejectLetter,
  replyToLetter,
  requestExtension,
} from "./workflow";

const china = (local: string) => new Date(`${local}+08:00`);
const ip = "198.51.100.7";

let admin: { id: number; role: string };
let handler: { id: number; role: string };
let otherHandler: { id: number; role: string };
let editor: { id: number; role: string };
let deptA: { id: number; name: string };
let deptB: { id: number; name: string };

beforeAll(async () => {
  await seedWorkCalendar(db);
  admin = await makeStaff("admin");
  handler = await makeStaff("handler");
  otherHandler = await makeStaff("handler");
  editor = await makeStaff("editor");
  deptA = await makeDepartment("住房和城乡建设局");
  deptB = await makeDepartment("交通运输局");
  await addMember(handler.id, deptA.id);
  await addMember(otherHandler.id, deptB.id);
});

async function snapshot(letterId: number) {
  const letter = await db.letter.findUniqueOrThrow({ where: { id: letterId } });
  const events = await db.letterEvent.count({ where: { letterId } });
  const mails = await db.outboxMail.count();
  return { letter, events, mails };
}

const auditOf = (letterId: number, action: string) =>
  db.auditEntry.findMany({ where: { targetType: "letter", targetId: String(letterId), action }, select: { outcome: true, actorId: true, ip: true } });

describe("the whole staff cycle", () => {
  it("accepts before 春节 with the holiday deadline, assigns, replies with an e-mail, and closes after 7 days", async () => {
    const letter = await makeLetter();
    const accepted = china("2026-02-12T10:00:00");
    expect(await acceptLetter(admin, letter.id, {}, { ip, now: accepted })).toEqual({ ok: true });
    let row = await db.letter.findUniqueOrThrow({ where: { id: letter.id } });
    expect(row.status).toBe("accepted");
    expect(row.acceptedAt).toEqual(accepted);
    expect(row.dueAt).toEqual(endOfChinaDay("2026-03-11"));
    expect(await auditOf(letter.id, "letter.accept")).toEqual([{ outcome: "success", actorId: admin.id, ip }]);

    expect(await assignLetter(admin, letter.id, { departmentId: deptA.id }, { ip, now: china("2026-02-13T09:00:00") })).toEqual({ ok: true });
    // Reassigning is allowed, to another department only.
    expect(await assignLetter(admin, letter.id, { departmentId: deptB.id }, { ip })).toEqual({ ok: true });
    expect(await assignLetter(admin, letter.id, { departmentId: deptB.id }, { ip })).toMatchObject({ ok: false, error: "信件已在该部门办理" });
    expect(await assignLetter(admin, letter.id, { departmentId: deptA.id }, { ip })).toEqual({ ok: true });

    const replied = china("2026-02-24T16:00:00");
    expect(await replyToLetter(handler, letter.id, { reply: "  您反映的问题已转交相关单位处理。 " }, { ip, now: replied })).toEqual({ ok: true });
    row = await db.letter.findUniqueOrThrow({ where: { id: letter.id } });
    expect(row).toMatchObject({ status: "replied", reply: "您反映的问题已转交相关单位处理。", repliedAt: replied, replyWorkingDays: 3 });
    const mail = await db.outboxMail.findFirstOrThrow({ where: { kind: "letter.reply" }, orderBy: { id: "desc" } });
    expect(mail).toMatchObject({ to: "writer@example.com", sentAt: null });
    expect(mail.subject).toContain(letter.number);
    expect(mail.body).toContain("您反映的问题已转交相关单位处理。");

    const events = await db.letterEvent.findMany({ where: { letterId: letter.id }, orderBy: { id: "asc" }, select: { action: true, fromStatus: true, toStatus: true, actorId: true, visibleToWriter: true, note: true } });
    expect(events.map((event) => `${event.action}:${event.fromStatus}->${event.toStatus}`)).toEqual([
      "accept:submitted->accepted",
      "assign:accepted->processing",
      "assign:processing->processing",
      "assign:processing->processing",
      "reply:processing->replied",
    ]);
    expect(events[0]).toMatchObject({ actorId: admin.id, visibleToWriter: true, note: "信件已受理，将于2026-03-11前答复。" });
    expect(events[1]!.note).toBe("已交由住房和城乡建设局办理");
    expect(await auditOf(letter.id, "letter.reassign")).toHaveLength(2);

    expect(await closeStaleReplies(china("2026-03-03T15:00:00"))).toBe(0);
    expect(await closeStaleReplies(china("2026-03-03T16:00:00"))).toBe(1);
    row = await db.letter.findUniqueOrThrow({ where: { id: letter.id } });
    expect(row.status).toBe("closed");
    const close = await db.letterEvent.findFirstOrThrow({ where: { letterId: letter.id, action: "close" } });
    expect(close).toMatchObject({ actorId: null, fromStatus: "replied", toStatus: "closed", visibleToWriter: true });
    expect(await auditOf(letter.id, "letter.close")).toEqual([{ outcome: "success", actorId: null, ip: null }]);
  });

  it("rejects with a reason the writer sees; a reason is required", async () => {
    const letter = await makeLetter();
    expect(await rejectLetter(admin, letter.id, { reason: "   " }, { ip })).toEqual({ ok: false, error: "请填写不予受理的理由" });
    expect((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).status).toBe("submitted");
    expect(await rejectLetter(admin, letter.id, { reason: "不属于本级政府职责范围，请向市场监管部门反映。" }, { ip })).toEqual({ ok: true });
    const event = await db.letterEvent.findFirstOrThrow({ where: { letterId: letter.id } });
    expect(event).toMatchObject({ action: "reject", toStatus: "rejected", note: "不属于本级政府职责范围，请向市场监管部门反映。", visibleToWriter: true });
  });

  it("closes on the writer's rating, once", async () => {
    const letter = await makeLetter({ status: "replied", reply: "答复", repliedAt: new Date() });
    expect(await db.$transaction((tx) => closeOnRating(tx, letter.id))).toBe(true);
    expect(await db.$transaction((tx) => closeOnRating(tx, letter.id))).toBe(false);
    expect(await db.letterEvent.findMany({ where: { letterId: letter.id }, select: { action: true, actorId: true } })).toEqual([{ action: "close", actorId: null }]);
    const rated = await makeLetter({ status: "replied", reply: "答复", repliedAt: new Date("2026-01-01T00:00:00Z") });
    await db.letter.update({ where: { id: rated.id }, data: { rating: "satisfied" } });
    await closeStaleReplies(new Date("2026-02-01T00:00:00Z"));
    expect((await db.letter.findUniqueOrThrow({ where: { id: rated.id } })).status).toBe("replied");
  });
});

describe("refusals change nothing", () => {
  it("refuses transitions the state machine does not allow, in Chinese", async () => {
    const submitted = await makeLetter();
    const closed = await makeLetter({ status: "closed" });
    const cases: [number, () => Promise<{ ok: boolean; error?: string }>, string][] = [
      [submitted.id, () => replyToLetter(admin, submitted.id, { reply: "答复" }, { ip }), "信件当前为“待受理”，不能答复"],
      [submitted.id, () => assignLetter(admin, submitted.id, { departmentId: deptA.id }, { ip }), "信件当前为“待受理”，不能交办"],
      [closed.id, () => acceptLetter(admin, closed.id, {}, { ip }), "信件当前为“已办结”，不能受理"],
      [closed.id, () => rejectLetter(admin, closed.id, { reason: "理由" }, { ip }), "信件当前为“已办结”，不能不予受理"],
      [closed.id, () => requestExtension(admin, closed.id, { reason: "理由" }, { ip }), "信件当前为“已办结”，不能申请延期"],
    ];
    for (const [id, attempt, error] of cases) {
      const before = await snapshot(id);
      expect(await attempt()).toEqual({ ok: false, error });
      expect(await snapshot(id)).toEqual(before);
    }
    expect((await auditOf(closed.id, "letter.accept"))[0]).toMatchObject({ outcome: "failed" });
  });

  it("refuses staff without the permission", async () => {
    const letter = await makeLetter();
    const before = await snapshot(letter.id);
    expect(await acceptLetter(editor, letter.id, {}, { ip })).toEqual({ ok: false, error: "您没有办理此事项的权限" });
    expect(await acceptLetter(handler, letter.id, {}, { ip })).toEqual({ ok: false, error: "您没有办理此事项的权限" });
    expect(await decideExtension(handler, letter.id, { grant: true }, { ip })).toEqual({ ok: false, error: "您没有办理此事项的权限" });
    expect(await snapshot(letter.id)).toEqual(before);
    expect((await auditOf(letter.id, "letter.accept")).map((entry) => entry.outcome)).toEqual(["denied", "denied"]);
  });

  it("a handler cannot act on another department's letter, which answers like a missing one", async () => {
    const letter = await makeLetter({ status: "processing", departmentId: deptA.id, acceptedAt: new Date(), dueAt: new Date(Date.now() + 86_400_000) });
    const before = await snapshot(letter.id);
    expect(await replyToLetter(otherHandler, letter.id, { reply: "越权答复" }, { ip })).toEqual({ ok: false, error: "未找到该信件" });
    expect(await requestExtension(otherHandler, letter.id, { reason: "越权" }, { ip })).toEqual({ ok: false, error: "未找到该信件" });
    expect(await snapshot(letter.id)).toEqual(before);
    expect(await auditOf(letter.id, "letter.reply")).toEqual([{ outcome: "denied", actorId: otherHandler.id, ip }]);
    expect(await replyToLetter(handler, letter.id, { reply: "本部门答复" }, { ip })).toEqual({ ok: true });
  });
});

describe("extension", () => {
  it("a handler asks once, an admin grants 15 working days by default", async () => {
    const dueAt = endOfChinaDay("2026-03-11");
    const letter = await makeLetter({ status: "processing", departmentId: deptA.id, acceptedAt: china("2026-02-12T10:00:00"), dueAt });
    expect(await requestExtension(handler, letter.id, { reason: "" }, { ip })).toEqual({ ok: false, error: "请填写申请延期的理由" });
    expect(await requestExtension(handler, letter.id, { reason: "需要现场核查" }, { ip })).toEqual({ ok: true });
    expect(await requestExtension(handler, letter.id, { reason: "再次申请" }, { ip })).toEqual({ ok: false, error: "每封信件只能申请一次延期" });
    let row = await db.letter.findUniqueOrThrow({ where: { id: letter.id } });
    expect(row).toMatchObject({ status: "processing", extensionStatus: "pending", extensionReason: "需要现场核查", dueAt });

    expect(await decideExtension(admin, letter.id, { grant: true }, { ip })).toEqual({ ok: true });
    row = await db.letter.findUniqueOrThrow({ where: { id: letter.id } });
    expect(row).toMatchObject({ extensionStatus: "granted", extensionDays: 15, dueAt: endOfChinaDay("2026-04-01") });
    expect(await decideExtension(admin, letter.id, { grant: false }, { ip })).toEqual({ ok: false, error: "该信件没有待审批的延期申请" });
    const grant = await db.letterEvent.findFirstOrThrow({ where: { letterId: letter.id, action: "extension_grant" } });
    expect(grant).toMatchObject({ visibleToWriter: true, fromStatus: "processing", toStatus: "processing" });
    expect(grant.note).toContain("2026-04-01");
  });

  it("an admin may refuse, and the deadline stays", async () => {
    const dueAt = endOfChinaDay("2026-12-10");
    const letter = await makeLetter({ status: "accepted", acceptedAt: new Date(), dueAt });
    expect(await requestExtension(admin, letter.id, { reason: "材料较多" }, { ip })).toEqual({ ok: true });
    expect(await decideExtension(admin, letter.id, { grant: false, note: "理由不充分" }, { ip })).toEqual({ ok: true });
    expect(await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({ extensionStatus: "refused", dueAt });
  });
});
