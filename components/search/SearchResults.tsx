import Link from "next/link";
import { Pagination } from "@/components/content/Pagination";
import { FilterSelect, type FilterOption } from "@/components/forms/FilterSelect";
import { formatDate } from "@/lib/format";
import type { TextPiece } from "@/lib/search/highlight";
import { SEARCH_KINDS } from "@/lib/search/kinds";
import { DATE_RANGES, MAX_QUERY_LENGTH, SORTS, type SearchOutcome, type SearchParams } from "@/lib/search/search";

// The results page's parts: the search form with its filters, the list and the advice when
// nothing was found. Titles and snippets arrive as text pieces; marked ones become <mark>.

export interface CategoryOption {
  slug: string;
  label: string;
}

function Marked({ pieces }: { pieces: TextPiece[] }) {
  return pieces.map((piece, index) => (piece.mark ? <mark key={index}>{piece.text}</mark> : piece.text));
}

/** The address of the results with some parameters changed (page 1 unless given). */
export function searchHref(params: SearchParams, change: Partial<Record<"page", number>> = {}): string {
  const query = new URLSearchParams({ q: params.q });
  if (params.type) query.set("type", params.type);
  if (params.range !== "all") query.set("range", params.range);
  if (params.category) query.set("category", params.category);
  if (params.sort !== "relevance") query.set("sort", params.sort);
  if (change.page && change.page > 1) query.set("page", String(change.page));
  return `/search?${query.toString()}`;
}

const optionsOf = (labels: Record<string, string>): FilterOption[] => Object.entries(labels);

export function SearchForm({ params, categories }: { params: SearchParams; categories: CategoryOption[] }) {
  return (
    <form method="get" action="/search" role="search" aria-label="搜索与筛选" className="mb-6 grid gap-4 rounded border border-line bg-paper p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="sm:col-span-2 lg:col-span-4">
        <label htmlFor="search-q" className="block font-semibold">
          搜索内容
        </label>
        <div className="mt-1 flex gap-2">
          <input id="search-q" name="q" type="search" defaultValue={params.q} className="block w-full rounded border-2 border-ink bg-white px-3 py-2" />
          <button type="submit" className="shrink-0 cursor-pointer whitespace-nowrap rounded bg-gov-red px-5 py-2 font-semibold text-white">
            搜索
          </button>
        </div>
      </div>
      <FilterSelect id="search-type" name="type" label="类型" value={params.type} options={optionsOf(SEARCH_KINDS)} all="全部类型" wide />
      <FilterSelect
        id="search-category"
        name="category"
        label="栏目（新闻与文件）"
        value={params.category}
        options={categories.map((category) => [category.slug, category.label] as const)}
        all="全部栏目"
        wide
      />
      <FilterSelect id="search-range" name="range" label="发布时间" value={params.range} options={optionsOf(DATE_RANGES)} all={null} wide />
      <FilterSelect id="search-sort" name="sort" label="排序" value={params.sort} options={optionsOf(SORTS)} all={null} wide />
    </form>
  );
}

export function SearchAdvice({ query }: { query: string }) {
  return (
    <div className="rounded border border-line bg-white p-4">
      <p className="font-semibold">{query ? `没有找到与“${query}”相关的内容。` : "请输入要搜索的内容。"}</p>
      <p className="mt-2">您可以：</p>
      <ul className="mt-1 list-disc pl-6">
        <li>换用其他词语，例如“医保”“供热”“办事指南”；</li>
        <li>减少词语的数量，或去掉筛选条件；</li>
        <li>
          查看<Link href="/sitemap" className="underline">网站地图</Link>，按栏目查找。
        </li>
      </ul>
    </div>
  );
}

export function TruncatedNotice() {
  return (
    <p className="mb-4 rounded border-l-4 border-gov-red bg-white p-3" role="note">
      搜索内容过长，已按前 {MAX_QUERY_LENGTH} 个字搜索。
    </p>
  );
}

export function SearchResultList({ outcome, params, categoryNames }: { outcome: SearchOutcome; params: SearchParams; categoryNames: Map<string, string> }) {
  return (
    <>
      <p className="mb-3 text-muted" role="status">
        找到约 {outcome.total.toLocaleString("zh-CN")} 条结果
      </p>
      <ol className="divide-y divide-line" data-testid="search-results">
        {outcome.results.map((result) => (
          <li key={result.id} className="py-4">
            <h2 className="text-lg font-semibold">
              <span className="mr-2 inline-block rounded bg-paper px-2 py-0.5 text-sm font-normal text-muted">{result.kindLabel}</span>
              <Link href={result.url}>
                <Marked pieces={result.title} />
              </Link>
            </h2>
            <p className="mt-1">
              <Marked pieces={result.snippet} />
            </p>
            <p className="mt-1 text-sm text-muted">
              {formatDate(result.publishedAt)}
              {result.category && categoryNames.has(result.category) ? `　${categoryNames.get(result.category)}` : ""}
              <span className="sr-only">，地址</span>　{result.url}
            </p>
          </li>
        ))}
      </ol>
      <Pagination page={outcome.page} pageCount={outcome.pageCount} href={(page) => searchHref(params, { page })} />
    </>
  );
}
