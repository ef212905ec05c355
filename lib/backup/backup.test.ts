import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createDb, db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { uploadPath } from "@/lib/files/uploads";
import { makeResident } from "@/test/accounts";
import { createEmptyDatabase, TEST_DIR } from "@/test/database";
import { PDF_BYTES, pngFile, submitTestLetter } from "@/test/mailbox-submissions";
import { backupsToPrune, createBackup, listBackups } from "./backup";
import { countRows } from "./database";
import { readManifest } from "./manifest";
import { restoreBackup, RestoreRefused } from "./restore";
import { runNightlyBackup } from "./schedule";
import { backupStatus, claimNightlyBackup, lastGoodBackup, recordLastGoodBackup } from "./status";

// Backups while letters are being submitted (issue 15): a backup taken during a stream of
// submissions, restored into a fresh empty database and uploads folder, holds every letter
// confirmed before it began, with its attachments; its row counts and checksums match; a
// resident can sign in on it. Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL.

const scratch = await mkdtemp(path.join(TEST_DIR, "backup-"));
const backupDir = path.join(scratch, "backups");
const settings = () => ({ databaseUrl: env().DATABASE_URL, uploadDir: env().UPLOAD_DIR, backupDir });
const targets: { drop: () => Promise<void> }[] = [];
afterAll(async () => {
  for (const target of targets) await target.drop();
  await rm(scratch, { recursive: true, force: true });
});

async function emptyTarget(label: string) {
  const database = await createEmptyDatabase();
  targets.push(database);
  return { databaseUrl: database.url, uploadDir: path.join(scratch, `${label}-uploads`) };
}

// pg_dump, pg_restore and the submissions take their time on a busy machine.
const SLOW = { timeout: 90_000 };
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const pdfFile = () => new File([PDF_BYTES], "材料.pdf", { type: "application/pdf" });

describe("a backup taken while letters are submitted", () => {
  it("restores every letter confirmed before it began, with matching counts and checksums, and a resident signs in", SLOW, async () => {
    const residents = await Promise.all([1, 2, 3].map(() => makeResident()));
    const confirmed: { id: number; number: string; at: number }[] = [];
    let submitting = true;
    const writer = async (resident: (typeof residents)[number], n: number) => {
      for (let i = 0; submitting; i++) {
        const letter = await submitTestLetter(resident, { title: `备份期间的来信 ${n}-${i}` }, { files: i % 2 === 0 ? [pngFile(), pdfFile()] : [] });
        confirmed.push({ ...letter, at: Date.now() });
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    };
    const writers = residents.map((resident, n) => writer(resident, n));
    while (confirmed.length < 12) await new Promise((resolve) => setTimeout(resolve, 20));

    const before = confirmed.length;
    const confirmedBefore = confirmed.slice(0, before);
    const result = await createBackup(settings());
    const during = confirmed.length - before;
    submitting = false;
    await Promise.all(writers);

    const { manifest } = result;
    expect(manifest.lastMigration).toMatch(/^\d{14}_/);
    expect(manifest.rowCounts.Letter).toBeGreaterThanOrEqual(before);
    expect(readdirSync(result.dir).sort()).toEqual([manifest.provider === "sqlite" ? "database.sqlite" : "database.pgdump", "manifest.json", "uploads"]);

    const target = await emptyTarget("restored");
    const report = await restoreBackup({ backup: result.dir, ...target });
    expect(report.rows).toBe(Object.values(manifest.rowCounts).reduce((a, b) => a + b, 0));
    expect((await countRows(target.databaseUrl)).rowCounts).toEqual(manifest.rowCounts);

    const restored = createDb(target.databaseUrl);
    try {
      // Every letter confirmed before the backup began, whole: its event and attachments too.
      const letters = await restored.letter.findMany({
        where: { id: { in: confirmedBefore.map((letter) => letter.id) } },
        select: { id: true, number: true, events: { select: { action: true } }, attachments: { select: { storageKey: true } } },
      });
      expect(letters.map((letter) => letter.number).sort()).toEqual(confirmedBefore.map((letter) => letter.number).sort());
      for (const letter of letters) expect(letter.events.map((event) => event.action)).toContain("submit");
      // Every attachment row of the restored database has its file, byte for byte the original.
      const attachments = await restored.letterAttachment.findMany({ select: { storageKey: true } });
      expect(attachments.length).toBeGreaterThan(0);
      for (const { storageKey } of attachments) {
        expect(sha256(readFileSync(path.join(target.uploadDir, storageKey)))).toBe(sha256(readFileSync(uploadPath(storageKey)!)));
      }
      // No half-written letter: each has its submit event, and never more letters than the source.
      expect(await restored.letter.count({ where: { events: { none: { action: "submit" } } } })).toBe(0);
      expect(await restored.letter.count()).toBeLessThanOrEqual(await db.letter.count());
      // The manifest's checksums describe the restored files.
      for (const file of manifest.files.filter((entry) => entry.path.startsWith("uploads/"))) {
        expect(sha256(readFileSync(path.join(target.uploadDir, file.path.slice("uploads/".length))))).toBe(file.sha256);
      }
      // A resident signs in on the restored database.
      const account = await restored.user.findUniqueOrThrow({ where: { email: residents[0]!.email }, select: { passwordHash: true, emailConfirmed: true } });
      expect(account.emailConfirmed).toBe(true);
      expect(await verifyPassword(account.passwordHash!, residents[0]!.password)).toBe(true);
    } finally {
      await restored.$disconnect();
    }
    console.log(`backup during submissions: ${before} letters confirmed before it began, ${during} during it; ${manifest.rowCounts.Letter} in the backup, ${report.files} file(s) restored`);
  });

  it("refuses a non-empty target without --force, and replaces it with --force", SLOW, async () => {
    const result = await createBackup(settings());
    const target = await emptyTarget("forced");
    await restoreBackup({ backup: result.dir, ...target });
    const letters = (await countRows(target.databaseUrl)).rowCounts.Letter;
    await expect(restoreBackup({ backup: result.dir, ...target })).rejects.toThrow(RestoreRefused);
    await expect(restoreBackup({ backup: result.dir, ...settings() })).rejects.toThrow(/not empty: the database/);
    const again = await restoreBackup({ backup: result.dir, ...target, force: true });
    expect(again.manifest.rowCounts.Letter).toBe(letters);
    expect((await countRows(target.databaseUrl)).rowCounts).toEqual(result.manifest.rowCounts);
  });
});

describe("encrypted backups", () => {
  const key = Buffer.alloc(32, 3).toString("base64");

  it("are unreadable without the key, refused with a wrong one or a changed byte, and restore with the right one", SLOW, async () => {
    const resident = await makeResident();
    await submitTestLetter(resident, {}, { files: [pngFile()] });
    const result = await createBackup({ ...settings(), key });
    expect(readdirSync(result.dir).sort()).toEqual([result.manifest.provider === "sqlite" ? "database.sqlite.enc" : "database.pgdump.enc", "manifest.json.enc", "uploads"]);
    // Not even the manifest is readable: no plain table name, no PNG signature.
    const database = readFileSync(path.join(result.dir, readdirSync(result.dir).find((name) => name.startsWith("database"))!));
    expect(database.includes(Buffer.from("LetterAttachment"))).toBe(false);
    expect(() => readManifest(result.dir, null)).toThrow(/set BACKUP_KEY/);

    const target = await emptyTarget("encrypted");
    await expect(restoreBackup({ backup: result.dir, ...target })).rejects.toThrow(/set BACKUP_KEY/);
    await expect(restoreBackup({ backup: result.dir, ...target, key: Buffer.alloc(32, 4).toString("base64") })).rejects.toThrow(/wrong BACKUP_KEY/);

    const report = await restoreBackup({ backup: result.dir, ...target, key });
    expect(report.manifest.encrypted).toBe(true);
    expect(report.files).toBeGreaterThan(0);

    // One changed byte in an attachment: refused before the (emptied) target is touched.
    const upload = result.manifest.files.find((file) => file.path.startsWith("uploads/"))!;
    const stored = path.join(result.dir, `${upload.path}.enc`);
    const bytes = readFileSync(stored);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 20) ^ 1, bytes.length - 20);
    writeFileSync(stored, bytes);
    const other = await emptyTarget("damaged");
    await expect(restoreBackup({ backup: result.dir, ...other, key })).rejects.toThrow(/cannot be decrypted/);
    expect((await countRows(other.databaseUrl).catch(() => ({ rowCounts: {} }))).rowCounts).toEqual({});
  });
});

describe("nightly backups", () => {
  it("run once per day on one database, record the last good backup and keep 7 daily + 4 weekly", SLOW, async () => {
    const config = { DATABASE_URL: env().DATABASE_URL, UPLOAD_DIR: env().UPLOAD_DIR, BACKUP_DIR: path.join(scratch, "nightly"), BACKUP_KEY: undefined, BACKUP_KEEP_DAILY: 7, BACKUP_KEEP_WEEKLY: 4 };
    const night = new Date("2026-12-01T18:30:00Z"); // 02:30 China time on 12-02
    const first = await runNightlyBackup(night, config);
    expect(first?.name).toBe("2026-12-01T183000Z-nightly");
    // A second server on the same database the same night does nothing.
    expect(await runNightlyBackup(new Date(night.getTime() + 1000), config)).toBeNull();
    expect(await lastGoodBackup()).toEqual({ at: night.toISOString(), name: first!.name, size: first!.size });
    expect((await backupStatus(new Date(night.getTime() + 35 * 3600_000))).stale).toBe(false);
    expect((await backupStatus(new Date(night.getTime() + 37 * 3600_000))).stale).toBe(true);
    expect((await listBackups(config.BACKUP_DIR)).map((backup) => backup.name)).toEqual([first!.name]);
  });

  it("claims each day once, whichever server asks first", async () => {
    const claims = await Promise.all([1, 2, 3, 4].map(() => claimNightlyBackup("2030-01-05")));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimNightlyBackup("2030-01-05")).toBe(false);
    expect(await claimNightlyBackup("2030-01-06")).toBe(true);
  });

  it("warns when there is no backup at all", async () => {
    await db.siteSetting.deleteMany({ where: { key: "backup.lastGood" } });
    expect(await backupStatus()).toEqual({ last: null, stale: true });
    await recordLastGoodBackup({ at: new Date().toISOString(), name: "x", size: 1 });
    expect((await backupStatus()).stale).toBe(false);
  });

  it("keeps the newest backup of each of the last 7 days and of the 4 weeks before, never a manual one", () => {
    const backups = [];
    // Two nightly backups a day for 60 days back from Wednesday 2026-12-02, and a manual one.
    for (let day = 0; day < 60; day++) {
      for (const hour of [18, 20]) {
        const at = new Date(Date.UTC(2026, 11, 1, hour) - day * 86_400_000);
        backups.push({ name: `${at.toISOString().slice(0, 19).replace(/:/g, "")}Z-nightly`, at });
      }
    }
    const manual = { name: "2026-10-01T000000Z-manual", at: new Date("2026-10-01T00:00:00Z") };
    const doomed = new Set(backupsToPrune([...backups, manual], 7, 4));
    const kept = backups.filter((backup) => !doomed.has(backup.name)).map((backup) => backup.name);
    expect(doomed.has(manual.name)).toBe(false);
    expect(kept).toHaveLength(11);
    // The newest of each day: 20:00 UTC is 04:00 China time of the next day.
    expect(kept.slice(0, 7)).toEqual(["2026-12-01T200000Z-nightly", "2026-11-30T200000Z-nightly", "2026-11-29T200000Z-nightly", "2026-11-28T200000Z-nightly", "2026-11-27T200000Z-nightly", "2026-11-26T200000Z-nightly", "2026-11-25T200000Z-nightly"]);
    // Then the newest of each of the 4 weeks (China time, from Monday) before the week of 11-26:
    // the Sundays 11-22, 11-15, 11-08 and 11-01 at 04:00 China time.
    expect(kept.slice(7)).toEqual(["2026-11-21T200000Z-nightly", "2026-11-14T200000Z-nightly", "2026-11-07T200000Z-nightly", "2026-10-31T200000Z-nightly"]);
  });
});
