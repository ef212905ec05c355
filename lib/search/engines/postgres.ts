import type { EngineQuery, HitRow, SearchEngine } from "./types";
import { RANK_WINDOW, scaledTotal, toResult } from "./types";

// PostgreSQL: the generated tsvector column "searchVector" with its GIN index
// (prisma/postgres/migrations/*_search_index). plainto_tsquery('simple', ...) reads the words
// with the same parser that built the vector and requires all of them; ts_rank weighs title
// words (A) over body words (B), on "rankVector" (title and the lead of the body): the full
// vector of a long document is TOASTed and slow to read for many rows.
//
// Above RANK_WINDOW matches only the newest are ranked (./types.ts).

interface Window {
  n: number | bigint;
  ids: number[] | null;
  low: number | null;
  high: number | null;
  first: number | null;
}

const TSQUERY = `plainto_tsquery('simple', $1)`;

export const searchPostgres: SearchEngine = async (db, query: EngineQuery) => {
  const words = query.words.join(" ");
  const [window] = await db.$queryRawUnsafe<Window[]>(
    `SELECT count(*) AS "n", array_agg("id") AS "ids", min("id") AS "low", max("id") AS "high",
       -- The first document, not the first match: finding that could read every vector.
       (SELECT min("id") FROM "SearchDocument") AS "first" FROM (
       SELECT "id" FROM "SearchDocument" WHERE "searchVector" @@ ${TSQUERY} ORDER BY "id" DESC LIMIT $2) w`,
    words,
    RANK_WINDOW,
  );
  const capped = window !== undefined && Number(window.n) >= RANK_WINDOW;
  const params: unknown[] = [words, query.code, query.now];
  const filters = [`d."publishedAt" <= $3`];
  if (capped) {
    // The window's ids are matches already: no second look at their vectors.
    params.push(window.ids);
    filters.push(`d."id" = ANY($${params.length}::int[])`);
  } else filters.push(`d."searchVector" @@ q.query`);
  if (query.since) {
    params.push(query.since);
    filters.push(`d."publishedAt" >= $${params.length}`);
  }
  if (query.kind) {
    params.push(query.kind);
    filters.push(`d."kind" = $${params.length}`);
  }
  if (query.categories) {
    params.push(query.categories);
    filters.push(`d."category" = ANY($${params.length})`);
  }
  params.push(query.limit, query.offset);
  const order = (table: string) =>
    query.sort === "date"
      ? `${table}."publishedAt" DESC, ${table}."id" DESC`
      : `${table}."exact" DESC, ${table}."score" DESC, ${table}."publishedAt" DESC, ${table}."id" DESC`;
  // Rank ids first, then read the long columns of the one page of hits.
  const sql = `
    WITH q AS (SELECT ${TSQUERY} AS query),
    hits AS (
      SELECT d."id", d."publishedAt", (d."code" IS NOT DISTINCT FROM $2) AS "exact", ts_rank(d."rankVector", q.query) AS "score"
      FROM "SearchDocument" d, q
      WHERE ${filters.join(" AND ")}
    ),
    page AS (
      SELECT "id", "publishedAt", "exact", "score", count(*) OVER () AS "total"
      FROM hits ORDER BY ${order("hits")} LIMIT $${params.length - 1} OFFSET $${params.length}
    )
    SELECT d."id", d."kind", d."category", d."url", d."title", d."body", d."publishedAt", page."total"
    FROM page JOIN "SearchDocument" d ON d."id" = page."id"
    ORDER BY ${order("page")}`;
  const rows = await db.$queryRawUnsafe<HitRow[]>(sql, ...params);
  const result = toResult(rows);
  if (capped) result.total = scaledTotal(result.total, Number(window.first), Number(window.low), Number(window.high));
  return result;
};
