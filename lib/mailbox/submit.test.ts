import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeResident } from "@/test/accounts";
import { letterForm, submitTestLetter, PDF_BYTES, pngFile } from "@/test/mailbox-submissions";
import { uploadPath } from "@/lib/files/uploads";
import { ATTACHMENT_DIR, sniffType } from "./attachments";
import { hashTrackingCode, TRACKING_CODE_ALPHABET } from "./codes";
import { DAILY_LIMIT_MESSAGE, submitLetter } from "./submit";
import { letterSchema } from "./validation";

const uploads = () => {
  const dir = path.join(process.env.UPLOAD_DIR!, ATTACHMENT_DIR);
  return existsSync(dir) ? readdirSync(dir) : [];
};

const countAll = async () => ({
  letters: await db.letter.count(),
  attachments: await db.letterAttachment.count(),
  events: await db.letterEvent.count(),
  files: uploads().length,
});

describe("letter validation", () => {
  it("accepts a complete letter and refuses bad fields with Chinese messages", () => {
    expect(letterSchema.safeParse(letterForm()).success).toBe(true);
    const bad = letterSchema.safeParse(letterForm({ type: "other", title: "", content: "太短", contactPhone: "123", contactEmail: "x" }));
    expect(bad.success).toBe(false);
    const fields = Object.fromEntries(bad.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(Object.keys(fields).sort()).toEqual(["contactEmail", "contactPhone", "content", "title", "type"]);
    expect(fields.content).toBe("内容不能少于 10 个字");
    expect(letterSchema.safeParse(letterForm({ title: "标".repeat(101) })).success).toBe(false);
    expect(letterSchema.safeParse(letterForm({ title: "标".repeat(100) })).success).toBe(true);
    expect(letterSchema.safeParse(letterForm({ content: "字".repeat(5001) })).success).toBe(false);
  });

  it("同意公开 is off by default and impossible for 举报", () => {
    expect(letterSchema.parse(letterForm()).agreePublic).toBe(false);
    expect(letterSchema.parse(letterForm({ agreePublic: "on" })).agreePublic).toBe(true);
    const report = letterSchema.safeParse(letterForm({ type: "report", agreePublic: "on" }));
    expect(report.error?.issues).toEqual([expect.objectContaining({ path: ["agreePublic"], message: expect.stringContaining("举报") })]);
  });

  it("reads the file type from the content", () => {
    expect(sniffType(PDF_BYTES)?.mimeType).toBe("application/pdf");
    expect(sniffType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))?.mimeType).toBe("image/jpeg");
    expect(sniffType(new TextEncoder().encode("GIF89a......"))?.mimeType).toBe("image/gif");
    expect(sniffType(new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))?.mimeType).toBe("image/webp");
    expect(sniffType(new TextEncoder().encode("<html>not an image</html>"))).toBeNull();
  });
});

describe("submitLetter", () => {
  it("stores the letter, its attachments and a submit event; the code only as a hash", async () => {
    const resident = await makeResident();
    const now = new Date("2026-11-29T02:00:00Z");
    const letter = await submitTestLetter(resident, {}, { files: [pngFile(), new File([PDF_BYTES], "证明.pdf")], now });
    expect(letter.number).toMatch(new RegExp(`^20261129-\\d{4,}$`));
    expect(letter.number.endsWith(String(letter.id).padStart(4, "0"))).toBe(true);
    expect(letter.trackingCode).toHaveLength(12);
    expect([...letter.trackingCode].every((char) => TRACKING_CODE_ALPHABET.includes(char))).toBe(true);
    expect(TRACKING_CODE_ALPHABET).not.toMatch(/[0O1IL]/);

    const stored = await db.letter.findUniqueOrThrow({
      where: { id: letter.id },
      select: { writerId: true, status: true, agreePublic: true, trackingCodeHash: true, attachments: { select: { fileName: true, mimeType: true, storageKey: true } }, events: { select: { action: true, toStatus: true, visibleToWriter: true } } },
    });
    expect(stored).toMatchObject({ writerId: resident.id, status: "submitted", agreePublic: false, trackingCodeHash: hashTrackingCode(letter.trackingCode) });
    expect(JSON.stringify(stored)).not.toContain(letter.trackingCode);
    expect(stored.attachments.map((file) => [file.fileName, file.mimeType])).toEqual([
      ["photo.png", "image/png"],
      ["证明.pdf", "application/pdf"],
    ]);
    for (const file of stored.attachments) expect(existsSync(uploadPath(file.storageKey)!)).toBe(true);
    expect(stored.events).toEqual([{ action: "submit", toStatus: "submitted", visibleToWriter: true }]);
  });

  it("refuses a file that is not what its name says, and more than 3 files, writing nothing", async () => {
    const resident = await makeResident();
    const before = await countAll();
    const fake = new File([new TextEncoder().encode("MZ executable pretending")], "photo.png", { type: "image/png" });
    const input = letterSchema.parse(letterForm());
    const refused = await submitLetter(resident, input, [pngFile(), fake], new Date(), 5);
    expect(refused).toEqual({ ok: false, fieldErrors: { attachments: [expect.stringContaining("不是 JPEG、PNG、GIF、WebP 图片或 PDF")] } });
    const tooMany = await submitLetter(resident, input, [pngFile(), pngFile(), pngFile(), pngFile()], new Date(), 5);
    expect(tooMany).toEqual({ ok: false, fieldErrors: { attachments: ["最多上传 3 个附件"] } });
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1).fill(0xff)], "big.jpg");
    expect(await submitLetter(resident, input, [big], new Date(), 5)).toMatchObject({ ok: false, fieldErrors: { attachments: [expect.stringContaining("超过 5 MB")] } });
    expect(await countAll()).toEqual(before);
  });

  it("an empty file input is no attachment, however it arrives; an empty named file is refused", async () => {
    const resident = await makeResident();
    const input = letterSchema.parse(letterForm());
    // "" from a plain form post, "undefined" from React's decoding of a server action's body.
    const noFile = (name: string) => new File([], name, { type: "application/octet-stream" });
    const written = await submitLetter(resident, input, [noFile(""), noFile("undefined")], new Date(), 5);
    expect(written.ok).toBe(true);
    if (written.ok) expect(await db.letterAttachment.count({ where: { letter: { number: written.number } } })).toBe(0);
    const empty = await submitLetter(resident, letterSchema.parse(letterForm()), [noFile("photo.png")], new Date(), 5);
    expect(empty).toEqual({ ok: false, fieldErrors: { attachments: ["附件“photo.png”是空文件"] } });
  });

  it("removes the written files when the transaction fails", async () => {
    const resident = await makeResident();
    const before = await countAll();
    // A writer that does not exist: the letter's foreign key fails inside the transaction.
    const ghost = { id: resident.id + 10_000, role: "resident" };
    await expect(submitLetter(ghost, letterSchema.parse(letterForm()), [pngFile()], new Date(), 5)).rejects.toThrow();
    expect(await countAll()).toEqual(before);
  });

  it("a re-sent form or a double click creates one letter", async () => {
    const resident = await makeResident();
    const input = letterSchema.parse(letterForm());
    const first = await submitLetter(resident, input, [pngFile()], new Date(), 5);
    const again = await submitLetter(resident, input, [pngFile()], new Date(), 5);
    expect(first).toMatchObject({ ok: true, duplicate: false, trackingCode: expect.any(String) });
    expect(again).toMatchObject({ ok: true, duplicate: true, trackingCode: null, number: (first as { number: string }).number });

    const concurrent = letterSchema.parse(letterForm());
    const results = await Promise.all(Array.from({ length: 4 }, () => submitLetter(resident, concurrent, [pngFile()], new Date(), 5)));
    expect(new Set(results.map((result) => (result as { number: string }).number)).size).toBe(1);
    expect(results.filter((result) => result.ok && !result.duplicate)).toHaveLength(1);
    expect(await db.letter.count({ where: { submissionKey: concurrent.submissionKey } })).toBe(1);
    expect(await db.letterAttachment.count({ where: { letter: { writerId: resident.id } } })).toBe(2);
    expect(uploads()).toHaveLength(await db.letterAttachment.count());

    // Another person's key is not theirs to reuse.
    const other = await makeResident();
    expect(await submitLetter(other, input, [], new Date(), 5)).toMatchObject({ ok: false, formError: expect.stringContaining("表单已失效") });
  });

  it("allows 5 letters per resident per China-time day, also under concurrency", async () => {
    const resident = await makeResident();
    const evening = new Date("2026-11-29T15:30:00Z"); // 23:30 in China
    const results = await Promise.all(
      Array.from({ length: 8 }, () => submitLetter(resident, letterSchema.parse(letterForm()), [], evening, 5)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array.from({ length: 3 }, () => ({ ok: false, fieldErrors: {}, formError: DAILY_LIMIT_MESSAGE(5) })),
    );
    expect(await db.letter.count({ where: { writerId: resident.id } })).toBe(5);
    // Midnight in China starts a new day.
    const nextDay = new Date("2026-11-29T16:00:00Z");
    expect(await submitLetter(resident, letterSchema.parse(letterForm()), [], nextDay, 5)).toMatchObject({ ok: true });
    // Other residents are not affected.
    expect(await submitLetter(await makeResident(), letterSchema.parse(letterForm()), [], evening, 5)).toMatchObject({ ok: true });
  });

  it("numbers stay unique under concurrent submissions of many residents", async () => {
    const residents = await Promise.all(Array.from({ length: 6 }, () => makeResident()));
    const letters = await Promise.all(residents.flatMap((resident) => [submitTestLetter(resident), submitTestLetter(resident)]));
    expect(new Set(letters.map((letter) => letter.number)).size).toBe(12);
    expect(await db.letter.count({ where: { number: { startsWith: "pending-" } } })).toBe(0);
  });
});
