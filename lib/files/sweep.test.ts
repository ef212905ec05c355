import { existsSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeResident } from "@/test/accounts";
import { pngFile, submitTestLetter } from "@/test/mailbox-submissions";
import { sweepOrphanUploads } from "./sweep";
import { uploadPath } from "./uploads";

// A file written for a submission whose transaction never committed (a crash in between) is
// deleted by the start-up sweep once it is old enough; files rows name are kept.

describe("the orphan-upload sweep", () => {
  it("deletes old files no row names and half-written ones, keeps named and recent files", async () => {
    const resident = await makeResident();
    const letter = await submitTestLetter(resident, {}, { files: [pngFile()] });
    const attachment = await db.letterAttachment.findFirstOrThrow({ where: { letterId: letter.id }, select: { storageKey: true } });
    const dir = path.join(process.env.UPLOAD_DIR!, "mailbox");
    mkdirSync(dir, { recursive: true });
    const orphan = path.join(dir, "0b1c6f0e-orphan.png");
    const part = path.join(dir, "7d2e-interrupted.pdf.part");
    const recent = path.join(dir, "recent-orphan.png");
    for (const file of [orphan, part, recent]) writeFileSync(file, "x");
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const file of [orphan, part, uploadPath(attachment.storageKey)!]) utimesSync(file, hourAgo, hourAgo);

    expect((await sweepOrphanUploads(10 * 60_000)).sort()).toEqual(["mailbox/0b1c6f0e-orphan.png", "mailbox/7d2e-interrupted.pdf.part"]);
    expect([existsSync(orphan), existsSync(part), existsSync(recent), existsSync(uploadPath(attachment.storageKey)!)]).toEqual([false, false, true, true]);
    expect(await sweepOrphanUploads(0)).toEqual(["mailbox/recent-orphan.png"]);
    expect(existsSync(uploadPath(attachment.storageKey)!)).toBe(true);
  });
});
