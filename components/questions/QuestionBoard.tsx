import Link from "next/link";
import { Pagination } from "@/components/content/Pagination";
import { FilterSelect } from "@/components/forms/FilterSelect";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { SiteLink } from "@/components/site/SiteLink";
import { formatDate } from "@/lib/format";
import { ANSWER_WORKING_DAYS, type PublicQuestionFilter } from "@/lib/questions/fields";

// The public board of 在线问答: /interaction/questions (已回复, first page, cached) and
// /interaction/questions/search (any filter or page, per request). The filter is a GET form,
// the 已回复/待回复 tabs are links: both work without JavaScript.

export const QUESTIONS_HREF = "/interaction/questions";

export function boardHref(filter: PublicQuestionFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter.departmentId !== null) params.set("department", String(filter.departmentId));
  if (filter.themeId !== null) params.set("theme", String(filter.themeId));
  if (filter.state === "open") params.set("state", "open");
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${QUESTIONS_HREF}/search?${query}` : QUESTIONS_HREF;
}

interface Item {
  id: number;
  title: string;
  maskedName: string;
  state: string;
  createdAt: Date;
  answeredAt: Date | null;
  department: { name: string };
  theme: { name: string };
}

type Choice = { id: number; name: string };

export function QuestionBoard({
  filter,
  list,
  choices,
}: {
  filter: PublicQuestionFilter;
  list: { total: number; page: number; pageCount: number; questions: Item[] };
  choices: { departments: Choice[]; themes: Choice[] };
}) {
  const tabs = [
    { state: "answered" as const, label: "已回复" },
    { state: "open" as const, label: "待回复" },
  ];
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "互动交流", href: "/interaction" }, { label: "在线问答" }]} />
      <h1 className="mb-4 text-2xl font-bold">在线问答</h1>
      <p className="mb-4">居民向州政府部门咨询政策和办事问题，经审核后由部门在 {ANSWER_WORKING_DAYS} 个工作日内回复。以下是提问人同意公开的问题，姓名只显示姓氏。</p>
      <p className="mb-6 flex flex-wrap gap-4">
        <SiteLink href={`${QUESTIONS_HREF}/ask`} className="rounded bg-gov-red px-5 py-2.5 font-semibold text-white no-underline hover:bg-gov-red-dark">
          我要提问
        </SiteLink>
        <SiteLink href={`${QUESTIONS_HREF}/faq`} className="rounded border-2 border-ink px-5 py-2 font-semibold no-underline">
          常见问题
        </SiteLink>
      </p>
      <nav aria-label="按回复状态筛选" className="mb-4">
        <ul className="flex flex-wrap gap-3">
          {tabs.map((tab) => (
            <li key={tab.state}>
              <Link
                href={boardHref({ ...filter, state: tab.state })}
                aria-current={filter.state === tab.state ? "page" : undefined}
                className={`inline-block rounded border-2 px-4 py-1 ${filter.state === tab.state ? "border-gov-red font-bold" : "border-line"}`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={`${QUESTIONS_HREF}/search`} aria-label="筛选问题" className="mb-4 flex flex-wrap items-end gap-4">
        {filter.state === "open" ? <input type="hidden" name="state" value="open" /> : null}
        <FilterSelect id="question-department" name="department" label="咨询部门" value={filter.departmentId ? String(filter.departmentId) : undefined} options={choices.departments.map((department) => [department.id, department.name] as const)} />
        <FilterSelect id="question-theme" name="theme" label="主题" value={filter.themeId ? String(filter.themeId) : undefined} options={choices.themes.map((theme) => [theme.id, theme.name] as const)} />
        <button type="submit" className="rounded bg-gov-red px-5 py-2.5 font-semibold text-white hover:bg-gov-red-dark">
          筛选
        </button>
      </form>
      <p className="mb-2 text-sm text-muted" role="status">
        共 {list.total} 个{filter.state === "answered" ? "已回复" : "待回复"}的问题
      </p>
      {list.questions.length === 0 ? <p>暂无问题。</p> : null}
      <ul className="divide-y divide-line" data-testid="questions">
        {list.questions.map((question) => (
          <li key={question.id} className="py-3">
            <Link href={`${QUESTIONS_HREF}/${question.id}`} className="text-lg font-semibold">
              {question.title}
            </Link>
            <p className="mt-1 flex flex-wrap gap-x-5 text-sm text-muted">
              <span className="font-semibold text-ink">{question.state === "answered" ? "已回复" : "待回复"}</span>
              <span>提问人：{question.maskedName}</span>
              <span>咨询部门：{question.department.name}</span>
              <span>主题：{question.theme.name}</span>
              <span>
                {question.answeredAt ? "回复时间：" : "提问时间："}
                <time dateTime={(question.answeredAt ?? question.createdAt).toISOString()}>{formatDate(question.answeredAt ?? question.createdAt)}</time>
              </span>
            </p>
          </li>
        ))}
      </ul>
      <Pagination page={list.page} pageCount={list.pageCount} href={(n) => boardHref(filter, n)} />
    </article>
  );
}
