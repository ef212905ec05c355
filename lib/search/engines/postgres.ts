import type { Db } from "@/lib/db/client";
import type { EngineQuery, HitRow, SearchEngine } from "./types";
import { toResult } from "./types";

// PostgreSQL: the narrow table "SearchMatch" (prisma/postgres/migrations/*_search_match),
// kept by a trigger on "SearchDocument": a stripped tsvector of the words in one GIN index
// with the id, type and category (btree_gin), and "rankVector" (title A, body lead B) for
// ts_rank. plainto_tsquery('simple', ...) reads the words with the same parser that built
// the vectors and requires all of them.
//
// The rank window (./types.ts) is the newest matches that pass the filters. Asking the index
// for all matches costs in proportion to their number (seconds for a word in most documents),
// so the window is looked for among the newest FIRST_SPAN documents first: the index answers
// "matches with an id above X" without reading any row it does not return. A common word
// fills the window there, in one statement. Otherwise the density seen there tells how many
// of the newest documents the window needs (up to LONGEST_SPAN), or, for a word in few
// documents, all of its matches are taken: they are few. The window's rows are then read again
// by their physical address (ctid, within the same statement's snapshot) to rank them:
// carrying the vectors through the sort by id, or ranking every row of the span, costs
// several times more.

const FIRST_SPAN = 3_000;
const LONGEST_SPAN = 30_000;

type Params = unknown[];

/** The statement for one span: the newest `span` documents, or all of them (null). */
function statement(query: EngineQuery, span: number | null): { sql: string; params: Params } {
  const params: Params = [query.words.join(" "), query.code, query.rankWindow, query.limit, query.offset];
  const add = (value: unknown) => `$${params.push(value)}`;
  // The same filters on the match table (m) and on the document with the exact code (d).
  const filters = (table: string) => {
    const sql = [`${table}."publishedAt" <= ${add(query.now)}`];
    if (query.since) sql.push(`${table}."publishedAt" >= ${add(query.since)}`);
    if (query.kind) sql.push(`${table}."kind" = ${add(query.kind)}`);
    // Equalities, not = ANY(...): the GIN index can use each.
    if (query.categories) sql.push(`(${query.categories.map((slug) => `${table}."category" = ${add(slug)}`).join(" OR ")})`);
    return sql.join(" AND ");
  };
  // The id below the newest `span` documents (null: there are no more documents than that).
  const edge = span === null ? "NULL::integer" : `(SELECT "id" FROM "SearchDocument" ORDER BY "id" DESC OFFSET ${add(span)} LIMIT 1)`;
  const newest = span === null ? "" : `AND m."id" > COALESCE((SELECT "low" FROM edge), 0)`;
  const order = (table: string) =>
    query.sort === "date"
      ? `${table}."publishedAt" DESC, ${table}."id" DESC`
      : `${table}."exact" DESC, ${table}."score" DESC, ${table}."publishedAt" DESC, ${table}."id" DESC`;
  const sql = `
    WITH q AS (SELECT plainto_tsquery('simple', $1) AS query),
    edge AS MATERIALIZED (SELECT ${edge} AS "low"),
    newest AS MATERIALIZED (
      SELECT m."ctid" FROM "SearchMatch" m, q
      WHERE m."words" @@ q.query ${newest} AND ${filters("m")} ORDER BY m."id" DESC LIMIT $3
    ),
    win AS MATERIALIZED (
      SELECT m."id", m."publishedAt", ts_rank(m."rankVector", q.query) AS "score" FROM "SearchMatch" m, q
      WHERE m."ctid" = ANY(ARRAY(SELECT "ctid" FROM newest))
    ),
    figures AS (
      SELECT count(*) AS "windowCount", min("id") AS "windowLow", max("id") AS "windowHigh",
        (SELECT min("id") FROM "SearchDocument") AS "firstId",
        (SELECT "low" FROM edge) IS NULL AS "spanIsAll" FROM win
    ),
    hits AS (
      SELECT "id", "publishedAt", false AS "exact", "score" FROM win
      UNION ALL
      SELECT d."id", d."publishedAt", true, 0 FROM "SearchDocument" d WHERE d."code" = $2 AND ${filters("d")}
    ),
    best AS (SELECT DISTINCT ON ("id") * FROM hits ORDER BY "id", "exact" DESC),
    page AS (SELECT * FROM best ORDER BY ${order("best")} LIMIT $4 OFFSET $5)
    SELECT d."id", d."kind", d."category", d."url", d."title", d."body", d."publishedAt", figures.*
    FROM figures LEFT JOIN (page JOIN "SearchDocument" d ON d."id" = page."id") ON true
    ORDER BY ${order("page")}`;
  return { sql, params };
}

type Row = HitRow & { spanIsAll: boolean };

async function run(db: Db, query: EngineQuery, span: number | null): Promise<Row[]> {
  const { sql, params } = statement(query, span);
  return db.$queryRawUnsafe<Row[]>(sql, ...params);
}

export const searchPostgres: SearchEngine = async (db, query: EngineQuery) => {
  let rows = await run(db, query, FIRST_SPAN);
  const figures = rows[0]!;
  const found = Number(figures.windowCount);
  if (found < query.rankWindow && !figures.spanIsAll) {
    const span = found === 0 ? null : Math.ceil((FIRST_SPAN * 1.25 * query.rankWindow) / found);
    rows = await run(db, query, span !== null && span <= LONGEST_SPAN ? span : null);
    if (span !== null && span <= LONGEST_SPAN && Number(rows[0]!.windowCount) < query.rankWindow) rows = await run(db, query, null);
  }
  // The figures come with every row; without hits on this page there is one row of figures only.
  return toResult(rows.filter((row) => row.id !== null), query.rankWindow);
};
