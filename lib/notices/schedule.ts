import { env } from "@/lib/env";
import { sendStaffDigests } from "./digest";

// Started once by the server (lib/server-start.ts): sends the staff digest every day at STAFF_DIGEST_TIME (China time), and once shortly after
// start when that time has already passed today (a server down at 08:00 catches up; the
// digest is idempotent per user and day, so a restart never sends a second one).

const DAY_MS = 24 * 3600_000;
const CHINA_OFFSET_MS = 8 * 3600_000;

/** Milliseconds after China midnight of an "HH:MM". */
export function digestTimeOfDay(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return (hours! * 60 + minutes!) * 60_000;
}

/** How long from `now` until the next digest time; 0 never (a full day instead). */
export function untilNextDigest(now: number, at: number): number {
  const sinceMidnight = (now + CHINA_OFFSET_MS) % DAY_MS;
  const wait = at - sinceMidnight;
  return wait > 0 ? wait : wait + DAY_MS;
}

async function runDigest(): Promise<void> {
  try {
    const sent = await sendStaffDigests();
    if (sent > 0) console.log(`Staff digest: queued ${sent} mail(s)`);
  } catch (error) {
    console.error("Staff digest failed:", (error as Error).message);
  }
}

export function startNotices(): void {
  const at = digestTimeOfDay(env().STAFF_DIGEST_TIME);
  const schedule = () => {
    setTimeout(() => void runDigest().finally(schedule), untilNextDigest(Date.now(), at)).unref();
  };
  if ((Date.now() + CHINA_OFFSET_MS) % DAY_MS >= at) setTimeout(() => void runDigest(), 45_000).unref();
  schedule();
}
