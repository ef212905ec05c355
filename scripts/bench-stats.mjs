// `npm run bench:stats`: what recording page views costs. Measures the home page's
// throughput with traffic recording on and off (STATS_RECORDING) and prints both and the
// ratio; the loss must stay under 5% (exit code 1 otherwise, unless BENCH_NO_FAIL=1).
//
// By default it starts the production server itself (scripts/server.mjs, building first if
// the sources changed) on a fresh demo database in .test-db/bench.db, twice per round: with
// recording on and off, on BENCH_PORT (3205) and the port after it. In a round both are up and
// warmed up and are loaded in turn (never at once), so that a change in what the rest of the
// machine is doing falls on both sides alike; rounds alternate which side starts and goes first. To measure servers you started yourself,
// set BASE_URL_ON and BASE_URL_OFF (e.g. STATS_RECORDING=off PORT=3001 TRUSTED_PROXIES=127.0.0.1,::1 npm start;
// without TRUSTED_PROXIES the simulated visitors' X-Forwarded-For is ignored and all are one).
//
//   VISITORS  connection (default): each connection is one visitor (its own X-Forwarded-For
//             address) reading the home page again and again - CONNECTIONS visitors making many
//             page views each, as real readers do; many: every request comes from another
//             address, so each is a new visitor with a row of its own - the stress case;
//             one: every request from the same visitor
//   DURATION seconds per measurement (10), CONNECTIONS (50), ROUNDS per side (2)
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { bin, buildIfNeeded, run } from "./lib/build.mjs";

const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 50);
const rounds = Number(process.env.ROUNDS ?? 2);
const port = process.env.BENCH_PORT ?? "3205";
const MAX_LOSS = 0.05;
const WARM_UP_S = 3;
// The servers here write page views every second (STATS_FLUSH_MS), and a run's CPU time is read this long after it.
const FLUSH_MS = 1_000;
const SETTLE_MS = 1_500;
const visitors = process.env.VISITORS ?? "connection";
if (!["connection", "many", "one"].includes(visitors)) {
  console.error("bench:stats: VISITORS must be connection, many or one");
  process.exit(1);
}
const VISITOR_MIX = {
  connection: `${connections} visitors (one per connection), many page views each`,
  many: "every request another visitor",
  one: "one visitor",
};
// A browser's user agent, so that the views count as people's, not a crawler's.
const USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const external = process.env.BASE_URL_ON && process.env.BASE_URL_OFF;

const dbFile = path.resolve(".test-db", "bench.db");
const env = {
  ...process.env,
  PORT: port,
  DATABASE_URL: `file:${dbFile}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "bench-only-session-secret-not-for-production-01",
  ID_CARD_KEY: process.env.ID_CARD_KEY || Buffer.alloc(32, 2).toString("base64"),
};

function prepare() {
  mkdirSync(path.dirname(dbFile), { recursive: true });
  for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`]) rmSync(file, { force: true });
  run(bin("tsx"), ["scripts/prestart.ts"], env);
  buildIfNeeded(env);
  rmSync(path.join(".next", "server", "route-cache"), { recursive: true, force: true });
}

async function waitFor(url, child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server stopped (exit code ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

async function startServer(recording, serverPort) {
  const child = spawn(process.execPath, ["scripts/server.mjs"], {
    stdio: ["ignore", "ignore", "inherit"],
    // The simulated visitors arrive as if through a reverse proxy on this host: their
    // X-Forwarded-For is believed only because the proxy (loopback) is trusted.
    env: { ...env, PORT: String(serverPort), TRUSTED_PROXIES: "127.0.0.1,::1", NODE_ENV: "production", STATS_RECORDING: recording, STATS_FLUSH_MS: String(FLUSH_MS) },
  });
  const base = `http://localhost:${serverPort}`;
  await waitFor(`${base}/`, child);
  return { base, pid: child.pid, stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", resolve), child.kill("SIGTERM")))) };
}

/**
 * CPU time (ms) the process has used so far, in user mode and in all, and in all on its main
 * thread (where requests are answered; the page-view writer has a worker thread), from /proc
 * (Linux); null elsewhere.
 */
function cpuMs(pid) {
  try {
    // utime and stime, in USER_HZ (100/s)
    const times = (file) => readFileSync(file, "utf8").split(") ")[1].split(" ").slice(11, 13).map(Number);
    const [user, system] = times(`/proc/${pid}/stat`);
    const [mainUser, mainSystem] = times(`/proc/${pid}/task/${pid}/stat`);
    return { user: user * 10, total: (user + system) * 10, main: (mainUser + mainSystem) * 10 };
  } catch {
    return null;
  }
}

const address = (n) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

/** One autocannon run with the visitor mix. */
function load(url, seconds) {
  const headers = { "user-agent": USER_AGENT };
  if (visitors === "connection") {
    let connection = 0;
    const setupClient = (client) => client.setHeaders({ ...headers, "x-forwarded-for": address(++connection) });
    return autocannon({ url, connections, duration: seconds, headers, setupClient });
  }
  if (visitors === "many") {
    let counter = 0;
    const requests = [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, "x-forwarded-for": address(++counter) } }) }];
    return autocannon({ url, connections, duration: seconds, headers, requests });
  }
  return autocannon({ url, connections, duration: seconds, headers });
}

/** A freshly started server is slower for its first seconds (lazy loading, JIT): warm up, unmeasured. */
async function warmUp(base) {
  for (let i = 0; i < 20; i++) await (await fetch(`${base}/`)).text();
  await load(`${base}/`, WARM_UP_S);
}

async function measure(base, pid) {
  const cpuBefore = pid ? cpuMs(pid) : null;
  const result = await load(`${base}/`, duration);
  // The page views of the run are written after it: wait for that, so their cost counts too.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const cpuAfter = pid ? cpuMs(pid) : null;
  const problems = result.errors + result.timeouts + result.non2xx;
  if (problems > 0) throw new Error(`${base}/: ${problems} errors or non-2xx answers`);
  const perRequest = (part) => (cpuBefore !== null && cpuAfter !== null ? ((cpuAfter[part] - cpuBefore[part]) * 1000) / result.requests.total : null);
  return { rps: result.requests.average, p99: result.latency.p99, total: result.requests.total, cpuPerRequest: perRequest("total"), userCpuPerRequest: perRequest("user"), mainCpuPerRequest: perRequest("main") };
}

function recordedViews() {
  const database = new Database(dbFile, { readonly: true });
  try {
    return database.prepare('SELECT COALESCE(SUM("views"), 0) AS views, COUNT(*) AS rows FROM "PageView"').get();
  } finally {
    database.close();
  }
}

const results = { on: [], off: [] };
let servers = {};
const stopServers = () => Promise.all(Object.values(servers).map((server) => server.stop()));
try {
  if (!external) prepare();
  console.error(`Home page, ${VISITOR_MIX[visitors]}, ${connections} connections, ${duration} s per run, ${rounds} runs per side, alternating`);
  for (let round = 1; round <= rounds; round++) {
    // Alternate which side starts and goes first: the server started first was measured as
    // ~10 µs per request costlier even when both sides recorded (an A/A run), whatever the cause.
    const order = round % 2 === 1 ? ["on", "off"] : ["off", "on"];
    if (!external) {
      servers = {};
      for (const [i, side] of order.entries()) servers[side] = await startServer(side, Number(port) + i);
    }
    const target = (side) =>
      external ? { base: (side === "on" ? process.env.BASE_URL_ON : process.env.BASE_URL_OFF).replace(/\/$/, ""), pid: null } : servers[side];
    if (!external || round === 1) for (const side of order) await warmUp(target(side).base);
    for (const side of order) {
      const result = await measure(target(side).base, target(side).pid);
      results[side].push(result);
      const cpu = result.cpuPerRequest === null ? "" : `, server CPU ${result.cpuPerRequest.toFixed(0)} µs/request, ${result.userCpuPerRequest.toFixed(0)} µs of it in user mode, ${result.mainCpuPerRequest.toFixed(0)} µs on the main thread`;
      console.error(`  run ${round}, recording ${side.padEnd(3)}: ${result.rps.toFixed(0)} req/s (p99 ${result.p99} ms, ${result.total} requests${cpu})`);
    }
    await stopServers();
    servers = {};
  }
} catch (error) {
  console.error(`bench:stats: ${error.message}`);
  process.exitCode = 1;
} finally {
  await stopServers();
}
if (process.exitCode === 1) process.exit(1);

const average = (list) => list.reduce((sum, result) => sum + result.rps, 0) / list.length;
const on = average(results.on);
const off = average(results.off);
const ratio = off > 0 ? on / off : 0;
const loss = 1 - ratio;
console.log("");
console.log(`recording on:  ${on.toFixed(0)} req/s (runs: ${results.on.map((r) => r.rps.toFixed(0)).join(", ")})`);
console.log(`recording off: ${off.toFixed(0)} req/s (runs: ${results.off.map((r) => r.rps.toFixed(0)).join(", ")})`);
console.log(`ratio on/off:  ${ratio.toFixed(3)} (loss ${(loss * 100).toFixed(1)}%, limit ${MAX_LOSS * 100}%)`);
const cpuOn = results.on.map((r) => r.cpuPerRequest);
const cpuOff = results.off.map((r) => r.cpuPerRequest);
if (![...cpuOn, ...cpuOff].includes(null)) {
  const mean = (list) => list.reduce((sum, value) => sum + value, 0) / list.length;
  // Steadier than req/s on a shared machine: what each request costs the server itself. User
  // mode is where recording runs; system time (sending the page) varies with the machine's load.
  const cpuUserOn = mean(results.on.map((r) => r.userCpuPerRequest));
  const cpuUserOff = mean(results.off.map((r) => r.userCpuPerRequest));
  console.log(`server CPU per request: on ${mean(cpuOn).toFixed(0)} µs, off ${mean(cpuOff).toFixed(0)} µs (off/on ${(mean(cpuOff) / mean(cpuOn)).toFixed(3)})`);
  console.log(`  in user mode: on ${cpuUserOn.toFixed(0)} µs, off ${cpuUserOff.toFixed(0)} µs (off/on ${(cpuUserOff / cpuUserOn).toFixed(3)})`);
  const cpuMainOn = mean(results.on.map((r) => r.mainCpuPerRequest));
  const cpuMainOff = mean(results.off.map((r) => r.mainCpuPerRequest));
  console.log(`  on the main thread: on ${cpuMainOn.toFixed(0)} µs, off ${cpuMainOff.toFixed(0)} µs (off/on ${(cpuMainOff / cpuMainOn).toFixed(3)})`);
}
if (!external) {
  const { views, rows } = recordedViews();
  console.log(`page views written with recording on (warm-up included): ${views} in ${rows} rows`);
}
if (loss >= MAX_LOSS && process.env.BENCH_NO_FAIL !== "1") {
  console.log("FAIL: recording costs more than 5% of the home page's throughput");
  process.exit(1);
}
