import { env, secrets } from "@/lib/env";
import { flushViews } from "@/lib/content/views";
import { flushPageViews } from "@/lib/stats/recorder";
import { startTrafficStatistics } from "@/lib/stats/schedule";

/** Stops at once on a bad configuration; writes buffered view counts and page views before exiting. */
export function onServerStart(): void {
  try {
    env();
    secrets();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  startTrafficStatistics();
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void Promise.allSettled([flushViews(), flushPageViews()]).finally(() => process.exit(0));
    });
  }
}
