import { env, secrets } from "@/lib/env";
import { startScheduledPublishing } from "@/lib/content/schedule";
import { flushViews } from "@/lib/content/views";
import { flushPageViews } from "@/lib/stats/recorder";
import { startTrafficStatistics } from "@/lib/stats/schedule";
import { deliverPendingMail } from "@/lib/mail/sender";
import { closeStaleReplies } from "@/lib/mailbox/workflow";
import { startNightlyBackups } from "@/lib/backup/schedule";
import { sweepOrphanUploadsAtStart } from "@/lib/files/sweep";
import { startNotices } from "@/lib/notices/schedule";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger.mjs";
import { probesFor, type Probes } from "@/lib/ops/probes";

declare global {
  // Read by scripts/server.mjs for /readyz and /metrics (scripts/lib/ops.mjs).
  var __portalProbes: Probes | undefined;
}

/** How often the mailbox housekeeping runs: auto-closing replied letters, retrying e-mail. */
const HOUSEKEEPING_INTERVAL_MS = 60_000;

/**
 * Stops at once on a bad configuration; writes buffered view counts and page views before
 * exiting; hands the readiness and metrics probes to the server (scripts/lib/ops.mjs); starts
 * the mailbox housekeeping, the traffic statistics (recording, nightly roll-up) and, not while
 * `next build` loads this, the staff digest, scheduled publishing, the nightly backup and the
 * sweep of orphan uploads.
 */
export function onServerStart(): void {
  try {
    // next-auth builds its URLs from NEXTAUTH_URL: the configured site, never the request's Host.
    process.env.NEXTAUTH_URL ||= env().SITE_URL;
    secrets();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const housekeeping = setInterval(() => {
    void closeStaleReplies()
      .then(() => deliverPendingMail())
      .catch((error: unknown) => logger.error({ err: error, job: "mailbox-housekeeping" }, "Mailbox housekeeping failed"));
  }, HOUSEKEEPING_INTERVAL_MS);
  housekeeping.unref();
  globalThis.__portalProbes = probesFor(db, env().DATABASE_URL);
  startTrafficStatistics();
  if (process.env.NEXT_PHASE !== "phase-production-build") startNotices();
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void Promise.allSettled([flushViews(), flushPageViews()]).finally(() => process.exit(0));
    });
  }
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    startScheduledPublishing(process.env.PORT ?? "3000");
    // Backups and orphan uploads (docs/decisions/0023).
    startNightlyBackups();
    void sweepOrphanUploadsAtStart();
  }
}
