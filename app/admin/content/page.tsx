import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { isScheduled, listArticlesForStaff } from "@/lib/content/articles";
import { categoryChoices } from "@/lib/content/categories";
import { parseArticleFilter } from "@/lib/content/filter";
import { STATUS_LABELS } from "@/lib/content/workflow";
import { requireStaffPermission } from "@/lib/auth/current";
import { formatDateTime } from "@/lib/format";
import { DataTable } from "@/components/admin/DataTable";
import { FilterForm, FilterInput, FilterSelect } from "@/components/admin/FilterForm";

export const metadata: Metadata = { title: "内容管理" };

const STATUS_CHOICES: [string, string][] = [...Object.entries(STATUS_LABELS), ["scheduled", "定时发布（未到时间）"]];

export default async function ContentListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPermission("manage:content:any", "/admin/content");
  const parsed = parseArticleFilter(await searchParams);
  const values = parsed.values;
  const page = parsed.ok ? parsed.page : 1;
  const [result, categories] = await Promise.all([
    parsed.ok ? listArticlesForStaff(parsed.filter, page) : { total: 0, pageCount: 1, items: [] },
    categoryChoices(),
  ]);
  const pageLink = (target: number) => `/admin/content?${new URLSearchParams({ ...values, page: String(target) }).toString()}`;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">内容管理</h1>
      <ul className="mb-6 flex flex-wrap gap-4">
        <li>
          <Link href="/admin/content/new" className="font-semibold">
            新建文章
          </Link>
        </li>
        <li>
          <Link href="/admin/content/categories">栏目管理</Link>
        </li>
        <li>
          <Link href="/admin/content/pages">页面管理</Link>
        </li>
      </ul>
      <ErrorSummary errors={parsed.ok ? [] : parsed.errors} />
      <FilterForm action="/admin/content">
        <FilterInput id="q" label="标题" value={values.q} />
        <FilterSelect id="category" label="栏目" value={values.category} options={categories.map((category) => [category.id, category.label] as const)} />
        <FilterSelect id="status" label="状态" value={values.status} options={STATUS_CHOICES} />
        <FilterInput id="from" label="发布日期从" type="date" value={values.from} />
        <FilterInput id="to" label="至" type="date" value={values.to} />
      </FilterForm>
      <p role="status" className="mb-2">
        共 {result.total} 篇，第 {page} / {result.pageCount} 页
      </p>
      <DataTable caption="文章列表" columns={["标题", "栏目", "状态", "发布时间", "最后修改"]}>
        {result.items.map((item) => (
          <tr key={item.id} className="border-b border-line">
            <td className="p-2">
              <Link href={`/admin/content/${item.id}`}>{item.title}</Link>
            </td>
            <td className="p-2">{item.category.name}</td>
            <td className="p-2">{isScheduled(item) ? "定时发布" : (STATUS_LABELS[item.status as keyof typeof STATUS_LABELS] ?? item.status)}</td>
            <td className="p-2 whitespace-nowrap">{item.publishedAt ? formatDateTime(item.publishedAt) : ""}</td>
            <td className="p-2 whitespace-nowrap">{formatDateTime(item.updatedAt)}</td>
          </tr>
        ))}
      </DataTable>
      <nav aria-label="分页" className="mt-4 flex gap-4">
        {page > 1 ? <Link href={pageLink(page - 1)}>上一页</Link> : null}
        {page < result.pageCount ? <Link href={pageLink(page + 1)}>下一页</Link> : null}
      </nav>
    </>
  );
}
