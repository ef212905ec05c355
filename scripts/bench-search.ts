// `npm run bench:search`: the site search's engines at 100,000 documents.
//
// 1. Generates DOCS (100,000) articles from the demo content's sentences (prisma/seed-data/
//    articles.ts, drawn with a Zipf skew so some words are very common and some rare; 5% are
//    policy documents with a unique 文号; dates over 5 years; bodies of 300-1500 characters)
//    and indexes them with documentRow() (segmentation included) into scratch databases:
//    SQLite .bench/search.db and PostgreSQL `bench_search` (created through the admin URL
//    BENCH_PG_URL, default postgresql://postgres@127.0.0.1:5432/test; skipped if unreachable).
//    Both are kept and reused while the document count, seed and migrations are unchanged.
// 2. Times 200 queries per engine (after one untimed pass) through lib/search/search.ts
//    engineQuery() and the real engines. The mix: 40 one word (mid frequency), 30 two words
//    (from one sentence), 30 four-character words, 20 文号 (exact, half in [] spelling),
//    20 rare words, 20 very common words, 40 filtered (type, date range, category, sort by
//    date, pages 2-5; mid or common words). Target: p95 <= 30 ms on each engine.
// 3. With --http (or BASE_URL): autocannon, 50 connections for 10 s, on /search?q=医保 of a
//    running server. Target: p99 <= 200 ms.
//
// Flags: --fresh (regenerate), --sqlite-only, --pg-only (time PostgreSQL only), --slowest (list the 10 slowest queries), --http, --http-only, --drop (remove the scratch
// databases and exit). Env: DOCS, BENCH_PG_URL, BASE_URL.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

const args = new Set(process.argv.slice(2));
const DOCS = Number(process.env.DOCS ?? 100_000);
const SEED = 20261202;
const BATCH = 1000;
const END = new Date("2026-12-01T00:00:00Z");
const YEAR_MS = 365 * 86_400_000;
const TARGET_P95 = 30;
const SQLITE_URL = "file:./.bench/search.db";
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const PG_URL = Object.assign(new URL(PG_ADMIN_URL), { pathname: "/bench_search" }).toString();

// Imported after this: lib/db/client.ts builds its default client from DATABASE_URL.
process.env.DATABASE_URL = SQLITE_URL;
const { createDb } = await import("@/lib/db/client");
const { migrate } = await import("@/lib/db/migrate");
const { documentRow } = await import("@/lib/search/sources");
const { engineQuery, parseSearchParams } = await import("@/lib/search/search");
const { queryWords } = await import("@/lib/search/segment");
const { searchSqlite } = await import("@/lib/search/engines/sqlite");
const { searchPostgres } = await import("@/lib/search/engines/postgres");
const { articles } = await import("@/prisma/seed-data/articles");
type Db = ReturnType<typeof createDb>;

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

// ---------------------------------------------------------------- the corpus
const SENTENCES = [...new Set(articles.flatMap((a) => [a.summary, a.body]).flatMap((text) =>
  text
    .replace(/^\s*(#+|[-*]|\d+\.)\s+/gm, "")
    .replace(/[|*`>]/g, " ")
    .split(/(?<=[。！？；])|\n+/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => [...s].length >= 8),
))];
const TITLES = articles.map((a) => a.title);
const PLACES = ["昌吉市", "阜康市", "呼图壁县", "玛纳斯县", "奇台县", "吉木萨尔县", "木垒哈萨克自治县", "州"];
const ARTICLE_CATEGORIES = ["yaowen", "yaowen", "tzgg", "zcjd", "bmfw", "bmdt", "bmdt"];

/** Sentence i is drawn with weight 1/(rank+1) for a shuffled rank: Zipf's word frequencies. */
function zipf(rng: Rng, size: number) {
  const ranks = [...Array(size).keys()].sort(() => rng() - 0.5);
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < size; i++) cumulative.push((sum += 1 / (ranks[i]! + 1)));
  const weight = (i: number) => 1 / (ranks[i]! + 1) / sum;
  const draw = () => {
    const x = rng() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { draw, weight };
}

function* corpus() {
  const rng = mulberry32(SEED);
  const sentence = zipf(rng, SENTENCES.length);
  const codeSeq = new Map<string, number>();
  for (let id = 1; id <= DOCS; id++) {
    const publishedAt = new Date(END.getTime() - rng() * 5 * YEAR_MS);
    const policy = rng() < 0.05;
    const length = 300 + rng() * 1200;
    let body = "";
    while (body.length < length) body += SENTENCES[sentence.draw()];
    let code: string | null = null;
    if (policy) {
      const series = `${rng() < 0.6 ? "昌州政发" : "昌州政办发"}〔${publishedAt.getUTCFullYear()}〕`;
      const seq = (codeSeq.get(series) ?? 0) + 1;
      codeSeq.set(series, seq);
      code = `${series}${seq}号`;
    }
    const title = `${pick(rng, PLACES)}${pick(rng, TITLES)}`;
    yield {
      sourceKey: `article:${id}`,
      kind: policy ? ("policy" as const) : ("article" as const),
      category: policy ? (code!.includes("政办发") ? "bgswj" : "zfwj") : pick(rng, ARTICLE_CATEGORIES),
      code,
      publishedAt,
      url: `/article/${id}`,
      title: policy ? `关于印发${title.replace(/^州/, "")}的通知` : title,
      body,
    };
  }
}

// ---------------------------------------------------------------- scratch databases
const isPg = (url: string) => url.startsWith("postgres");
const sqliteFile = path.resolve(".bench/search.db");

/** What the cached data depends on: a change to any of these regenerates it. */
function cacheKey(url: string): string {
  const dir = path.join("prisma", ...(isPg(url) ? ["postgres", "migrations"] : ["migrations"]));
  const hash = createHash("sha1");
  for (const name of readdirSync(dir).sort()) hash.update(readFileSync(path.join(dir, name, "migration.sql")));
  hash.update(readFileSync(path.join("lib/search/segment.ts")));
  return `${DOCS}/${SEED}/${SENTENCES.length}/${hash.digest("hex").slice(0, 12)}`;
}

async function storedKey(url: string): Promise<string | null> {
  const sql = `SELECT "key" FROM "_bench"`;
  try {
    if (!isPg(url)) {
      if (!existsSync(sqliteFile)) return null;
      const file = new Database(sqliteFile, { readonly: true });
      try {
        return (file.prepare(sql).get() as { key: string } | undefined)?.key ?? null;
      } finally {
        file.close();
      }
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<{ key: string }>(sql)).rows[0]?.key ?? null;
    } finally {
      await client.end();
    }
  } catch {
    return null;
  }
}

async function pgAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function drop(url: string): Promise<void> {
  if (isPg(url)) await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "bench_search" WITH (FORCE)`));
  else for (const suffix of ["", "-wal", "-shm"]) rmSync(sqliteFile + suffix, { force: true });
}

type Row = ReturnType<typeof documentRow>;
const COLUMNS = ["sourceKey", "kind", "category", "code", "publishedAt", "url", "title", "body", "titleWords", "bodyWords"] as const;

/**
 * Bulk inserts straight through the drivers (Prisma's createMany spends ~2 s per 1000 of these
 * rows); the triggers and the generated column index them as in the app.
 */
async function inserter(url: string) {
  const names = COLUMNS.map((c) => `"${c}"`).join(", ");
  if (!isPg(url)) {
    const file = new Database(sqliteFile);
    const statement = file.prepare(`INSERT INTO "SearchDocument" (${names}) VALUES (${COLUMNS.map(() => "?").join(", ")})`);
    // Prisma's SQLite adapter stores DateTime as ISO text with an explicit offset.
    const insert = file.transaction((rows: Row[]) => {
      for (const row of rows) statement.run(COLUMNS.map((c) => (c === "publishedAt" ? row.publishedAt.toISOString().replace("Z", "+00:00") : row[c])));
    });
    return { insert: async (rows: Row[]) => insert(rows), close: async () => file.close() };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const types = COLUMNS.map((c, i) => `$${i + 1}::${c === "publishedAt" ? "timestamp(3)" : "text"}[]`).join(", ");
  const sql = `INSERT INTO "SearchDocument" (${names}) SELECT * FROM unnest(${types})`;
  return {
    insert: async (rows: Row[]) => {
      // Prisma's PostgreSQL adapter stores DateTime as UTC in a timestamp without time zone.
      const values = COLUMNS.map((c) => rows.map((row) => (c === "publishedAt" ? row.publishedAt.toISOString().replace("Z", "") : row[c])));
      await client.query(sql, values);
    },
    close: () => client.end(),
  };
}

/** Empties, migrates and fills the databases that are not current, in one pass over the corpus. */
async function populate(urls: string[]): Promise<number> {
  const started = performance.now();
  const targets: Awaited<ReturnType<typeof inserter>>[] = [];
  for (const url of urls) {
    await drop(url);
    if (isPg(url)) await pgAdmin((c) => c.query(`CREATE DATABASE "bench_search"`));
    await migrate(url);
    targets.push(await inserter(url));
  }
  let batch: Row[] = [];
  let done = 0;
  const flush = async () => {
    for (const target of targets) await target.insert(batch);
    done += batch.length;
    batch = [];
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(`\r  indexed ${done.toLocaleString("en")} of ${DOCS.toLocaleString("en")} (${seconds.toFixed(0)} s)`);
  };
  for (const doc of corpus()) {
    batch.push(documentRow(doc));
    if (batch.length === BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  process.stderr.write("\n");
  for (const target of targets) await target.close();
  for (const url of urls) {
    const db = createDb(url);
    // What autovacuum would have done by the time a real index reached this size.
    await db.$executeRawUnsafe(isPg(url) ? `VACUUM ANALYZE "SearchDocument"` : `ANALYZE`);
    await db.$executeRawUnsafe(`CREATE TABLE "_bench" ("key" TEXT NOT NULL)`);
    await db.$executeRawUnsafe(`INSERT INTO "_bench" ("key") VALUES ('${cacheKey(url)}')`);
    await db.$disconnect();
  }
  return (performance.now() - started) / 1000;
}

// ---------------------------------------------------------------- the queries
interface BenchQuery {
  category: string;
  raw: Record<string, string>;
}

/** Words by their expected share of documents (the Zipf weights of the sentences they are in). */
function wordFrequencies(): string[] {
  const { weight } = zipf(mulberry32(SEED), SENTENCES.length); // the same ranks as corpus()
  const share = new Map<string, number>();
  SENTENCES.forEach((sentence, i) => {
    for (const word of queryWords(sentence)) share.set(word, (share.get(word) ?? 0) + weight(i));
  });
  return [...share.entries()]
    .filter(([word]) => /^\p{Script=Han}{2,}$/u.test(word))
    .sort((a, b) => b[1] - a[1])
    .map(([word]) => word);
}

function queryMix(codes: string[]): BenchQuery[] {
  const rng = mulberry32(SEED + 1);
  const ranked = wordFrequencies();
  const common = ranked.slice(0, 20);
  const mid = ranked.slice(50, 800);
  const rare = ranked.slice(-300);
  const four = ranked.filter((word) => [...word].length === 4);
  const out: BenchQuery[] = [];
  const add = (category: string, count: number, make: (i: number) => Record<string, string>) => {
    for (let i = 0; i < count; i++) out.push({ category, raw: make(i) });
  };
  add("one word", 40, () => ({ q: pick(rng, mid) }));
  add("two words", 30, () => {
    let words: string[] = [];
    while (words.length === 0) words = queryWords(pick(rng, SENTENCES)).filter((w) => /^\p{Script=Han}{2,}$/u.test(w));
    const a = pick(rng, words);
    const b = pick(rng, words.filter((w) => w !== a).concat(pick(rng, mid)));
    return { q: `${a} ${b}` };
  });
  add("four chars", 30, () => ({ q: pick(rng, four) }));
  add("文号", 20, (i) => {
    const code = pick(rng, codes);
    return { q: i % 2 ? code.replace("〔", "[").replace("〕", "]") : code };
  });
  add("rare", 20, () => ({ q: pick(rng, rare) }));
  add("very common", 20, (i) => ({ q: common[i]! }));
  const filters: Record<string, string>[] = [
    { type: "policy" }, { range: "year" }, { range: "month" }, { sort: "date" }, { page: "2" },
    { page: "5" }, { category: "zcwj" }, { type: "article", sort: "date", page: "3" },
  ];
  add("filtered", 40, (i) => ({ q: pick(rng, i % 2 ? common : mid), ...filters[i % filters.length]! }));
  return out;
}

const CATEGORY_SCOPE: Record<string, string[]> = { zcwj: ["zcwj", "zfwj", "bgswj"] };

// ---------------------------------------------------------------- timing and sizes
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const ms = (value: number) => value.toFixed(1).padStart(7);

async function run(db: Db, engine: typeof searchSqlite, queries: BenchQuery[]) {
  const timings: { category: string; ms: number; total: number; query: string }[] = [];
  for (const pass of ["warm", "timed"]) {
    for (const { category, raw } of queries) {
      const params = parseSearchParams(raw);
      const query = engineQuery(params, { categories: params.category ? CATEGORY_SCOPE[params.category] : null, now: END })!;
      const started = performance.now();
      let found = await engine(db, query);
      if (found.hits.length === 0 && query.offset > 0) found = await engine(db, { ...query, offset: 0 });
      if (pass === "timed") timings.push({ category, ms: performance.now() - started, total: found.total, query: new URLSearchParams(raw).toString() });
    }
  }
  return timings;
}

function report(name: string, timings: Awaited<ReturnType<typeof run>>): boolean {
  const all = timings.map((t) => t.ms).sort((a, b) => a - b);
  const p95 = percentile(all, 95);
  console.log(`\n${name}: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms, max ${all.at(-1)!.toFixed(1)} ms`);
  console.log(`  ${"category".padEnd(12)}   n     p50     p95     max  avg results`);
  for (const category of [...new Set(timings.map((t) => t.category))]) {
    const rows = timings.filter((t) => t.category === category);
    const sorted = rows.map((t) => t.ms).sort((a, b) => a - b);
    const avg = rows.reduce((sum, t) => sum + t.total, 0) / rows.length;
    console.log(`  ${category.padEnd(12)} ${String(rows.length).padStart(3)} ${ms(percentile(sorted, 50))} ${ms(percentile(sorted, 95))} ${ms(sorted.at(-1)!)} ${avg.toFixed(0).padStart(12)}`);
  }
  if (args.has("--slowest")) {
    console.log("  slowest:");
    for (const t of [...timings].sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(`  ${ms(t.ms)}  ${t.category.padEnd(12)} ${decodeURIComponent(t.query)} (${t.total})`);
  }
  const pass = p95 <= TARGET_P95;
  console.log(`${pass ? "PASS" : "FAIL"}  ${name} p95 ${p95.toFixed(1)} ms (target <= ${TARGET_P95} ms)`);
  return pass;
}

const mb = (bytes: number | bigint) => `${(Number(bytes) / 1048576).toFixed(1)} MB`;

async function sizes(db: Db, url: string): Promise<string> {
  if (isPg(url)) {
    const [row] = await db.$queryRawUnsafe<{ total: bigint; gin: bigint; match: bigint }[]>(
      `SELECT pg_total_relation_size('"SearchDocument"') AS total, pg_relation_size('"SearchMatch_words_idx"') AS gin, pg_total_relation_size('"SearchMatch"') AS match`,
    );
    return `SearchDocument with indexes and TOAST ${mb(row!.total)}, SearchMatch ${mb(row!.match)} (its GIN index ${mb(row!.gin)})`;
  }
  const rows = await db.$queryRawUnsafe<{ name: string; size: bigint }[]>(`SELECT name, SUM(pgsize) AS size FROM dbstat GROUP BY name`);
  const sum = (test: (name: string) => boolean) => rows.filter((r) => test(r.name)).reduce((s, r) => s + Number(r.size), 0);
  const file = ["", "-wal"].reduce((s, suffix) => s + (existsSync(sqliteFile + suffix) ? statSync(sqliteFile + suffix).size : 0), 0);
  return `file ${mb(file)}, SearchDocument ${mb(sum((n) => n === "SearchDocument"))}, FTS shadow tables ${mb(sum((n) => n.startsWith("SearchFts_")))}`;
}

// ---------------------------------------------------------------- HTTP
async function http(): Promise<boolean> {
  const { default: autocannon } = await import("autocannon");
  const base = (process.env.BASE_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const url = `${base}/search?q=${encodeURIComponent("医保")}`;
  const warm = await fetch(url).catch((error: Error) => error);
  if (warm instanceof Error || !warm.ok) {
    console.error(`\nHTTP: ${url} ${warm instanceof Error ? `failed: ${(warm.cause as Error | undefined)?.message ?? warm.message}` : `answered ${warm.status}`}`);
    return false;
  }
  const result = await autocannon({ url, connections: 50, duration: 10 });
  const pass = result.latency.p99 <= 200 && result.non2xx === 0 && result.errors + result.timeouts === 0;
  console.log(`\nHTTP ${url}: 50 connections, 10 s`);
  console.log(`  ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors + result.timeouts}`);
  console.log(`${pass ? "PASS" : "FAIL"}  HTTP p99 ${result.latency.p99} ms (target <= 200 ms, no errors)`);
  return pass;
}

// ---------------------------------------------------------------- main
async function main(): Promise<boolean> {
  const urls = [SQLITE_URL];
  if (!args.has("--sqlite-only")) {
    try {
      await pgAdmin((c) => c.query("SELECT 1"));
      urls.push(PG_URL);
    } catch (error) {
      console.log(`PostgreSQL skipped: ${PG_ADMIN_URL} unreachable (${(error as Error).message}); --sqlite-only to silence`);
    }
  }
  if (args.has("--drop")) {
    for (const url of urls) await drop(url);
    rmSync(".bench", { recursive: true, force: true });
    console.log("Scratch databases removed.");
    return true;
  }
  mkdirSync(".bench", { recursive: true });
  const stale: string[] = [];
  for (const url of urls) if (args.has("--fresh") || (await storedKey(url)) !== cacheKey(url)) stale.push(url);
  if (stale.length > 0) {
    console.log(`Generating ${DOCS.toLocaleString("en")} documents into ${stale.map((u) => (isPg(u) ? "PostgreSQL" : "SQLite")).join(" and ")} ...`);
    console.log(`Generated and indexed in ${(await populate(stale)).toFixed(1)} s`);
  } else console.log(`Using the cached ${DOCS.toLocaleString("en")} documents (--fresh to regenerate)`);

  const sqlite = createDb(SQLITE_URL);
  const codes = (await sqlite.searchDocument.findMany({ where: { code: { not: null } }, select: { code: true }, orderBy: { id: "asc" } })).map((r) => r.code!);
  const queries = queryMix(codes);
  let ok = true;
  for (const url of urls) {
    if (args.has("--pg-only") && !isPg(url)) continue;
    const db = url === SQLITE_URL ? sqlite : createDb(url);
    const name = isPg(url) ? "PostgreSQL" : "SQLite";
    ok = report(name, await run(db, isPg(url) ? searchPostgres : searchSqlite, queries)) && ok;
    console.log(`  index size: ${await sizes(db, url)}`);
    await db.$disconnect();
  }
  return ok;
}

let ok = true;
try {
  if (!args.has("--http-only")) ok = await main();
  if (args.has("--http") || args.has("--http-only") || process.env.BASE_URL) ok = (await http()) && ok;
} catch (error) {
  console.error(`bench:search failed: ${(error as Error).stack}`);
  ok = false;
}
process.exit(ok ? 0 : 1);
