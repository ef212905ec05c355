import { afterEach, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { shippedMigrations } from "@/lib/db/migrations-dir";
import { makeLetter } from "@/test/mailbox";
import { LAST_BACKUP_SETTING, lastBackupSeconds, lettersByStatus, readiness } from "./probes";

const url = process.env.DATABASE_URL!;

afterEach(async () => {
  await db.siteSetting.deleteMany({ where: { key: LAST_BACKUP_SETTING } });
});

it("is ready on a database with every shipped migration applied", async () => {
  expect(await readiness(db, url)).toEqual({ ready: true });
});

it("is not ready when a shipped migration is missing from the database, and names it", async () => {
  const newest = shippedMigrations(url).at(-1)!;
  const [row] = await db.$queryRawUnsafe<{ applied_at: string }[]>(`SELECT "applied_at" FROM "_app_migrations" WHERE "name" = '${newest}'`);
  await db.$executeRawUnsafe(`DELETE FROM "_app_migrations" WHERE "name" = '${newest}'`);
  try {
    expect(await readiness(db, url)).toEqual({ ready: false, reason: `1 migration(s) not applied: ${newest}` });
  } finally {
    await db.$executeRawUnsafe(`INSERT INTO "_app_migrations" ("name", "applied_at") VALUES ('${newest}', '${row!.applied_at}')`);
  }
  expect(await readiness(db, url)).toEqual({ ready: true });
});

it("counts letters by status, every status included", async () => {
  const before = await lettersByStatus(db);
  expect(Object.keys(before).sort()).toEqual(["accepted", "closed", "processing", "rejected", "replied", "submitted"]);
  await makeLetter({ status: "submitted" });
  await makeLetter({ status: "submitted" });
  await makeLetter({ status: "replied" });
  const after = await lettersByStatus(db);
  expect(after.submitted - before.submitted).toBe(2);
  expect(after.replied - before.replied).toBe(1);
  expect(after.closed).toBe(before.closed);
});

it("reads the last good backup's time, 0 when none or unreadable", async () => {
  expect(await lastBackupSeconds(db)).toBe(0);
  await db.siteSetting.create({ data: { key: LAST_BACKUP_SETTING, value: JSON.stringify({ at: "2026-12-01T18:00:00.000Z", file: "x" }) }, select: { key: true } });
  expect(await lastBackupSeconds(db)).toBe(Date.parse("2026-12-01T18:00:00.000Z") / 1000);
  await db.siteSetting.update({ where: { key: LAST_BACKUP_SETTING }, data: { value: "not json" }, select: { key: true } });
  expect(await lastBackupSeconds(db)).toBe(0);
});
