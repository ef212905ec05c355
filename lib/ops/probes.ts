import type { Db } from "@/lib/db/client";
import { shippedMigrations } from "@/lib/db/migrations-dir";
import { LETTER_STATUSES, type LetterStatus } from "@/lib/mailbox/states";

// What /readyz and /metrics (scripts/lib/ops.mjs) ask the database, handed to the server by
// lib/server-start.ts (docs/decisions/0027). Each is one small query.

/** The SiteSetting the backup writes after a good backup (lib/backup/status.ts): JSON with `at` (an ISO time). */
export { LAST_GOOD_KEY as LAST_BACKUP_SETTING } from "@/lib/backup/status";
import { LAST_GOOD_KEY as LAST_BACKUP_SETTING } from "@/lib/backup/status";

export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * Ready when the database answers and has recorded every migration shipped with this
 * version; otherwise the reason, short and without personal data.
 */
export async function readiness(db: Db, url: string): Promise<Readiness> {
  let recorded: Set<string>;
  try {
    const rows = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM "_app_migrations"`);
    recorded = new Set(rows.map((row) => row.name));
  } catch {
    return { ready: false, reason: "database unavailable or not migrated" };
  }
  const missing = shippedMigrations(url).filter((name) => !recorded.has(name));
  if (missing.length > 0) return { ready: false, reason: `${missing.length} migration(s) not applied: ${missing[0]}${missing.length > 1 ? ", ..." : ""}` };
  return { ready: true };
}

/** The number of letters in each status (every status, 0 included). */
export async function lettersByStatus(db: Db): Promise<Record<LetterStatus, number>> {
  const counts = Object.fromEntries(LETTER_STATUSES.map((status) => [status, 0])) as Record<LetterStatus, number>;
  const groups = await db.letter.groupBy({ by: ["status"], _count: { _all: true } });
  for (const group of groups) counts[group.status as LetterStatus] = group._count._all;
  return counts;
}

/** When the last good backup was made, in seconds since 1970, or 0 when none is recorded. */
export async function lastBackupSeconds(db: Db): Promise<number> {
  const setting = await db.siteSetting.findUnique({ where: { key: LAST_BACKUP_SETTING }, select: { value: true } });
  if (!setting) return 0;
  try {
    const at = Date.parse((JSON.parse(setting.value) as { at?: unknown }).at as string);
    return Number.isFinite(at) ? Math.floor(at / 1000) : 0;
  } catch {
    return 0;
  }
}

/** The probes the server calls, bound to the process's database. */
export interface Probes {
  readiness(): Promise<Readiness>;
  lettersByStatus(): Promise<Record<LetterStatus, number>>;
  lastBackupSeconds(): Promise<number>;
}

export function probesFor(db: Db, url: string): Probes {
  return {
    readiness: () => readiness(db, url),
    lettersByStatus: () => lettersByStatus(db),
    lastBackupSeconds: () => lastBackupSeconds(db),
  };
}
