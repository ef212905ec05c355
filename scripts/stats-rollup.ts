// npm run stats:rollup [-- --day 2026-11-28 ...]
// Rolls the raw page views of finished days up into daily totals (TrafficDaily) and deletes
// raw page views older than STATS_RAW_RETENTION_DAYS (180), on the database of DATABASE_URL.
// The server does the same every night (lib/stats/schedule.ts); running it again is safe.
// --day rolls up the given day(s) again as well, e.g. after a correction.
import { parseArgs } from "node:util";
import { env } from "@/lib/env";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { day: { type: "string", multiple: true } }, strict: true });
  const days = values.day ?? [];
  const bad = days.filter((day) => !/^\d{4}-\d{2}-\d{2}$/.test(day));
  if (bad.length > 0) {
    console.error(`stats:rollup: --day takes a date like 2026-11-28, not ${bad.join(", ")}`);
    return 2;
  }
  const config = env();
  const { migrate } = await import("@/lib/db/migrate");
  await migrate(config.DATABASE_URL);
  const { db } = await import("@/lib/db/client");
  const { rollupDay, rollupTraffic } = await import("@/lib/stats/rollup");
  try {
    for (const day of days) await rollupDay(day);
    const result = await rollupTraffic();
    const rolled = [...new Set([...days, ...result.days])].sort();
    console.log(`Rolled up ${rolled.length} day(s)${rolled.length ? `: ${rolled.join(", ")}` : ""}.`);
    console.log(`Deleted ${result.deleted} raw page view(s) older than ${config.STATS_RAW_RETENTION_DAYS} days.`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
