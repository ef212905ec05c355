// The Prometheus metrics of `npm start` (served at /metrics by scripts/lib/ops.mjs,
// docs/decisions/0027). Every label has a bounded set of values: routes are the labels of
// scripts/lib/route-label.mjs, methods the usual ones or "other", statuses their class.
// The database-backed gauges (letters by status, last backup) are read when scraped.
import client from "prom-client";
import { droppedHitCount, pendingHitCount } from "../../lib/stats/hit-queue.mjs";
import { logger } from "../../lib/log/logger.mjs";

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export function methodLabel(method) {
  return METHODS.has(method) ? method : "other";
}

export function statusClass(status) {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : "other";
}

/**
 * A registry with the portal's metrics. `probes()` returns the database probes
 * (lib/ops/probes.ts) once Next has loaded them, undefined before.
 */
export function createMetrics({ probes = () => undefined, defaultMetrics = true } = {}) {
  const registry = new client.Registry();
  if (defaultMetrics) client.collectDefaultMetrics({ register: registry, prefix: "portal_" });

  const requests = new client.Histogram({
    name: "portal_http_request_duration_seconds",
    help: "Time from a request's arrival to its response's end, by route, method and status class (its _count is the number of requests)",
    labelNames: ["route", "method", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const pageCache = new client.Counter({
    name: "portal_page_cache_lookups_total",
    help: "Public-page requests the server's page cache answered (hit) or passed to Next (miss)",
    labelNames: ["result"],
    registers: [registry],
  });
  pageCache.inc({ result: "hit" }, 0);
  pageCache.inc({ result: "miss" }, 0);
  new client.Gauge({
    name: "portal_page_views_queued",
    help: "Distinct page-view rows waiting to be written to the traffic statistics",
    registers: [registry],
    collect() {
      this.set(pendingHitCount());
    },
  });
  new client.Gauge({
    name: "portal_page_views_dropped",
    help: "Page-view rows dropped since the start because the queue was full or the database refused them",
    registers: [registry],
    collect() {
      this.set(droppedHitCount());
    },
  });
  new client.Gauge({
    name: "portal_letters",
    help: "Letters to the 州长信箱 by status",
    labelNames: ["status"],
    registers: [registry],
    async collect() {
      const counts = await fromDatabase(() => probes()?.lettersByStatus());
      for (const [status, count] of Object.entries(counts ?? {})) this.set({ status }, count);
    },
  });
  new client.Gauge({
    name: "portal_backup_last_success_timestamp_seconds",
    help: "When the last good backup was made (Unix time); 0 when none is recorded",
    registers: [registry],
    async collect() {
      this.set((await fromDatabase(() => probes()?.lastBackupSeconds())) ?? 0);
    },
  });

  return {
    registry,
    /** Records a finished request. */
    observeRequest({ route, method, status, seconds }) {
      requests.observe({ route, method: methodLabel(method), status: statusClass(status) }, seconds);
    },
    /** Records a page-cache lookup: "hit" or "miss". */
    pageCacheLookup(result) {
      pageCache.inc({ result });
    },
  };
}

/** A scrape still answers when the database does not: the gauge keeps its last value. */
async function fromDatabase(read) {
  try {
    return await read();
  } catch (error) {
    logger.warn({ err: error }, "metrics: could not read from the database");
    return undefined;
  }
}
