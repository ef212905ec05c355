import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deleteAccount, exportAccount } from "@/lib/accounts/accounts";
import { makeResident, PASSWORD } from "@/test/accounts";
import { submitTestLetter, pngFile, setLetterState } from "@/test/mailbox-submissions";
import { uploadPath } from "@/lib/files/uploads";

describe("letters in the account export and deletion", () => {
  it("export holds the letters, attachment metadata, the writer's events and ratings", async () => {
    const resident = await makeResident();
    const letter = await submitTestLetter(resident, {}, { files: [pngFile("现场.png")] });
    await setLetterState(letter.id, { status: "closed", rating: "satisfied", notes: { writer: "已受理", staff: "内部备注" } });
    const data = await exportAccount(resident);
    const letters = data?.submissions.letters as Record<string, unknown>[];
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({
      number: letter.number,
      contactPhone: "13912345678",
      rating: "satisfied",
      attachments: [{ fileName: "现场.png", mimeType: "image/png", size: expect.any(Number), createdAt: expect.any(Date) }],
    });
    expect(JSON.stringify(letters)).not.toContain("内部备注");
    expect(JSON.stringify(letters)).not.toContain("storageKey");
  });

  it("deletion removes unpublished letters with their files and anonymises published ones", async () => {
    const resident = await makeResident({ name: "王注销" });
    const other = await makeResident();
    const keep = await submitTestLetter(other);
    const privateLetter = await submitTestLetter(resident, {}, { files: [pngFile()] });
    const publicLetter = await submitTestLetter(resident, { title: "原始标题 王注销", content: "原始内容，电话 13912345678", agreePublic: "on" }, { files: [pngFile()] });
    await setLetterState(publicLetter.id, {
      status: "closed",
      rating: "basic",
      published: { publicTitle: "公开标题", publicContent: "公开内容，电话 139****5678", publicReply: "公开答复" },
    });
    await db.letter.update({ where: { id: publicLetter.id }, data: { ratingComment: "王注销的评价" } });
    const files = (await db.letterAttachment.findMany({ where: { letter: { writerId: resident.id } }, select: { storageKey: true } })).map((file) => uploadPath(file.storageKey)!);
    expect(files.every((file) => existsSync(file))).toBe(true);

    expect(await deleteAccount(resident, PASSWORD)).toEqual({ ok: true, value: undefined });
    expect(await db.letter.findUnique({ where: { id: privateLetter.id }, select: { id: true } })).toBeNull();
    const anonymised = await db.letter.findUniqueOrThrow({
      where: { id: publicLetter.id },
      select: { writerId: true, contactName: true, contactPhone: true, contactEmail: true, title: true, content: true, ratingComment: true, rating: true, publicTitle: true, attachments: { select: { id: true } }, events: { select: { actorId: true, note: true } } },
    });
    expect(anonymised).toMatchObject({
      writerId: null,
      contactName: "已注销",
      contactPhone: "已注销",
      contactEmail: "已注销",
      title: "公开标题",
      content: "公开内容，电话 139****5678",
      ratingComment: null,
      rating: "basic",
      publicTitle: "公开标题",
      attachments: [],
    });
    expect(anonymised.events.every((event) => event.actorId === null)).toBe(true);
    expect(JSON.stringify(anonymised)).not.toContain("王注销");
    expect(files.some((file) => existsSync(file))).toBe(false);
    expect(await db.letter.findUnique({ where: { id: keep.id }, select: { writerId: true } })).toEqual({ writerId: other.id });
  });
});
