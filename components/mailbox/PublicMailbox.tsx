import Link from "next/link";
import { Pagination } from "@/components/content/Pagination";
import { FilterSelect } from "@/components/forms/FilterSelect";
import { formatDate } from "@/lib/format";
import type { PeriodStatistics, PublicLetterFilter, PublicLetterSummary } from "@/lib/mailbox/public";
import { LETTER_TYPE_LABELS, LETTER_TYPES, letterTypeLabel } from "@/lib/mailbox/states";

// The public parts of /mailbox: the list of published letters, the search form and the
// statistics. Only public fields reach these components.

export const letterHref = (id: number) => `/mailbox/letters/${id}`;

export function PublishedLetterList({ letters, elder }: { letters: PublicLetterSummary[]; elder: boolean }) {
  if (letters.length === 0) return <p>暂无公开的信件。</p>;
  return (
    <ul className="divide-y divide-line" data-testid="published-letters">
      {letters.map((letter) => (
        <li key={letter.id} className={elder ? "py-2" : "flex items-baseline justify-between gap-4 py-2"}>
          <div>
            <span className="mr-2 text-muted">【{letterTypeLabel(letter.type)}】</span>
            <Link href={letterHref(letter.id)}>{letter.publicTitle}</Link>
            <p className="text-sm text-muted">
              来信 {formatDate(letter.createdAt)}
              {letter.repliedAt ? `　答复 ${formatDate(letter.repliedAt)}` : ""}
              {letter.department ? `　答复单位：${letter.department.name}` : ""}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function LetterSearchForm({ filter, years }: { filter: PublicLetterFilter; years: number[] }) {
  const control = "mt-1 block rounded border-2 border-ink bg-white px-3 py-2";
  return (
    <form method="get" action="/mailbox/search" role="search" aria-label="搜索公开信件" className="mb-4 flex flex-wrap items-end gap-4">
      <div>
        <label htmlFor="mailbox-q" className="block font-semibold">
          关键词
        </label>
        <input id="mailbox-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={50} className={control} />
      </div>
      <FilterSelect
        id="mailbox-type"
        name="type"
        label="信件类型"
        value={filter.type}
        options={LETTER_TYPES.filter((type) => type !== "report").map((type) => [type, LETTER_TYPE_LABELS[type]] as const)}
      />
      <FilterSelect id="mailbox-year" name="year" label="来信年份" value={filter.year ? String(filter.year) : undefined} options={years.map((year) => [year, `${year} 年`] as const)} />
      <button type="submit" className="rounded bg-gov-red px-5 py-2.5 font-semibold text-white hover:bg-gov-red-dark">
        搜索
      </button>
    </form>
  );
}

/** Page links of the list: page 1 of the unfiltered list is /mailbox itself (cached). */
export function searchHref(filter: PublicLetterFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.type) params.set("type", filter.type);
  if (filter.year) params.set("year", String(filter.year));
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/mailbox/search?${query}` : "/mailbox";
}

export function LetterPages({ filter, page, pageCount }: { filter: PublicLetterFilter; page: number; pageCount: number }) {
  return <Pagination page={page} pageCount={pageCount} href={(n) => searchHref(filter, n)} />;
}

const percent = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(1)}%`);
const days = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)} 个工作日`);

export function MailboxStatistics({ thisMonth, thisYear, year, month }: { thisMonth: PeriodStatistics; thisYear: PeriodStatistics; year: number; month: number }) {
  const rows: [string, (s: PeriodStatistics) => string][] = [
    ["收到信件", (s) => `${s.received} 封`],
    ["已答复", (s) => `${s.replied} 封`],
    ["答复率", (s) => percent(s.replyRate)],
    ["平均答复用时", (s) => days(s.averageReplyWorkingDays)],
    ["按期答复率", (s) => percent(s.onTimeRate)],
    ["满意率", (s) => percent(s.satisfactionRate)],
  ];
  return (
    <>
      <table className="w-full border-collapse text-left" data-testid="mailbox-statistics">
        <caption className="sr-only">州长信箱办理统计</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">项目</th>
            <th scope="col" className="py-2 pr-4">本月（{month} 月）</th>
            <th scope="col" className="py-2">本年（{year} 年）</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label} className="border-b border-line">
              <th scope="row" className="py-2 pr-4 font-semibold">{label}</th>
              <td className="py-2 pr-4">{value(thisMonth)}</td>
              <td className="py-2">{value(thisYear)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm text-muted">
        按来信时间统计。答复率 = 已答复 ÷（收到 − 不予受理）；按期答复率为答复在期限内的比例；满意率为评价“满意”和“基本满意”的比例（只计已评价的信件）。统计约每 10 分钟更新。
      </p>
    </>
  );
}
