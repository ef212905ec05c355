// Page views and dwell times waiting to be written. scripts/server.mjs adds them (it sees
// every request, including pages served from its page cache); lib/stats/recorder.ts, loaded
// by Next in the same process, writes them in batches. The queue lives on globalThis because
// the server's modules and Next's bundled copy of lib/ are separate module instances.
// Plain JavaScript: scripts/server.mjs imports it (docs/decisions/0010).

const QUEUE = Symbol.for("cj-gov-portal.stats.hits");
/** Beyond this many unwritten hits (e.g. the database is down) new ones are dropped. */
export const MAX_PENDING_HITS = 50_000;
/** A batch this large is written at once instead of waiting for the timer. */
export const BATCH_SIZE = 500;

function queue() {
  globalThis[QUEUE] ??= { hits: [], dropped: 0, onBatch: null };
  return globalThis[QUEUE];
}

export function enqueueHit(hit) {
  const pending = queue();
  if (pending.hits.length >= MAX_PENDING_HITS) {
    pending.dropped++;
    return false;
  }
  pending.hits.push(hit);
  if (pending.hits.length === BATCH_SIZE) pending.onBatch?.();
  return true;
}

/** Removes and returns every waiting hit. */
export function takeHits() {
  const pending = queue();
  const hits = pending.hits;
  pending.hits = [];
  return hits;
}

/** Puts hits that could not be written back in front, as far as there is room. */
export function returnHits(hits) {
  const pending = queue();
  const room = Math.max(0, MAX_PENDING_HITS - pending.hits.length);
  pending.dropped += Math.max(0, hits.length - room);
  pending.hits = [...hits.slice(0, room), ...pending.hits];
}

export function pendingHitCount() {
  return queue().hits.length;
}

export function droppedHitCount() {
  return queue().dropped;
}

/** Called whenever BATCH_SIZE hits are waiting. */
export function onBatchReady(callback) {
  queue().onBatch = callback;
}
