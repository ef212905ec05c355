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
 * costs seconds at 100,000 documents (npm run bench:search). Above this many matches, both
 * engines rank only this many most recently indexed ones (the highest ids), and scale the
 * total up from them by the share of the matching id range they cover: an estimate, which
 * the page shows as "找到约 N 条结果".
 */
export const RANK_WINDOW = 1000;

/** The estimated total when only the ids low..high of all matches first..high were ranked. */
export function scaledTotal(windowTotal: number, first: number, low: number, high: number): number {
  return Math.round((windowTotal * (high - first + 1)) / (high - low + 1));
}

export type SearchEngine = (db: Db, query: EngineQuery) => Promise<EngineResult>;

/** The row shape both engines' SQL returns (ids and counts may come back as bigint). */
export type HitRow = Omit<EngineHit, "id" | "publishedAt"> & { id: number | bigint; publishedAt: Date | string; total: number | bigint };

export function toResult(rows: HitRow[]): EngineResult {
  return {
    total: rows.length > 0 ? Number(rows[0]!.total) : 0,
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
