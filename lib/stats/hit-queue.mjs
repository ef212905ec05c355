// Page views and dwell times waiting to be written. scripts/server.mjs adds them (it sees
// every request, including pages served from its page cache); lib/stats/recorder.ts, loaded
// by Next in the same process, writes them in batches. The queue lives on globalThis because
// the server's modules and Next's bundled copy of lib/ are separate module instances.
// Plain JavaScript: scripts/server.mjs imports it (docs/decisions/0010).
//
// Adding a hit is all a page view costs the request: views with the same visitor (address
// and user agent), page, referrer, mode and day are merged here into one waiting row. The
// visitor key (an HMAC), the user-agent classes and the INSERT are left to the writer's
// worker thread (lib/stats/writer-worker.mjs), once per row. The client address is held in
// memory until the rows are handed to it (seconds), never written or logged.
import { chinaDayNumber } from "./visitor-key.mjs";

const QUEUE = Symbol.for("cj-gov-portal.stats.hits");
/** Beyond this many distinct unwritten rows (e.g. the database is down) new ones are dropped. */
export const MAX_PENDING_HITS = 50_000;
/** This many distinct rows waiting are written at once instead of waiting for the timer. */
export const BATCH_SIZE = 5_000;

function queue() {
  globalThis[QUEUE] ??= { pending: new Map(), returned: [], dropped: 0, onBatch: null };
  return globalThis[QUEUE];
}

/**
 * Adds a view (`views` 1) or a dwell-time report (`views` 0, `dwellMs`) from the client
 * address `ip`; merged with a waiting one from the same visitor, page, classes and day.
 */
export function enqueueHit(hit) {
  const state = queue();
  const day = chinaDayNumber(hit.at);
  // Header values and paths hold no newline, so the key is unambiguous.
  const key = `${hit.views}\n${day}\n${hit.ip}\n${hit.path}\n${hit.referrer ?? ""}\n${hit.entry ? 1 : 0}${hit.elder ? 1 : 0}\n${hit.userAgent}`;
  const same = state.pending.get(key);
  if (same !== undefined) {
    same.count++;
    same.dwellMs += hit.dwellMs;
    return true;
  }
  if (state.pending.size + state.returned.length >= MAX_PENDING_HITS) {
    state.dropped++;
    return false;
  }
  state.pending.set(key, { hit, day, count: 1, dwellMs: hit.dwellMs });
  if (state.pending.size === BATCH_SIZE) state.onBatch?.();
  return true;
}

/**
 * Removes and returns every waiting hit, as a plain array for the writer's worker thread:
 * [at, views, dwellMs, path, referrer, entry, userAgent, ip, elder, China-time day]; and
 * the rows a failed write returned (already keyed, without the address).
 */
export function takeHits() {
  const state = queue();
  const rows = state.returned;
  state.returned = [];
  const pending = state.pending;
  state.pending = new Map();
  const hits = [];
  for (const { hit, day, count, dwellMs } of pending.values()) {
    hits.push([hit.at, hit.views * count, dwellMs, hit.path, hit.referrer, hit.entry, hit.userAgent, hit.ip, hit.elder, day]);
  }
  return { hits, rows };
}

/** Puts rows that could not be written back in front, as far as there is room. */
export function returnHits(rows) {
  const state = queue();
  const room = Math.max(0, MAX_PENDING_HITS - state.pending.size - state.returned.length);
  state.dropped += Math.max(0, rows.length - room);
  state.returned = [...rows.slice(0, room), ...state.returned];
}

/** Distinct rows waiting to be written. */
export function pendingHitCount() {
  const state = queue();
  return state.pending.size + state.returned.length;
}

export function droppedHitCount() {
  return queue().dropped;
}

/** Called whenever BATCH_SIZE distinct rows are waiting. */
export function onBatchReady(callback) {
  queue().onBatch = callback;
}
