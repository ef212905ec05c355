// `npm run bench:interview`: live delivery of an interview's transcript. Holds READERS (500)
// concurrent server-sent-event readers on one live interview while a turn is written every
// second for DURATION (60) seconds, and prints the per-turn delivery latency to every reader
// (p50 / p95 / max), the deliveries missed, and the server's CPU (process CPU time over the
// run / wall time, from /proc/<pid>/stat). PASS when p95 <= 2 s and nothing is missed (exit
// code 1 otherwise, unless BENCH_NO_FAIL=1).
//
// Turns are written straight into the database through Prisma (as lib/interviews/staff.ts's
// postTurn does in its transaction, without the staff session, audit and page revalidation),
// so the figures are the delivery path's alone: the server's poller reading new turns and
// writing them to every open stream. The latency of a turn runs from just before its insert
// to its arrival at a reader.
//
// By default it starts the production server itself (scripts/server.mjs, building first if the
// sources changed) on a scratch demo database in .test-db/bench-interview.db, on BENCH_PORT
// (3212). To measure a server you started yourself, set BASE_URL and DATABASE_URL (its
// database), and SERVER_PID for the CPU figure.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
// @ts-expect-error -- plain JavaScript helper without declarations
import { bin, buildIfNeeded, run } from "./lib/build.mjs";

const READERS = Number(process.env.READERS ?? 500);
const DURATION_S = Number(process.env.DURATION ?? 60);
const port = process.env.BENCH_PORT ?? "3212";
const TARGET_P95_MS = 2_000;
const DRAIN_MS = 5_000;

const external = process.env.BASE_URL;
const dbFile = path.resolve(".test-db", "bench-interview.db");
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: port,
  DATABASE_URL: external ? process.env.DATABASE_URL : `file:${dbFile}`,
  UPLOAD_DIR: process.env.UPLOAD_DIR ?? path.resolve(".test-db", "bench-interview-uploads"),
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "bench-only-session-secret-not-for-production-01",
  ID_CARD_KEY: process.env.ID_CARD_KEY || Buffer.alloc(32, 2).toString("base64"),
  PAGE_CACHE_TTL_MS: "5000",
  STATS_RECORDING: "off",
};
if (external && !env.DATABASE_URL) {
  console.error("bench:interview: with BASE_URL, set DATABASE_URL to that server's database (turns are written into it)");
  process.exit(1);
}
Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET, ID_CARD_KEY: env.ID_CARD_KEY, UPLOAD_DIR: env.UPLOAD_DIR });

function prepare(): void {
  mkdirSync(path.dirname(dbFile), { recursive: true });
  for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`]) rmSync(file, { force: true });
  run(bin("tsx"), ["scripts/prestart.ts"], env);
  buildIfNeeded(env);
  rmSync(path.join(".next", "server", "route-cache"), { recursive: true, force: true });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 900; i++) {
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

/** CPU time (ms) the process has used so far (utime + stime), from /proc; null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const [user, system] = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ").slice(11, 13).map(Number);
    return (user! + system!) * 10;
  } catch {
    return null;
  }
}

interface Reader {
  received: Map<number, number>;
  request: http.ClientRequest;
}

/** One SSE reader on its own connection: records when each turn (by id) arrived. */
function openReader(base: string, interviewId: number, after: number): Promise<Reader> {
  return new Promise((resolve, reject) => {
    const received = new Map<number, number>();
    const request = http.get(`${base}/api/interviews/${interviewId}/live?after=${after}`, { agent: false, headers: { accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`reader answered ${response.statusCode}`));
        response.resume();
        return;
      }
      response.setEncoding("utf8");
      let buffer = "";
      response.on("data", (chunk: string) => {
        const now = performance.now();
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = /^id: (\d+)$/m.exec(event)?.[1];
          if (id && /^event: turn$/m.test(event) && !received.has(Number(id))) received.set(Number(id), now);
        }
      });
      resolve({ received, request });
    });
    request.on("error", reject);
  });
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);

async function main(): Promise<void> {
  let child: ChildProcess | null = null;
  let base = external ?? `http://localhost:${port}`;
  let pid = process.env.SERVER_PID ? Number(process.env.SERVER_PID) : undefined;
  if (!external) {
    prepare();
    child = spawn(process.execPath, ["scripts/server.mjs"], { stdio: ["ignore", "ignore", "inherit"], env: { ...env, NODE_ENV: "production" } });
    pid = child.pid;
    base = `http://localhost:${port}`;
    await waitFor(`${base}/`, child);
  }
  const { db } = await import("@/lib/db/client");
  try {
    const now = Date.now();
    const interview = await db.interview.create({
      data: { title: `压力测试访谈 ${now}`, host: "主持人", intro: "bench:interview", startsAt: new Date(now - 60_000), endsAt: new Date(now + 3_600_000), liveSwitch: "live", published: true, publishedAt: new Date() },
      select: { id: true },
    });
    // Warm the page and the route once, as the first reader would.
    await (await fetch(`${base}/interaction/interviews/${interview.id}`)).text();

    const connectStart = performance.now();
    const readers: Reader[] = [];
    for (let i = 0; i < READERS; i += 50) readers.push(...(await Promise.all(Array.from({ length: Math.min(50, READERS - i) }, () => openReader(base, interview.id, 0)))));
    console.log(`${readers.length} readers connected in ${((performance.now() - connectStart) / 1000).toFixed(1)} s`);

    const posted = new Map<number, number>();
    const cpuBefore = cpuMs(pid);
    const wallStart = performance.now();
    for (let second = 0; second < DURATION_S; second++) {
      const due = wallStart + second * 1000;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      const at = performance.now();
      const { id } = await db.interviewTurn.create({ data: { interviewId: interview.id, role: second % 2 ? "guest" : "host", speaker: second % 2 ? "嘉宾" : "主持人", body: `第 ${second + 1} 段实录：${"各位网友好，".repeat(8)}` }, select: { id: true } });
      posted.set(id, at);
    }
    const postedUntil = performance.now();
    await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));
    const cpuAfter = cpuMs(pid);
    const wall = postedUntil - wallStart + DRAIN_MS;

    const latencies: number[] = [];
    let missed = 0;
    for (const reader of readers) {
      for (const [id, at] of posted) {
        const arrived = reader.received.get(id);
        if (arrived === undefined) missed += 1;
        else latencies.push(arrived - at);
      }
      reader.request.destroy();
    }
    latencies.sort((a, b) => a - b);
    const [p50, p95, max] = [percentile(latencies, 50), percentile(latencies, 95), latencies.at(-1) ?? NaN];
    const cpu = cpuBefore !== null && cpuAfter !== null ? `${(((cpuAfter - cpuBefore) / wall) * 100).toFixed(1)} % of one core (${((cpuAfter - cpuBefore) / 1000).toFixed(1)} s CPU over ${(wall / 1000).toFixed(1)} s)` : "n/a (set SERVER_PID)";
    const pass = p95 <= TARGET_P95_MS && missed === 0;
    console.log(`bench:interview — ${readers.length} SSE readers, ${posted.size} turns (one a second, written straight into the database through Prisma)`);
    console.log(`  deliveries: ${latencies.length} of ${readers.length * posted.size}, missed ${missed}`);
    console.log(`  latency per turn and reader: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${max.toFixed(0)} ms (target p95 <= ${TARGET_P95_MS} ms)`);
    console.log(`  server CPU: ${cpu}`);
    console.log(pass ? "PASS" : "FAIL");
    // Removed, not just ended: on a real site it would stay listed under 往期回顾 (its turns go by cascade).
    await db.interview.delete({ where: { id: interview.id }, select: { id: true } });
    if (!pass && process.env.BENCH_NO_FAIL !== "1") process.exitCode = 1;
  } finally {
    await db.$disconnect();
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  }
}

await main();
