import type { EngineQuery, HitRow, SearchEngine } from "./types";
import { toResult } from "./types";

// SQLite: the FTS5 table "SearchFts" over SearchDocument (prisma/migrations/*_search_index).
// The words are matched as quoted strings (no FTS5 query syntax reaches the engine from a
// reader), ranked by bm25 with the title weighted 5:1 over the body, within the window of
// the newest matches that pass the filters (./types.ts). The filters read the covering index
// SearchDocument(id, publishedAt, kind, category, code), never the long rows.

/** Prisma's SQLite adapter stores DateTime as ISO text with an explicit offset. */
function storedTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export function ftsMatch(words: string[]): string {
  return words.map((word) => `"${word.replaceAll('"', '""')}"`).join(" AND ");
}

function filtersOf(query: EngineQuery): { sql: string; params: unknown[] } {
  const sql = [`d."publishedAt" <= ?`];
  const params: unknown[] = [storedTime(query.now)];
  if (query.since) {
    sql.push(`d."publishedAt" >= ?`);
    params.push(storedTime(query.since));
  }
  if (query.kind) {
    sql.push(`d."kind" = ?`);
    params.push(query.kind);
  }
  if (query.categories) {
    sql.push(`d."category" IN (${query.categories.map(() => "?").join(", ")})`);
    params.push(...query.categories);
  }
  return { sql: sql.join(" AND "), params };
}

export const searchSqlite: SearchEngine = async (db, query: EngineQuery) => {
  const match = ftsMatch(query.words);
  const filters = filtersOf(query);
  const order = (table: string) =>
    query.sort === "date"
      ? `${table}."publishedAt" DESC, ${table}."id" DESC`
      : `${table}."exact" DESC, ${table}."score" ASC, ${table}."publishedAt" DESC, ${table}."id" DESC`;
  // The window walks the match's doclist from the newest rowid and stops at rankWindow; bm25 is
  // computed for the window only; the long columns are read for the one page of hits. FTS5
  // would run the MATCH once per value of a plain "rowid IN (...)": the range bounds the scan
  // and "+rowid" keeps the list a filter.
  const sql = `
    WITH win AS (
      SELECT "SearchFts".rowid AS "id" FROM "SearchFts" JOIN "SearchDocument" d ON d."id" = "SearchFts".rowid
      WHERE "SearchFts" MATCH ? AND ${filters.sql} ORDER BY "SearchFts".rowid DESC LIMIT ?
    ),
    figures AS (
      SELECT count(*) AS "windowCount", min("id") AS "windowLow", max("id") AS "windowHigh",
        (SELECT min("id") FROM "SearchDocument") AS "firstId" FROM win
    ),
    candidates AS (SELECT "id" FROM win UNION SELECT d."id" FROM "SearchDocument" d WHERE d."code" = ? AND ${filters.sql}),
    scored AS (
      SELECT rowid AS "id", bm25("SearchFts", 5.0, 1.0) AS "score" FROM "SearchFts"
      WHERE "SearchFts" MATCH ? AND rowid >= (SELECT min("id") FROM candidates) AND +rowid IN (SELECT "id" FROM candidates)
    ),
    hits AS (
      SELECT d."id", d."publishedAt", (d."code" = ?) AS "exact", scored."score" FROM scored JOIN "SearchDocument" d ON d."id" = scored."id"
    ),
    page AS (SELECT "id", "publishedAt", "exact", "score" FROM hits ORDER BY ${order("hits")} LIMIT ? OFFSET ?)
    SELECT d."id", d."kind", d."category", d."url", d."title", d."body", d."publishedAt", figures.*
    FROM page JOIN "SearchDocument" d ON d."id" = page."id", figures
    ORDER BY ${order("page")}`;
  const params = [match, ...filters.params, query.rankWindow, query.code, ...filters.params, match, query.code, query.limit, query.offset];
  const rows = await db.$queryRawUnsafe<HitRow[]>(sql, ...params);
  return toResult(rows, query.rankWindow);
};
