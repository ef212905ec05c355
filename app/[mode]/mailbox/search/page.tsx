import type { Metadata } from "next";
import Link from "next/link";
import { LetterPages, LetterSearchForm, PublishedLetterList } from "@/components/mailbox/PublicMailbox";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { listPublishedLetters, parsePublicFilter, publishedYears } from "@/lib/mailbox/public";
import { modeOfSegment } from "@/lib/site/mode";

export const metadata: Metadata = { title: "公开信件查询 - 州长信箱" };

// One variant per query string: rendered per request (the layout's ISR does not apply).
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Filtered and later pages of the published letters: one variant per query string, so these
// render per request; the unfiltered first page is /mailbox itself (cached).
export default async function MailboxSearchPage({ params, searchParams }: { params: Promise<{ mode: string }>; searchParams: SearchParams }) {
  const elder = modeOfSegment((await params).mode) === "elder";
  const filter = parsePublicFilter(await searchParams);
  const [list, years] = await Promise.all([listPublishedLetters(filter), publishedYears()]);
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "州长信箱", href: "/mailbox" }, { label: "公开信件查询" }]} />
      <h1 className="mb-4 text-2xl font-bold">公开信件查询</h1>
      <LetterSearchForm filter={filter} years={years} />
      <p className="mb-2 text-sm text-muted" role="status">
        共找到 {list.total} 封
      </p>
      <PublishedLetterList letters={list.letters} elder={elder} />
      <LetterPages filter={filter} page={list.page} pageCount={list.pageCount} />
      <p className="mt-6">
        <Link href="/mailbox">返回州长信箱</Link>
      </p>
    </article>
  );
}
