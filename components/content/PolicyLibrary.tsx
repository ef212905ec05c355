import Link from "next/link";
import { Pagination } from "@/components/content/Pagination";
import { FilterSelect } from "@/components/forms/FilterSelect";
import { libraryHref, type LibraryFilter } from "@/lib/content/library";
import { validityLabel, type Validity } from "@/lib/content/validity";
import { formatDate } from "@/lib/format";
import { articleHref } from "@/lib/site/navigation";

// 文件库 (/gk/wjk): the filter form (a GET form, so it works without JavaScript), the list of
// policy documents and its pages.

const control = "mt-1 block w-full rounded border-2 border-ink bg-white px-3 py-2";

export function LibraryForm({ filter, issuers, years, topics }: { filter: LibraryFilter; issuers: string[]; years: number[]; topics: readonly string[] }) {
  return (
    <form method="get" action="/gk/wjk" role="search" aria-label="文件库检索" className="mb-6 grid gap-4 rounded border border-line bg-paper p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="sm:col-span-2 lg:col-span-4">
        <label htmlFor="wjk-q" className="block font-semibold">
          标题或文号
        </label>
        <input id="wjk-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={50} className={control} />
      </div>
      <FilterSelect id="wjk-issuer" name="issuer" label="发文机关" value={filter.issuer} options={issuers.map((issuer) => [issuer, issuer] as const)} wide />
      <FilterSelect id="wjk-topic" name="topic" label="主题分类" value={filter.topic} options={topics.map((topic) => [topic, topic] as const)} wide />
      <FilterSelect id="wjk-year" name="year" label="成文年份" value={filter.year ? String(filter.year) : undefined} options={years.map((year) => [year, `${year} 年`] as const)} wide />
      <FilterSelect id="wjk-validity" name="validity" label="效力" value={filter.validity} options={Object.entries(validityLabel)} wide />
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="cursor-pointer rounded bg-gov-red px-5 py-2.5 font-semibold text-white hover:bg-gov-red-dark">
          检索
        </button>
        <Link href="/gk/wjk">清除条件</Link>
      </div>
    </form>
  );
}

export interface LibraryItem {
  id: number;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  writtenAt: Date | null;
  publishedAt: Date;
  topic: string | null;
  validity: Validity | null;
}

export function LibraryList({ items }: { items: LibraryItem[] }) {
  if (items.length === 0) return <p>没有符合条件的文件，请减少筛选条件或换一个关键词。</p>;
  return (
    <ul className="divide-y divide-line" aria-label="文件列表">
      {items.map((item) => (
        <li key={item.id} className="py-3">
          <Link href={articleHref(item.id)} className="font-semibold">
            {item.title}
          </Link>
          <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
            {item.docNumber && <span>文号：{item.docNumber}</span>}
            {item.issuer && <span>发文机关：{item.issuer}</span>}
            <span>成文日期：{item.writtenAt ? formatDate(item.writtenAt) : "—"}</span>
            {item.topic && <span>主题分类：{item.topic}</span>}
            {item.validity && <span>效力：【{validityLabel[item.validity]}】</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function LibraryPages({ filter, page, pageCount }: { filter: LibraryFilter; page: number; pageCount: number }) {
  return <Pagination page={page} pageCount={pageCount} href={(n) => libraryHref(filter, n)} />;
}
