import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger.mjs";
import { chinaTimeOfDay, sinceChinaMidnight, untilChinaTimeOfDay } from "@/lib/mailbox/calendar";
import { sendStaffDigests } from "./digest";

// Started once by the server (lib/server-start.ts): sends the staff digest every day at STAFF_DIGEST_TIME (China time), and once shortly after
// start when that time has already passed today (a server down at 08:00 catches up; the
// digest is idempotent per user and day, so a restart never sends a second one).

/** Milliseconds after China midnight of an "HH:MM". */
export const digestTimeOfDay = chinaTimeOfDay;
/** How long from `now` until the next digest time; 0 never (a full day instead). */
export const untilNextDigest = untilChinaTimeOfDay;

async function runDigest(): Promise<void> {
  try {
    const sent = await sendStaffDigests();
    if (sent > 0) logger.info({ job: "staff-digest", sent }, `Staff digest: queued ${sent} mail(s)`);
  } catch (error) {
    logger.error({ err: error, job: "staff-digest" }, "Staff digest failed");
  }
}

export function startNotices(): void {
  const at = digestTimeOfDay(env().STAFF_DIGEST_TIME);
  const schedule = () => {
    setTimeout(() => void runDigest().finally(schedule), untilNextDigest(Date.now(), at)).unref();
  };
  if (sinceChinaMidnight(Date.now()) >= at) setTimeout(() => void runDigest(), 45_000).unref();
  schedule();
}
