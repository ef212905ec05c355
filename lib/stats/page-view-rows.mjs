// Turns the queue's waiting hits (lib/stats/hit-queue.mjs, still with the client address)
// into PageView rows: the visitor key instead of the address, the user agent reduced to its
// classes, identical rows merged. Runs in the writer's worker thread
// (lib/stats/writer-worker.mjs), which also holds the day's random keys, only in memory.
import { randomBytes } from "node:crypto";
import { classifyUserAgent } from "./user-agent.mjs";
import { chinaDayNumber, visitorKey } from "./visitor-key.mjs";

/** A row in COLUMNS order (lib/stats/page-view-sql.mjs); `at` as the text Prisma writes. */
function rowOf([at, views, dwellMs, path, referrer, entry, userAgent, ip, elder], key) {
  const agent = classifyUserAgent(userAgent);
  const time = new Date(at).toISOString().replace("Z", "+00:00");
  const ipVersion = ip.includes(":") ? 6 : 4;
  return [time, views, dwellMs, path, referrer, entry, agent.browser, agent.browserVersion, agent.os, agent.osVersion, agent.device, ipVersion, elder, agent.bot, key];
}

/** One row per visitor, page and classes, adding up views and dwell times (columns 1 and 2). */
function collapse(rows) {
  const distinct = new Map();
  for (const row of rows) {
    const key = row.slice(3).join("\u0000");
    const same = distinct.get(key);
    if (same) {
      same[1] += row[1];
      same[2] += row[2];
    } else distinct.set(key, row);
  }
  return [...distinct.values()];
}

export function createRowBuilder({ random = () => randomBytes(32) } = {}) {
  const salts = new Map();
  function saltOf(day) {
    let salt = salts.get(day);
    if (salt === undefined) {
      salt = random();
      salts.set(day, salt);
    }
    return salt;
  }
  /**
   * The rows of the hits; each hit's key is its own China-time day's. The keys of days
   * before `now`'s are forgotten afterwards, so a visitor cannot be linked across days.
   */
  function build(hits, now = Date.now()) {
    const rows = collapse(hits.map((hit) => rowOf(hit, visitorKey(saltOf(hit[9]), hit[7], hit[6]))));
    const today = chinaDayNumber(now);
    for (const day of salts.keys()) if (day < today) salts.delete(day);
    return rows;
  }
  return { build };
}

/** The page views (not dwell reports) in rows. */
export function viewCount(rows) {
  return rows.reduce((views, row) => views + row[1], 0);
}
