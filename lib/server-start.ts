import { env, secrets } from "@/lib/env";
import { startScheduledPublishing } from "@/lib/content/schedule";
import { flushViews } from "@/lib/content/views";

/**
 * Stops at once on a bad configuration; writes buffered view counts before exiting; starts
 * the scheduled-publishing timer (not while `next build` loads this).
 */
export function onServerStart(): void {
  try {
    env();
    secrets();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void flushViews().finally(() => process.exit(0));
    });
  }
  if (process.env.NEXT_PHASE !== "phase-production-build") startScheduledPublishing(process.env.PORT ?? "3000");
}
