// Page views and dwell times waiting to be written. scripts/server.mjs adds them (it sees
// every request, including pages served from its page cache); lib/stats/recorder.ts, loaded
// by Next in the same process, writes them in batches. The queue lives on globalThis because
// the server's modules and Next's bundled copy of lib/ are separate module instances.
// Plain JavaScript: scripts/server.mjs imports it (docs/decisions/0010).
//
// Adding a hit is all a page view costs the request: views with the same visitor (address
// and user agent), page, referrer, mode and day are merged here into one waiting row, and
// the visitor key (an HMAC) is computed only when the rows are taken for writing, once per
// row. The client address is held in memory until then (seconds), never written or logged.
import { randomBytes } from "node:crypto";
import { chinaDayNumber, visitorKey } from "./visitor-key.mjs";

const QUEUE = Symbol.for("cj-gov-portal.stats.hits");
/** Beyond this many distinct unwritten rows (e.g. the database is down) new ones are dropped. */
export const MAX_PENDING_HITS = 50_000;
/** This many distinct rows waiting are written at once instead of waiting for the timer. */
export const BATCH_SIZE = 5_000;

function queue() {
  globalThis[QUEUE] ??= { pending: new Map(), keyed: [], dropped: 0, onBatch: null, salts: new Map() };
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
  if (state.pending.size + state.keyed.length >= MAX_PENDING_HITS) {
    state.dropped++;
    return false;
  }
  state.pending.set(key, { hit, day, count: 1, dwellMs: hit.dwellMs });
  if (state.pending.size === BATCH_SIZE) state.onBatch?.();
  return true;
}

/** The random key of a China-time day, drawn when first needed; only ever in memory. */
function saltOf(state, day) {
  let salt = state.salts.get(day);
  if (salt === undefined) {
    salt = randomBytes(32);
    state.salts.set(day, salt);
  }
  return salt;
}

/**
 * Removes and returns every waiting row, with its visitor key instead of the address. The
 * keys of past days are forgotten afterwards, so a visitor cannot be linked across days.
 */
export function takeHits(now = Date.now()) {
  const state = queue();
  const rows = state.keyed;
  state.keyed = [];
  const pending = state.pending;
  state.pending = new Map();
  for (const { hit, day, count, dwellMs } of pending.values()) {
    rows.push({
      at: hit.at,
      views: hit.views * count,
      dwellMs,
      path: hit.path,
      referrer: hit.referrer,
      entry: hit.entry,
      userAgent: hit.userAgent,
      ipVersion: hit.ip.includes(":") ? 6 : 4,
      elder: hit.elder,
      visitorKey: visitorKey(saltOf(state, day), hit.ip, hit.userAgent),
    });
  }
  const today = chinaDayNumber(now);
  for (const day of state.salts.keys()) if (day < today) state.salts.delete(day);
  return rows;
}

/** Puts rows that could not be written back in front, as far as there is room. */
export function returnHits(rows) {
  const state = queue();
  const room = Math.max(0, MAX_PENDING_HITS - state.pending.size - state.keyed.length);
  state.dropped += Math.max(0, rows.length - room);
  state.keyed = [...rows.slice(0, room), ...state.keyed];
}

/** Distinct rows waiting to be written. */
export function pendingHitCount() {
  const state = queue();
  return state.pending.size + state.keyed.length;
}

export function droppedHitCount() {
  return queue().dropped;
}

/** Called whenever BATCH_SIZE distinct rows are waiting. */
export function onBatchReady(callback) {
  queue().onBatch = callback;
}
