import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger.mjs";
import { chinaTimeOfDay, untilChinaTimeOfDay } from "@/lib/mailbox/calendar";
import { flushPageViews, startPageViewRecorder } from "./recorder";
import { rollupTraffic } from "./rollup";

// Started once by the server (lib/server-start.ts): the batch writer for page views and the
// daily roll-up, shortly after midnight China time and once at start (to catch up on days
// the server was down).

const ROLLUP_AT = chinaTimeOfDay("00:10");

async function runRollup(): Promise<void> {
  try {
    await flushPageViews();
    const { days, deleted } = await rollupTraffic();
    if (days.length > 0 || deleted > 0) logger.info({ job: "traffic-rollup", days: days.length, deleted }, `Traffic statistics: rolled up ${days.length} day(s), deleted ${deleted} raw page view(s)`);
  } catch (error) {
    logger.error({ err: error, job: "traffic-rollup" }, "Traffic statistics roll-up failed");
  }
}

export function startTrafficStatistics(): void {
  startPageViewRecorder(env().STATS_FLUSH_MS);
  const schedule = () => {
    setTimeout(() => void runRollup().finally(schedule), untilChinaTimeOfDay(Date.now(), ROLLUP_AT)).unref();
  };
  setTimeout(() => void runRollup(), 30_000).unref();
  schedule();
}
