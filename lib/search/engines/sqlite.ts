import type { EngineQuery, HitRow, SearchEngine } from "./types";
import { RANK_WINDOW, scaledTotal, toResult } from "./types";

// SQLite: the FTS5 table "SearchFts" over SearchDocument (prisma/migrations/*_search_index).
// The words are matched as quoted strings (no FTS5 query syntax reaches the engine from a
// reader), ranked by bm25 with the title weighted 5:1 over the body.
//
// Above RANK_WINDOW matches only the newest are ranked (./types.ts); the filters read the
// covering index SearchDocument(id, publishedAt, kind, category, code), not the long rows.

/** Prisma's SQLite adapter stores DateTime as ISO text with an explicit offset. */
function storedTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export function ftsMatch(words: string[]): string {
  return words.map((word) => `"${word.replaceAll('"', '""')}"`).join(" AND ");
}

interface Window {
  n: number | bigint;
  low: number | bigint | null;
  high: number | bigint | null;
  first: number | bigint | null;
}

export const searchSqlite: SearchEngine = async (db, query: EngineQuery) => {
  const match = ftsMatch(query.words);
  // Reads the FTS doclist only (rowids, no documents): cheap even for the commonest word.
  const [window] = await db.$queryRawUnsafe<Window[]>(
    `SELECT count(*) AS "n", min("id") AS "low", max("id") AS "high",
       (SELECT rowid FROM "SearchFts" WHERE "SearchFts" MATCH ? ORDER BY rowid LIMIT 1) AS "first"
     FROM (SELECT rowid AS "id" FROM "SearchFts" WHERE "SearchFts" MATCH ? ORDER BY rowid DESC LIMIT ?)`,
    match,
    match,
    RANK_WINDOW,
  );
  const params: unknown[] = [match, storedTime(query.now)];
  const filters = [`d."publishedAt" <= ?`];
  const capped = window !== undefined && Number(window.n) >= RANK_WINDOW;
  if (capped) {
    filters.push(`"SearchFts".rowid >= ?`);
    params.push(window.low);
  }
  if (query.since) {
    filters.push(`d."publishedAt" >= ?`);
    params.push(storedTime(query.since));
  }
  if (query.kind) {
    filters.push(`d."kind" = ?`);
    params.push(query.kind);
  }
  if (query.categories) {
    filters.push(`d."category" IN (${query.categories.map(() => "?").join(", ")})`);
    params.push(...query.categories);
  }
  const order = (table: string) =>
    query.sort === "date"
      ? `${table}."publishedAt" DESC, ${table}."id" DESC`
      : `${table}."exact" DESC, ${table}."score" ASC, ${table}."publishedAt" DESC, ${table}."id" DESC`;
  // Rank ids first, then read the long columns of the one page of hits.
  const sql = `
    WITH hits AS (
      SELECT d."id", d."publishedAt", (d."code" = ?) AS "exact", bm25("SearchFts", 5.0, 1.0) AS "score"
      FROM "SearchFts" JOIN "SearchDocument" d ON d."id" = "SearchFts".rowid
      WHERE "SearchFts" MATCH ? AND ${filters.join(" AND ")}
    ),
    page AS (
      SELECT "id", "publishedAt", "exact", "score", count(*) OVER () AS "total"
      FROM hits ORDER BY ${order("hits")} LIMIT ? OFFSET ?
    )
    SELECT d."id", d."kind", d."category", d."url", d."title", d."body", d."publishedAt", page."total"
    FROM page JOIN "SearchDocument" d ON d."id" = page."id"
    ORDER BY ${order("page")}`;
  const rows = await db.$queryRawUnsafe<HitRow[]>(sql, query.code, ...params, query.limit, query.offset);
  const result = toResult(rows);
  if (capped) result.total = scaledTotal(result.total, Number(window.first), Number(window.low), Number(window.high));
  return result;
};
