// `npm run bench`: load-tests a running server (it starts none) and compares the public pages
// with a static file served by the same Next server, the ceiling on this machine.
//
//   BASE_URL       the server (http://localhost:3000)
//   DURATION       seconds per URL (10); CONNECTIONS (50)
//   BENCH_NO_FAIL  1: report only, always exit 0
//
// A page passes at >= 70% of the ceiling's requests per second with no errors and no
// non-2xx answers. Exit code 1 when a page fails.
import autocannon from "autocannon";

const base = (process.env.BASE_URL ?? "http://localhost:3000").replace(/\/$/, "");
const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 50);
const TARGET = 0.7;
const CEILING = "/robots.txt";

async function get(path) {
  let response;
  try {
    response = await fetch(base + path, { redirect: "manual" });
  } catch (error) {
    throw new Error(`${base}${path}: ${error.cause?.message ?? error.message} - is the server running?`);
  }
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${base}${path} answered ${response.status}, expected 200`);
  return body;
}

/** The newest article: the first article link on the home page. */
async function newestArticle() {
  const match = (await get("/")).match(/href="(\/article\/\d+)"/);
  return match?.[1] ?? "/article/1";
}

async function load(path) {
  const result = await autocannon({ url: base + path, connections, duration });
  return {
    path,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

let paths;
try {
  paths = ["/", await newestArticle(), "/privacy", CEILING];
  for (const path of paths) await get(path); // warm: renders and caches each page once
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

console.log(`Benchmark of ${base}: ${connections} connections, ${duration} s per URL\n`);
const results = [];
for (const path of paths) {
  console.error(`  measuring ${path} ...`);
  results.push(await load(path));
}
console.error("");

const ceiling = results.find((result) => result.path === CEILING);
const rows = results.map((r) => ({
  path: r.path === CEILING ? `${r.path} (ceiling)` : r.path,
  "req/s": r.rps.toFixed(0),
  "p50 ms": r.p50.toFixed(1),
  "p99 ms": r.p99.toFixed(1),
  "errors/non-2xx": `${r.errors}/${r.non2xx}`,
  "of ceiling": ceiling.rps > 0 ? `${((100 * r.rps) / ceiling.rps).toFixed(0)}%` : "-",
}));
const columns = Object.keys(rows[0]);
const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
console.log(line(columns));
console.log(line(widths.map((width) => "-".repeat(width))));
for (const row of rows) console.log(line(columns.map((column) => row[column])));
console.log("");

let failed = false;
for (const r of results.filter((result) => result.path !== CEILING)) {
  const ratio = ceiling.rps > 0 ? r.rps / ceiling.rps : 0;
  const problems = [];
  if (ratio < TARGET) problems.push(`${(100 * ratio).toFixed(0)}% of the ceiling, target ${100 * TARGET}%`);
  if (r.errors > 0 || r.non2xx > 0) problems.push(`${r.errors} errors, ${r.non2xx} non-2xx`);
  failed ||= problems.length > 0;
  console.log(`${problems.length ? "FAIL" : "PASS"}  ${r.path}${problems.length ? `: ${problems.join("; ")}` : ""}`);
}
if (ceiling.errors > 0 || ceiling.non2xx > 0) {
  console.log(`WARN  ${CEILING}: ${ceiling.errors} errors, ${ceiling.non2xx} non-2xx on the ceiling itself`);
}

if (failed && process.env.BENCH_NO_FAIL !== "1") process.exit(1);
