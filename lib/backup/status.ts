import { Prisma, db, type Db } from "@/lib/db/client";
import { z } from "zod";

// The last good backup, kept in SiteSetting "backup.lastGood" as JSON {at, name, size} (read by
// /admin and the /metrics gauge), and the nightly run's claim of its day, so that of several
// servers on one database only one backs up each night.

export const LAST_GOOD_KEY = "backup.lastGood";
export const NIGHTLY_CLAIM_KEY = "backup.nightlyClaim";
/** /admin warns when the last good backup is older than this (or there is none). */
export const BACKUP_STALE_HOURS = 36;

type Settings = Pick<Db, "siteSetting">;

const lastGoodSchema = z.object({ at: z.string(), name: z.string(), size: z.number() });
export type LastGoodBackup = z.infer<typeof lastGoodSchema>;

export async function recordLastGoodBackup(entry: LastGoodBackup, client: Settings = db): Promise<void> {
  const value = JSON.stringify(entry);
  await client.siteSetting.upsert({ where: { key: LAST_GOOD_KEY }, create: { key: LAST_GOOD_KEY, value }, update: { value }, select: { key: true } });
}

export async function lastGoodBackup(client: Settings = db): Promise<LastGoodBackup | null> {
  const row = await client.siteSetting.findUnique({ where: { key: LAST_GOOD_KEY }, select: { value: true } });
  if (!row) return null;
  try {
    const parsed = lastGoodSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface BackupStatus {
  last: LastGoodBackup | null;
  /** No good backup in the last BACKUP_STALE_HOURS hours */
  stale: boolean;
}

export async function backupStatus(now = new Date(), client: Settings = db): Promise<BackupStatus> {
  const last = await lastGoodBackup(client);
  const age = last ? now.getTime() - new Date(last.at).getTime() : Infinity;
  return { last, stale: !(age <= BACKUP_STALE_HOURS * 3600_000) };
}

/**
 * Claims the nightly backup of `day` (China time, YYYY-MM-DD) for this server: true for exactly
 * one caller per day, whichever of several servers asks first (a conditional update of one
 * row is atomic on both databases).
 */
export async function claimNightlyBackup(day: string, client: Settings = db): Promise<boolean> {
  try {
    await client.siteSetting.create({ data: { key: NIGHTLY_CLAIM_KEY, value: day }, select: { key: true } });
    return true;
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  const { count } = await client.siteSetting.updateMany({ where: { key: NIGHTLY_CLAIM_KEY, value: { lt: day } }, data: { value: day } });
  return count === 1;
}
