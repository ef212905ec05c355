import { isbot } from "isbot";
import { UAParser } from "ua-parser-js";

// What the statistics keep of a user agent: browser and operating system family with the
// major version, the device type and whether it is a crawler. The string itself is not stored.
// Plain JavaScript: the page-view writer's worker thread uses it (lib/stats/writer-worker.mjs).

export const UNKNOWN = "其他";
const CACHE_SIZE = 2_000;
/** @type {Map<string, import("./user-agent.d.mts").AgentClass>} */
const cache = new Map();

function major(version) {
  return version?.split(".")[0]?.slice(0, 20) ?? "";
}

function deviceOf(type, bot) {
  if (type === "mobile" || type === "tablet") return type;
  if (type === undefined) return bot ? "other" : "desktop";
  return "other"; // console, smarttv, wearable, embedded
}

export function classifyUserAgent(userAgent) {
  const known = cache.get(userAgent);
  if (known) return known;
  const result = new UAParser(userAgent).getResult();
  const bot = userAgent.trim() === "" || isbot(userAgent);
  const agent = {
    browser: result.browser.name?.slice(0, 40) ?? UNKNOWN,
    browserVersion: result.browser.major?.slice(0, 20) ?? major(result.browser.version),
    os: result.os.name?.slice(0, 40) ?? UNKNOWN,
    osVersion: major(result.os.version),
    device: deviceOf(result.device.type, bot),
    bot,
  };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value);
  cache.set(userAgent, agent);
  return agent;
}
