import type { Metadata } from "next";
import { SiteLink } from "@/components/site/SiteLink";
import { LetterPages, LetterSearchForm, MailboxStatistics, PublishedLetterList } from "@/components/mailbox/PublicMailbox";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { listPublishedLetters, mailboxStatistics, publishedYears } from "@/lib/mailbox/public";
import { LETTER_TYPE_LABELS, LETTER_TYPES, REPLY_WORKING_DAYS } from "@/lib/mailbox/states";
import { modeOfSegment } from "@/lib/site/mode";

export const metadata: Metadata = { title: "州长信箱", description: "向州长反映情况、提出意见建议，查看公开的来信和答复" };

// Cached like every public page (docs/decisions/0003): the staff side revalidates it when a
// letter is published; the statistics lag by at most the revalidation interval.
export default async function MailboxPage({ params }: { params: Promise<{ mode: string }> }) {
  const elder = modeOfSegment((await params).mode) === "elder";
  const [list, statistics, years] = await Promise.all([listPublishedLetters(), mailboxStatistics(), publishedYears()]);
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "州长信箱" }]} />
      <h1 className="mb-4 text-2xl font-bold">州长信箱</h1>
      <section aria-labelledby="mailbox-about" className="mb-8">
        <h2 id="mailbox-about" className="mb-2 text-xl font-bold">
          写信须知
        </h2>
        <p className="mb-2">
          州长信箱受理居民对本州经济社会发展和政府工作的{LETTER_TYPES.map((type) => LETTER_TYPE_LABELS[type]).join("、")}。来信受理后，承办单位在 {REPLY_WORKING_DAYS} 个工作日内答复（节假日顺延）。
        </p>
        <p className="mb-2">
          依法应通过诉讼、仲裁、行政复议等途径解决的事项，以及已进入信访程序的事项，请按相应渠道办理。紧急情况请拨打 110、119、120 或 12345 热线。
        </p>
        <p className="mb-4">写信需要登录。来信人同意公开的信件，答复后可能隐去个人信息后在本页公开；举报信件一律不公开。</p>
        <p className="flex flex-wrap gap-4">
          <SiteLink href="/mailbox/write" className="rounded bg-gov-red px-5 py-2.5 font-semibold text-white no-underline hover:bg-gov-red-dark">
            我要写信
          </SiteLink>
          <SiteLink href="/mailbox/track" className="rounded border-2 border-ink px-5 py-2 font-semibold no-underline">
            信件查询
          </SiteLink>
        </p>
      </section>
      <section aria-labelledby="mailbox-statistics" className="mb-8">
        <h2 id="mailbox-statistics" className="mb-2 text-xl font-bold">
          办理统计
        </h2>
        <MailboxStatistics {...statistics} />
      </section>
      <section aria-labelledby="mailbox-letters">
        <h2 id="mailbox-letters" className="mb-2 text-xl font-bold">
          公开信件
        </h2>
        <LetterSearchForm filter={{}} years={years} />
        <p className="mb-2 text-sm text-muted">共 {list.total} 封</p>
        <PublishedLetterList letters={list.letters} elder={elder} />
        <LetterPages filter={{}} page={list.page} pageCount={list.pageCount} />
      </section>
    </article>
  );
}
