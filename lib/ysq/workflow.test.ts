import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedWorkCalendar } from "@/prisma/seed";
import { makeResident } from "@/test/accounts";
import { makeStaff } from "@/test/staff";
import { citizenForm } from "@/test/ysq";
import { endOfChinaDay } from "@/lib/mailbox/calendar";
import { exportYearReportCsv, yearReport } from "./report";
import { listRequestsForStaff, viewRequestForStaff } from "./staff";
import { applicantDefaults, submitInfoRequest } from "./submit";
import { answerCorrection, trackInfoRequest } from "./track";
import { infoRequestSchema } from "./validation";
import { decideExtension, registerRequest, replyToRequest, requestCorrection, requestExtension } from "./workflow";

const china = (local: string) => new Date(`${local}+08:00`);
const ip = "198.51.100.9";

let admin: { id: number; role: string };
let officer: { id: number; role: string };
let editor: { id: number; role: string };
let handler: { id: number; role: string };

beforeAll(async () => {
  await seedWorkCalendar(db);
  admin = await makeStaff("admin");
  officer = await makeStaff("disclosure");
  editor = await makeStaff("editor");
  handler = await makeStaff("handler");
});

async function submitted(now = china("2026-11-02T09:00:00"), overrides: Record<string, string> = {}) {
  const input = infoRequestSchema.parse(citizenForm(overrides));
  const result = await submitInfoRequest(null, input, `${ip}-${input.submissionKey}`, now);
  if (!result.ok || !result.trackingCode) throw new Error("not submitted");
  const row = await db.infoRequest.findUniqueOrThrow({ where: { number: result.number }, select: { id: true } });
  return { id: row.id, number: result.number, code: result.trackingCode };
}

describe("the form's rules", () => {
  it("checks the ID check digit, the credit code, the e-mail for e-mail delivery and the declaration", () => {
    const errors = (form: Record<string, string>) => {
      const parsed = infoRequestSchema.safeParse(form);
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
    };
    expect(errors(citizenForm())).toEqual({});
    expect(errors(citizenForm({ idCard: "110105194912310021" }))).toEqual({ idCard: "身份证号码校验位不正确，请核对" });
    expect(errors(citizenForm({ idType: "passport", idCard: "E12345678" }))).toEqual({});
    expect(errors(citizenForm({ email: "", delivery: "email" }))).toMatchObject({ email: expect.stringContaining("电子邮件") });
    expect(errors(citizenForm({ email: "", delivery: "post" }))).toEqual({});
    expect(errors({ ...citizenForm(), declaration: "" })).toMatchObject({ declaration: "请阅读并勾选声明" });
    const organisation = { ...citizenForm(), applicantType: "organisation", orgName: "昌吉某某有限公司", creditCode: "914403001922038216", legalRepresentative: "李四", contactPerson: "王五" };
    expect(errors(organisation)).toEqual({});
    expect(errors({ ...organisation, creditCode: "914403001922038217" })).toEqual({ creditCode: "统一社会信用代码校验位不正确，请核对" });
    expect(errors({ ...organisation, legalRepresentative: "" })).toEqual({ legalRepresentative: "请填写法定代表人" });
    const parsed = infoRequestSchema.parse(organisation);
    expect(parsed).toMatchObject({ name: "昌吉某某有限公司", idNumber: null, creditCode: "914403001922038216", postalCode: null });
  });
});

describe("submitting and tracking", () => {
  it("stores the ID number encrypted, shows it masked, and a re-sent form finds the same request", async () => {
    const form = citizenForm();
    const input = infoRequestSchema.parse(form);
    const first = await submitInfoRequest(null, input, ip);
    const again = await submitInfoRequest(null, input, ip);
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(again).toMatchObject({ ok: true, duplicate: true, trackingCode: null });
    if (!first.ok || !again.ok) throw new Error("unreachable");
    expect(again.number).toBe(first.number);
    expect(first.number).toMatch(/^YSQ\d{8}-\d{4,}$/);
    const row = await db.infoRequest.findUniqueOrThrow({ where: { number: first.number }, select: { id: true, idNumberCipher: true, trackingCodeHash: true, userId: true } });
    expect(row.idNumberCipher).toMatch(/^v1:/);
    expect(row.idNumberCipher).not.toContain("11010519491231002X");
    expect(row.trackingCodeHash).not.toContain(first.trackingCode!);
    expect(row.userId).toBeNull();
    const list = await listRequestsForStaff(officer, {});
    expect(list.requests.find((request) => request.number === first.number)?.maskedId).toBe("110105********002X");
  });

  it("links a signed-in resident's request and pre-fills the resident's details", async () => {
    const resident = await makeResident({ email: "ysq-resident@example.com" });
    expect(await applicantDefaults({ id: resident.id, role: "resident" })).toMatchObject({ email: "ysq-resident@example.com" });
    expect(await applicantDefaults(null)).toEqual({ name: "", phone: "", email: "", address: "" });
    const result = await submitInfoRequest({ id: resident.id, role: "resident" }, infoRequestSchema.parse(citizenForm()), ip);
    if (!result.ok) throw new Error("not submitted");
    expect((await db.infoRequest.findUniqueOrThrow({ where: { number: result.number }, select: { userId: true } })).userId).toBe(resident.id);
  });

  it("answers a wrong pair with 未找到 whether or not the number exists", async () => {
    const request = await submitted();
    const wrongCode = await trackInfoRequest(request.number, "ABCDEFGHJKMN", `${ip}-wrong`);
    const unknownNumber = await trackInfoRequest("YSQ20991231-99999", request.code, `${ip}-wrong`);
    const malformed = await trackInfoRequest("nonsense", request.code, `${ip}-wrong`);
    expect([wrongCode, unknownNumber, malformed]).toEqual([{ kind: "not-found" }, { kind: "not-found" }, { kind: "not-found" }]);
    const found = await trackInfoRequest(request.number.toLowerCase(), request.code.toLowerCase(), `${ip}-wrong`);
    expect(found.kind).toBe("found");
    if (found.kind === "found") {
      expect(found.request).not.toHaveProperty("trackingCodeHash");
      expect(found.request).not.toHaveProperty("idNumberCipher");
      expect(found.request.events.map((event) => event.action)).toEqual(["submit"]);
    }
  });

  it("limits wrong codes per number", async () => {
    const request = await submitted();
    for (let i = 0; i < 10; i++) await trackInfoRequest(request.number, "WRONGWRONG22", `${ip}-limit-${i}`);
    expect(await trackInfoRequest(request.number, request.code, `${ip}-limit-x`)).toEqual({ kind: "rate-limited", per: "number" });
  });
});

describe("the whole cycle", () => {
  it("register -> 补正 -> the applicant answers -> extension -> 予以公开, with the deadline, history, mail and audit", async () => {
    const request = await submitted(china("2026-11-02T08:00:00"));
    expect(await registerRequest(officer, request.id, { ip, now: china("2026-11-02T09:00:00") })).toEqual({ ok: true });
    let row = await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ status: "registered", receivedAt: china("2026-11-02T09:00:00"), dueAt: endOfChinaDay("2026-11-30") });

    expect(await requestCorrection(officer, request.id, { request: "请说明所需信息的具体小区名称。" }, { ip, now: china("2026-11-11T15:00:00") })).toEqual({ ok: true });
    row = await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ status: "correction", dueAt: null, correctionRemainingDays: 13 });
    // Only once, and no answer while the clock stops.
    expect(await replyToRequest(officer, request.id, { outcome: "disclose", legalBasis: "x", reply: "y" }, { ip })).toMatchObject({ ok: false });

    const tracked = await trackInfoRequest(request.number, request.code, `${ip}-cycle`);
    expect(tracked.kind === "found" && tracked.request.correctionRequest).toBe("请说明所需信息的具体小区名称。");
    const answered = await answerCorrection(request.number, request.code, "绿洲小区（延安北路）。", `${ip}-cycle`, china("2026-11-23T08:00:00"));
    expect(answered.kind).toBe("found");
    row = await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ status: "registered", dueAt: endOfChinaDay("2026-12-10"), correctionAnswer: "绿洲小区（延安北路）。" });
    expect(await answerCorrection(request.number, request.code, "again", `${ip}-cycle`)).toEqual({ kind: "not-correction" });
    expect(await requestCorrection(officer, request.id, { request: "再次补正" }, { ip })).toMatchObject({ ok: false, error: expect.stringContaining("一次性告知") });

    expect(await requestExtension(officer, request.id, { reason: "涉及第三方意见征询" }, { ip, now: china("2026-12-01T10:00:00") })).toEqual({ ok: true });
    expect(await requestExtension(officer, request.id, { reason: "again" }, { ip })).toMatchObject({ ok: false });
    // Only an admin decides.
    expect(await decideExtension(officer, request.id, { grant: true }, { ip })).toEqual({ ok: false, error: "您没有办理此事项的权限" });
    expect(await decideExtension(admin, request.id, { grant: true }, { ip, now: china("2026-12-02T10:00:00") })).toEqual({ ok: true });
    row = await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } });
    // 20 working days after 2026-12-10 on the real calendar: 元旦 (2027-01-01) does not count.
    expect(row).toMatchObject({ extensionStatus: "granted", dueAt: endOfChinaDay("2027-01-08") });

    const mailsBefore = await db.outboxMail.count({ where: { kind: "inforequest.reply" } });
    expect(
      await replyToRequest(officer, request.id, { outcome: "disclose", legalBasis: "《中华人民共和国政府信息公开条例》第三十六条第（二）项", reply: "所需信息见附后的资金安排表。" }, { ip, now: china("2026-12-20T10:00:00") }),
    ).toEqual({ ok: true });
    row = await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ status: "replied", outcome: "disclose", repliedLate: false });
    const mail = await db.outboxMail.findFirstOrThrow({ where: { kind: "inforequest.reply" }, orderBy: { id: "desc" } });
    expect(await db.outboxMail.count({ where: { kind: "inforequest.reply" } })).toBe(mailsBefore + 1);
    expect(mail.to).toBe("zhang@example.com");
    expect(mail.body).toContain("予以公开");

    const final = await trackInfoRequest(request.number, request.code, `${ip}-cycle`);
    if (final.kind !== "found") throw new Error("not found");
    expect(final.request.reply).toBe("所需信息见附后的资金安排表。");
    // The applicant sees no staff-only step (the extension request), but the grant.
    expect(final.request.events.map((event) => event.action)).toEqual(["submit", "register", "correction_request", "correction_answer", "extension_grant", "reply"]);
    const audit = await db.auditEntry.findMany({ where: { targetType: "inforequest", targetId: String(request.id), outcome: "success" }, select: { action: true }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["inforequest.register", "inforequest.correction_request", "inforequest.extension_request", "inforequest.extension_grant", "inforequest.reply"]);

    const report = await yearReport(2026, china("2026-12-31T12:00:00"));
    expect(report.replied).toBeGreaterThanOrEqual(1);
    expect(report.byOutcome.find((row) => row.outcome === "disclose")?.count).toBeGreaterThanOrEqual(1);
    expect(report.extended).toBeGreaterThanOrEqual(1);
  });

  it("refuses roles without the permission and changes nothing", async () => {
    const request = await submitted();
    const before = await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } });
    for (const actor of [editor, handler, { id: 1, role: "resident" }]) {
      expect(await registerRequest(actor, request.id, { ip })).toEqual({ ok: false, error: "您没有办理此事项的权限" });
      expect(await viewRequestForStaff(actor, request.id, ip)).toBeNull();
    }
    expect(await db.infoRequest.findUniqueOrThrow({ where: { id: request.id } })).toEqual(before);
    expect(await db.infoRequestEvent.count({ where: { requestId: request.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { targetType: "inforequest", targetId: String(request.id), outcome: "denied" } })).toBe(6);
  });

  it("audits every staff view and marks overdue requests", async () => {
    const request = await submitted(china("2026-01-05T09:00:00"));
    await registerRequest(officer, request.id, { ip, now: china("2026-01-05T09:00:00") });
    const view = await viewRequestForStaff(officer, request.id, ip, china("2026-03-01T09:00:00"));
    expect(view).toMatchObject({ number: request.number, maskedId: "110105********002X", deadline: "overdue" });
    expect(view).not.toHaveProperty("idNumberCipher");
    expect(await db.auditEntry.count({ where: { action: "inforequest.view", targetId: String(request.id), actorId: officer.id, outcome: "success" } })).toBe(1);
    const list = await listRequestsForStaff(officer, { deadline: "overdue" });
    expect(list.requests.map((row) => row.number)).toContain(request.number);
  });

  it("exports the year's figures as CSV and audits the export", async () => {
    const csv = await exportYearReportCsv(admin, 2026, ip);
    expect(csv.startsWith("\uFEFF项目,分类,2026年")).toBe(true);
    expect(csv).toContain("答复,予以公开,");
    expect(csv).toContain("收到申请,网上申请,");
    expect(await db.auditEntry.count({ where: { action: "inforequest.report_export", actorId: admin.id } })).toBe(1);
  });
});
