import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedWorkCalendar } from "@/prisma/seed";
import { makeResident } from "@/test/accounts";
import { makeStaff } from "@/test/staff";
import { citizenForm } from "@/test/ysq";
import { checkAttachments } from "@/lib/mailbox/attachments";
import { readReplyFileForOwner, readReplyFileForStaff, readReplyFileWithCode } from "./files";
import { enterInfoRequest } from "./intake";
import { myInfoRequest, myInfoRequests } from "./mine";
import { yearReport } from "./report";
import { submitInfoRequest } from "./submit";
import { infoRequestSchema, staffInfoRequestSchema } from "./validation";
import { registerRequest, replyToRequest } from "./workflow";

// Issue 12's remaining 依申请公开 parts: files sent with a reply (who may download them), requests
// staff enter from other channels (registered at once, counted by channel, audited) and a
// resident's own requests.

const china = (local: string) => new Date(`${local}+08:00`);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

let officer: { id: number; role: string };
let editor: { id: number; role: string };

beforeAll(async () => {
  await seedWorkCalendar(db);
  officer = await makeStaff("disclosure");
  editor = await makeStaff("editor");
});

const form = citizenForm;

const auditCount = (action: string, outcome: string) => db.auditEntry.count({ where: { action, outcome } });

describe("reply files", () => {
  it("stores them with the reply, names them in the mail, and lets only the pair, the owner and staff download them", async () => {
    const resident = await makeResident();
    const stranger = await makeResident();
    const input = infoRequestSchema.parse(form());
    const submitted = await submitInfoRequest(resident, input, `203.0.113.${Math.floor(Math.random() * 200)}`);
    if (!submitted.ok || !submitted.trackingCode) throw new Error("not submitted");
    const { id } = await db.infoRequest.findUniqueOrThrow({ where: { number: submitted.number }, select: { id: true } });
    expect((await registerRequest(officer, id)).ok).toBe(true);

    const bad = await checkAttachments([new File([new TextEncoder().encode("<script>")], "a.pdf")]);
    expect(bad.ok).toBe(false);
    const checked = await checkAttachments([new File([PNG], "项目清单.png"), new File([], "")]);
    if (!checked.ok) throw new Error("not checked");
    const refused = await replyToRequest(editor, id, { outcome: "disclose", legalBasis: "第三十六条", reply: "予以公开，见附件。", files: checked.files });
    expect(refused).toEqual({ ok: false, error: "您没有办理此事项的权限" });
    expect(await db.infoRequestAttachment.count({ where: { requestId: id } })).toBe(0);

    const replied = await replyToRequest(officer, id, { outcome: "disclose", legalBasis: "第三十六条", reply: "予以公开，见附件。", files: checked.files });
    expect(replied).toEqual({ ok: true });
    const [file] = await db.infoRequestAttachment.findMany({ where: { requestId: id }, select: { id: true, fileName: true, size: true } });
    expect(file).toMatchObject({ fileName: "项目清单.png", size: PNG.length });
    const mail = await db.outboxMail.findFirstOrThrow({ where: { kind: "inforequest.reply", subject: { contains: submitted.number } }, select: { body: true } });
    expect(mail.body).toContain("- 项目清单.png");

    const withCode = await readReplyFileWithCode(submitted.number, submitted.trackingCode, file!.id, "198.51.100.77");
    expect(withCode.kind).toBe("file");
    if (withCode.kind === "file") expect(new Uint8Array(withCode.file.bytes)).toEqual(PNG);
    expect((await readReplyFileWithCode(submitted.number, "WRONGCODE123", file!.id, "198.51.100.77")).kind).toBe("not-found");
    expect(await readReplyFileForOwner(resident, file!.id)).toMatchObject({ fileName: "项目清单.png", mimeType: "image/png" });
    expect(await readReplyFileForOwner(stranger, file!.id)).toBeNull();

    const denied = await auditCount("inforequest.attachment_download", "denied");
    expect(await readReplyFileForStaff(editor, id, file!.id)).toBeNull();
    expect(await auditCount("inforequest.attachment_download", "denied")).toBe(denied + 1);
    const success = await auditCount("inforequest.attachment_download", "success");
    expect(await readReplyFileForStaff(officer, id, file!.id)).toMatchObject({ fileName: "项目清单.png" });
    expect(await readReplyFileForStaff(officer, id + 1000, file!.id)).toBeNull();
    expect(await auditCount("inforequest.attachment_download", "success")).toBe(success + 1);
  });
});

describe("staff entry from other channels", () => {
  it("uses the public form's rules plus the channel, registers at once, counts the channel and is audited", async () => {
    const errors = (values: Record<string, string>) => {
      const parsed = staffInfoRequestSchema.safeParse(values);
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
    };
    expect(errors(form())).toEqual({ channel: "请选择收到申请的渠道" });
    expect(errors(form({ channel: "online" }))).toEqual({ channel: "请选择收到申请的渠道" });
    expect(errors(form({ channel: "letter", idCard: "110105194912310021" }))).toEqual({ idCard: "身份证号码校验位不正确，请核对" });
    expect(infoRequestSchema.parse(form({ channel: "letter" })).channel).toBe("online");

    const now = china("2026-11-02T10:00:00");
    const input = staffInfoRequestSchema.parse(form({ channel: "letter", email: "", delivery: "post" }));
    expect(await enterInfoRequest(editor, input, null, now)).toEqual({ ok: false, formError: "您没有登记申请的权限" });
    const created = await enterInfoRequest(officer, input, "192.0.2.1", now);
    if (!created.ok || !created.id) throw new Error("not entered");
    expect(created.trackingCode).toMatch(/^[0-9A-Z]{12}$/);
    const row = await db.infoRequest.findUniqueOrThrow({
      where: { id: created.id },
      select: { channel: true, status: true, receivedAt: true, dueAt: true, userId: true, events: { select: { action: true }, orderBy: { id: "asc" } } },
    });
    expect(row).toMatchObject({ channel: "letter", status: "registered", receivedAt: now, userId: null });
    expect(row.dueAt).toEqual(china("2026-11-30T23:59:59.999"));
    expect(row.events.map((event) => event.action)).toEqual(["submit", "register"]);
    expect(await db.auditEntry.count({ where: { action: "inforequest.create", outcome: "success", targetId: String(created.id) } })).toBe(1);
    expect(await enterInfoRequest(officer, input, null, now)).toMatchObject({ ok: true, duplicate: true, trackingCode: null });

    const report = await yearReport(2026);
    expect(report.byChannel.find((row) => row.channel === "letter")?.count).toBeGreaterThanOrEqual(1);
  });
});

describe("a resident's own requests", () => {
  it("lists them newest first and opens one without the code, only for its owner", async () => {
    const resident = await makeResident();
    const other = await makeResident();
    const first = await submitInfoRequest(resident, infoRequestSchema.parse(form()), "192.0.2.50", china("2026-11-03T09:00:00"));
    const second = await submitInfoRequest(resident, infoRequestSchema.parse(form()), "192.0.2.50", china("2026-11-04T09:00:00"));
    if (!first.ok || !second.ok) throw new Error("not submitted");
    const mine = await myInfoRequests(resident);
    expect(mine.map((request) => request.number)).toEqual([second.number, first.number]);
    expect(mine[0]).toMatchObject({ status: "submitted", dueAt: null });
    expect(await myInfoRequests(other)).toEqual([]);
    expect((await myInfoRequest(resident, first.number.toLowerCase()))?.number).toBe(first.number);
    expect(await myInfoRequest(other, first.number)).toBeNull();
    expect(await myInfoRequest(resident, "' OR 1=1 --")).toBeNull();
  });
});
