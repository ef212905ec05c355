import type { Metadata } from "next";
import { LibraryForm, LibraryList, LibraryPages } from "@/components/content/PolicyLibrary";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { libraryChoices, libraryHref, listPolicyDocuments, parseLibraryFilter } from "@/lib/content/library";
import { GK_HREF, GK_LABEL } from "@/lib/site/navigation";

export const metadata: Metadata = { title: `文件库 - ${GK_LABEL}`, description: "按发文机关、主题分类、成文年份和效力检索州人民政府政策文件" };

// One variant per query string: rendered per request (the layout's ISR does not apply), as
// /mailbox/search and /search are; lib/site/public-routes.mjs lists it in QUERY_PAGES.
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LibraryPage({ searchParams }: { searchParams: SearchParams }) {
  const filter = parseLibraryFilter(await searchParams);
  const [list, choices] = await Promise.all([listPolicyDocuments(filter), libraryChoices()]);
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: GK_LABEL, href: GK_HREF }, { label: "文件库" }]} />
      <h1 className="mb-4 text-2xl font-bold">文件库</h1>
      {/* Keyed by the filter: after a client-side navigation (清除条件, a page link) the fields show the new filter. */}
      <LibraryForm key={libraryHref(filter)} filter={filter} issuers={choices.issuers} years={choices.years} topics={choices.topics} />
      <p className="mb-2 text-sm text-muted" role="status">
        共 {list.total} 件
      </p>
      <LibraryList items={list.items} />
      <LibraryPages filter={filter} page={list.page} pageCount={list.pageCount} />
    </article>
  );
}
