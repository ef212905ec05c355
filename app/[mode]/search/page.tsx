import type { Metadata } from "next";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { SearchAdvice, SearchForm, SearchResultList, TruncatedNotice, type CategoryOption } from "@/components/search/SearchResults";
import { cachedCategoryTree } from "@/lib/content/queries";
import { categoryScope, parseSearchParams, searchSite } from "@/lib/search/search";

export const metadata: Metadata = { title: "站内搜索" };

// One page per query: rendered per request. The engine's query is its only database work
// (the category tree comes from memory: lib/content/queries.ts).
export const dynamic = "force-dynamic";

type SearchParamsPromise = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({ searchParams }: { searchParams: SearchParamsPromise }) {
  const params = parseSearchParams(await searchParams);
  const tree = await cachedCategoryTree();
  const categories: CategoryOption[] = tree.flatMap((node) => [
    { slug: node.slug, label: node.name },
    ...node.children.map((child) => ({ slug: child.slug, label: `${node.name} › ${child.name}` })),
  ]);
  const categoryNames = new Map(tree.flatMap((node) => [node, ...node.children]).map((node) => [node.slug, node.name]));
  const outcome = await searchSite(params, { categories: categoryScope(tree, params.category) });
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "站内搜索" }]} />
      <h1 className="mb-4 text-2xl font-bold">{params.q ? `“${params.q}”的搜索结果` : "站内搜索"}</h1>
      <SearchForm params={params} categories={categories} />
      {params.truncated && <TruncatedNotice />}
      {outcome.results.length > 0 ? <SearchResultList outcome={outcome} params={params} categoryNames={categoryNames} /> : <SearchAdvice query={outcome.words.length > 0 ? params.q : ""} />}
    </article>
  );
}
