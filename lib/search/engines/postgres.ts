import type { EngineQuery, HitRow, SearchEngine } from "./types";
import { toResult } from "./types";

// PostgreSQL: the generated tsvector column "searchVector" with its GIN index
// (prisma/postgres/migrations/*_search_index). plainto_tsquery('simple', ...) reads the words
// with the same parser that built the vector and requires all of them; ts_rank weighs title
// words (A) over body words (B).

export const searchPostgres: SearchEngine = async (db, query: EngineQuery) => {
  const params: unknown[] = [query.words.join(" "), query.code, query.now];
  const filters = [`d."searchVector" @@ q.query`, `d."publishedAt" <= $3`];
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
    WITH q AS (SELECT plainto_tsquery('simple', $1) AS query),
    hits AS (
      SELECT d."id", d."publishedAt", (d."code" IS NOT DISTINCT FROM $2) AS "exact", ts_rank(d."searchVector", q.query) AS "score"
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
  return toResult(rows);
};
