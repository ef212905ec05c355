import type { Db } from "@/lib/db/client";
import type { SearchKind } from "../kinds";

// The one interface of the two full-text engines (SQLite FTS5, PostgreSQL tsvector).

export interface EngineQuery {
  /** The query's words (lib/search/segment.ts), all of which a document must contain */
  words: string[];
  /** The query as a normalized 文号: a document with exactly this code ranks first */
  code: string;
  kind: SearchKind | null;
  /** Category slugs (a category and its sub-categories), or null for any */
  categories: string[] | null;
  /** Published at or after this time (the date filter), and never after `now` */
  since: Date | null;
  now: Date;
  sort: "relevance" | "date";
  offset: number;
  limit: number;
  /** At most this many newest matches are ranked (RANK_WINDOW) */
  rankWindow: number;
}

export interface EngineHit {
  id: number;
  kind: string;
  category: string | null;
  url: string;
  title: string;
  body: string;
  publishedAt: Date;
}

export interface EngineResult {
  /** How many documents match (0 when the page is past the last one) */
  total: number;
  hits: EngineHit[];
}

/**
 * A very common word matches most of the index, and ranking and counting all of its matches
 * costs seconds at 100,000 documents (npm run bench:search). So both engines rank at most the
 * newest `rankWindow` matches that pass the filters (the highest ids: documents are indexed as
 * they are published), plus the document whose 文号 is the query, and estimate the total
 * beyond the window from the share of ids it covers: the page says "找到约 N 条结果". The
 * window holds more than the deepest page (MAX_PAGE x PAGE_SIZE in lib/search/search.ts).
 */
export const RANK_WINDOW = 1000;

/** The window's figures both engines' SQL returns with each hit. */
export interface WindowFigures {
  /** Matches in the window, its lowest and highest id, and the first document's id */
  windowCount: number | bigint;
  windowLow: number | bigint | null;
  windowHigh: number | bigint | null;
  firstId: number | bigint | null;
}

/** The total: exact below the window, else scaled up by the share of ids the window covers. */
export function estimatedTotal(figures: WindowFigures, rankWindow: number): number {
  const count = Number(figures.windowCount);
  if (count < rankWindow || figures.windowLow === null || figures.windowHigh === null || figures.firstId === null) return count;
  const [first, low, high] = [Number(figures.firstId), Number(figures.windowLow), Number(figures.windowHigh)];
  return Math.max(count, Math.round((count * (high - first + 1)) / (high - low + 1)));
}

export type SearchEngine = (db: Db, query: EngineQuery) => Promise<EngineResult>;

/** The row shape both engines' SQL returns (ids and counts may come back as bigint). */
export type HitRow = Omit<EngineHit, "id" | "publishedAt"> & WindowFigures & { id: number | bigint; publishedAt: Date | string };

export function toResult(rows: HitRow[], rankWindow: number): EngineResult {
  return {
    total: rows.length > 0 ? estimatedTotal(rows[0]!, rankWindow) : 0,
    hits: rows.map((row) => ({
      id: Number(row.id),
      kind: row.kind,
      category: row.category,
      url: row.url,
      title: row.title,
      body: row.body,
      publishedAt: new Date(row.publishedAt),
    })),
  };
}
