import { z } from "zod";
import { db } from "@/lib/db/client";
import { isPostgresUrl } from "@/lib/db/url";
import { env } from "@/lib/env";
import { searchPostgres } from "./engines/postgres";
import { searchSqlite } from "./engines/sqlite";
import { RANK_WINDOW, type EngineQuery } from "./engines/types";
import { indexGeneration } from "./generation";
import { markWords, snippet, type TextPiece } from "./highlight";
import { isSearchKind, SEARCH_KINDS, type SearchKind } from "./kinds";
import { queryWords } from "./segment";
import { createResultCache } from "./result-cache";
import { normalizeCode } from "./text";

// The site search (/search): reading the request's parameters, asking the engine of the
// configured database, and preparing the results for the page. The engine's query is the
// only database work (docs/decisions/0016).

export const MAX_QUERY_LENGTH = 50;
export const PAGE_SIZE = 10;
/** Deeper pages are not offered: a reader refines the query instead. */
export const MAX_PAGE = 50;

export const DATE_RANGES = { all: "全部", week: "近一周", month: "近一月", year: "近一年" } as const;
export type DateRange = keyof typeof DATE_RANGES;
const RANGE_DAYS: Record<DateRange, number | null> = { all: null, week: 7, month: 30, year: 365 };

export const SORTS = { relevance: "按相关度", date: "按时间" } as const;
export type Sort = keyof typeof SORTS;

export interface SearchParams {
  /** The query as used (at most MAX_QUERY_LENGTH characters) */
  q: string;
  /** Whether the reader's query was longer and was cut */
  truncated: boolean;
  type: SearchKind | null;
  range: DateRange;
  /** A category slug (articles and policy documents) */
  category: string | null;
  sort: Sort;
  page: number;
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const text = z.preprocess(first, z.string().optional().catch(undefined));

const paramsSchema = z.object({
  q: text,
  type: text,
  range: text,
  category: text,
  sort: text,
  page: text,
});

/** The search parameters from a query string; anything malformed falls back to its default. */
export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  const input = paramsSchema.parse(raw);
  const query = [...(input.q ?? "").replace(/\s+/g, " ").trim()];
  const page = Number.parseInt(input.page ?? "1", 10);
  return {
    q: query.slice(0, MAX_QUERY_LENGTH).join("").trim(),
    truncated: query.length > MAX_QUERY_LENGTH,
    type: input.type && isSearchKind(input.type) ? input.type : null,
    range: input.range && Object.hasOwn(DATE_RANGES, input.range) ? (input.range as DateRange) : "all",
    category: input.category && /^[a-z0-9][a-z0-9-]{0,39}$/.test(input.category) ? input.category : null,
    sort: input.sort === "date" ? "date" : "relevance",
    page: Number.isSafeInteger(page) ? Math.min(MAX_PAGE, Math.max(1, page)) : 1,
  };
}

export interface SearchResult {
  id: number;
  kind: SearchKind;
  kindLabel: string;
  category: string | null;
  url: string;
  title: TextPiece[];
  snippet: TextPiece[];
  publishedAt: Date;
}

export interface SearchOutcome {
  /** The words searched for (empty: nothing to search, the page says so) */
  words: string[];
  total: number;
  /** The page shown: the first when the one asked for is past the last */
  page: number;
  pageCount: number;
  results: SearchResult[];
}

function engine() {
  return isPostgresUrl(env().DATABASE_URL) ? searchPostgres : searchSqlite;
}

interface CategoryNode {
  slug: string;
  children: CategoryNode[];
}

/** The slugs a category filter covers: the category and its sub-categories (null: unknown slug). */
export function categoryScope(tree: CategoryNode[], slug: string | null): string[] | null {
  if (!slug) return null;
  for (const node of tree) {
    if (node.slug === slug) return [node.slug, ...node.children.flatMap((child) => categoryScope([child], child.slug) ?? [])];
    const inner = categoryScope(node.children, slug);
    if (inner) return inner;
  }
  return null;
}

export interface SearchOptions {
  /** Category slugs for the category filter (categoryScope) */
  categories?: string[] | null;
  now?: Date;
  /** Tests lower it to reach the estimated totals of lib/search/engines/types.ts */
  rankWindow?: number;
}

/** The engine's query for the search parameters (null: no words to search for). */
export function engineQuery(params: SearchParams, options: SearchOptions = {}): EngineQuery | null {
  const { categories = null, now = new Date(), rankWindow = RANK_WINDOW } = options;
  const words = queryWords(params.q);
  if (words.length === 0) return null;
  const days = RANGE_DAYS[params.range];
  return {
    words,
    code: normalizeCode(params.q),
    kind: params.type,
    categories: categories && categories.length > 0 && (params.type === null || params.type === "article" || params.type === "policy") ? categories : null,
    since: days === null ? null : new Date(now.getTime() - days * 86_400_000),
    now,
    sort: params.sort,
    offset: (params.page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
    rankWindow,
  };
}

// Outcomes for the current index generation, for half a minute: a scheduled document appears
// and the date filters move up to that much late; any change to the index is seen at once.
const recentOutcomes = createResultCache<SearchOutcome>({ maxEntries: 500, ttlMs: 30_000 });

/**
 * Runs a search. The category filter is `categories` (from categoryScope: the page has the
 * category tree) and applies to articles and policy documents only. Repeated searches within
 * half a minute reuse the outcome unless the index changed (./result-cache.ts); a caller that
 * passes its own `now` or `rankWindow` (tests) always asks the engine.
 */
export async function searchSite(params: SearchParams, options: SearchOptions = {}): Promise<SearchOutcome> {
  if (options.now || options.rankWindow) return runSearch(params, options);
  const { q, type, range, sort, page } = params;
  const key = JSON.stringify([await indexGeneration(db), q, type, range, sort, page, options.categories ?? null]);
  return recentOutcomes.get(key, () => runSearch(params, options));
}

async function runSearch(params: SearchParams, options: SearchOptions): Promise<SearchOutcome> {
  const query = engineQuery(params, options);
  if (!query) return { words: [], total: 0, page: 1, pageCount: 0, results: [] };
  const { words } = query;
  const search = engine();
  let page = params.page;
  let found = await search(db, query);
  // A page past the last (an old link): the first page, so the reader still sees the total.
  if (found.hits.length === 0 && query.offset > 0) {
    page = 1;
    found = await search(db, { ...query, offset: 0 });
  }
  const total = found.total;
  return {
    words,
    total,
    page,
    pageCount: Math.min(MAX_PAGE, Math.ceil(total / PAGE_SIZE)),
    results: found.hits.map((hit) => {
      const kind = isSearchKind(hit.kind) ? hit.kind : "page";
      return {
        id: hit.id,
        kind,
        kindLabel: SEARCH_KINDS[kind],
        category: hit.category,
        url: hit.url,
        title: markWords(hit.title, words),
        snippet: snippet(hit.body, words),
        publishedAt: hit.publishedAt,
      };
    }),
  };
}
