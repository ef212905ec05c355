import Link from "next/link";
import { FilterSelect } from "@/components/forms/FilterSelect";
import { Breadcrumb } from "@/components/site/Breadcrumb";

// 常见问题: /interaction/questions/faq (every published entry, cached) and its filtered view
// /interaction/questions/faq/search?department=&theme= (per request); entries grouped by
// department. FaqEntries is also shown beside a department's 办事指南.

export interface FaqItem {
  id: number;
  question: string;
  answer: string;
  department: { id: number; name: string };
  theme: { id: number; name: string };
}

type Choice = { id: number; name: string };

export function FaqEntries({ entries, headingLevel = 3 }: { entries: FaqItem[]; headingLevel?: 2 | 3 | 4 }) {
  const Heading = headingLevel === 2 ? "h2" : headingLevel === 3 ? "h3" : "h4";
  return (
    <ul className="space-y-4">
      {entries.map((entry) => (
        <li key={entry.id} data-faq={entry.id}>
          <Heading className="text-lg font-semibold break-words">
            问：{entry.question}
            <span className="ml-2 text-sm font-normal text-muted">（{entry.theme.name}）</span>
          </Heading>
          <p className="mt-1 whitespace-pre-wrap break-words">答：{entry.answer}</p>
        </li>
      ))}
    </ul>
  );
}

export function FaqList({ entries, filter, choices }: { entries: FaqItem[]; filter: { departmentId: number | null; themeId: number | null }; choices: { departments: Choice[]; themes: Choice[] } }) {
  const groups = new Map<number, { name: string; entries: FaqItem[] }>();
  for (const entry of entries) {
    const group = groups.get(entry.department.id) ?? { name: entry.department.name, entries: [] };
    group.entries.push(entry);
    groups.set(entry.department.id, group);
  }
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "互动交流", href: "/interaction" }, { label: "在线问答", href: "/interaction/questions" }, { label: "常见问题" }]} />
      <h1 className="mb-4 text-2xl font-bold">常见问题</h1>
      <p className="mb-4">
        各部门整理的常见问题和解答。没有找到答案的，可以<Link href="/interaction/questions/ask" className="underline">在线提问</Link>。
      </p>
      <form method="get" action="/interaction/questions/faq/search" aria-label="筛选常见问题" className="mb-6 flex flex-wrap items-end gap-4">
        <FilterSelect id="faq-department" name="department" label="部门" value={filter.departmentId ? String(filter.departmentId) : undefined} options={choices.departments.map((department) => [department.id, department.name] as const)} />
        <FilterSelect id="faq-theme" name="theme" label="主题" value={filter.themeId ? String(filter.themeId) : undefined} options={choices.themes.map((theme) => [theme.id, theme.name] as const)} />
        <button type="submit" className="rounded bg-gov-red px-5 py-2.5 font-semibold text-white hover:bg-gov-red-dark">
          筛选
        </button>
      </form>
      <p className="mb-4 text-sm text-muted" role="status">
        共 {entries.length} 条
      </p>
      {entries.length === 0 ? <p>暂无常见问题。</p> : null}
      {[...groups.entries()].map(([id, group]) => (
        <section key={id} aria-labelledby={`faq-department-${id}`} className="mb-8">
          <h2 id={`faq-department-${id}`} className="mb-3 text-xl font-bold">
            {group.name}
          </h2>
          <FaqEntries entries={group.entries} />
        </section>
      ))}
    </article>
  );
}
