import type { EngineQuery, HitRow, SearchEngine } from "./types";
import { toResult } from "./types";

// PostgreSQL: the generated tsvector column "searchVector" with its GIN index
// (prisma/postgres/migrations/*_search_index). plainto_tsquery('simple', ...) reads the words
// with the same parser that built the vector and requires all of them. Within the window of
// the newest matches that pass the filters (./types.ts), ts_rank weighs title words (A) over
// body words (B) on "rankVector" (the title and the lead of the body): the full vector of a
// long document is TOASTed, and reading it for each match costs seconds for a common word.
//
// The planner chooses how to find the window: through the GIN index (a bitmap scan, best for
// rarer words) or by walking the newest ids and testing each vector (best when most documents
// match). Either reads TOASTed vectors for a very common word: the slowest queries here
// (docs/decisions/0016 has the figures).

export const searchPostgres: SearchEngine = async (db, query: EngineQuery) => {
  const params: unknown[] = [query.words.join(" "), query.code, query.now, query.rankWindow];
  const filters = [`d."publishedAt" <= $3`];
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
  const where = filters.join(" AND ");
  const sql = `
    WITH q AS (SELECT plainto_tsquery('simple', $1) AS query),
    win AS MATERIALIZED (
      SELECT d."id" FROM "SearchDocument" d, q WHERE d."searchVector" @@ q.query AND ${where} ORDER BY d."id" DESC LIMIT $4
    ),
    figures AS (
      SELECT count(*) AS "windowCount", min("id") AS "windowLow", max("id") AS "windowHigh",
        (SELECT min("id") FROM "SearchDocument") AS "firstId" FROM win
    ),
    candidates AS (SELECT "id" FROM win UNION SELECT d."id" FROM "SearchDocument" d WHERE d."code" = $2 AND ${where}),
    hits AS (
      SELECT d."id", d."publishedAt", (d."code" IS NOT DISTINCT FROM $2) AS "exact", ts_rank(d."rankVector", q.query) AS "score"
      FROM "SearchDocument" d, q WHERE d."id" IN (SELECT "id" FROM candidates)
    ),
    page AS (SELECT "id", "publishedAt", "exact", "score" FROM hits ORDER BY ${order("hits")} LIMIT $${params.length - 1} OFFSET $${params.length})
    SELECT d."id", d."kind", d."category", d."url", d."title", d."body", d."publishedAt", figures.*
    FROM page JOIN "SearchDocument" d ON d."id" = page."id" CROSS JOIN figures
    ORDER BY ${order("page")}`;
  const rows = await db.$queryRawUnsafe<HitRow[]>(sql, ...params);
  return toResult(rows, query.rankWindow);
};
