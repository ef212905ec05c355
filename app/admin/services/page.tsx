import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/admin/DataTable";
import { FilterForm, FilterInput, FilterSelect } from "@/components/admin/FilterForm";
import { requireStaffPermission } from "@/lib/auth/current";
import { STATUS_LABELS } from "@/lib/content/workflow";
import { formatDateTime } from "@/lib/format";
import { labelOf, SERVICE_THEMES } from "@/lib/services/catalog";
import { listGuidesForStaff } from "@/lib/services/guides";

export const metadata: Metadata = { title: "办事指南管理" };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function ServicesListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPermission("manage:service:any", "/admin/services");
  const query = await searchParams;
  const status = Object.hasOwn(STATUS_LABELS, one(query.status)) ? one(query.status) : "";
  const name = one(query.q).trim().slice(0, 50);
  const page = /^[1-9]\d{0,4}$/.test(one(query.page)) ? Number(one(query.page)) : 1;
  const result = await listGuidesForStaff({ status: status || undefined, name: name || undefined }, page);
  const pageLink = (target: number) => `/admin/services?${new URLSearchParams({ q: name, status, page: String(target) }).toString()}`;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">办事指南管理</h1>
      <p className="mb-6">
        <Link href="/admin/services/new" className="font-semibold">
          新建办事指南
        </Link>
      </p>
      <FilterForm action="/admin/services">
        <FilterInput id="q" label="事项名称或编码" value={name} />
        <FilterSelect id="status" label="状态" value={status} options={Object.entries(STATUS_LABELS)} />
      </FilterForm>
      <p role="status" className="mb-2">
        共 {result.total} 项，第 {page} / {result.pageCount} 页
      </p>
      <DataTable caption="办事指南列表" columns={["事项名称", "事项编码", "实施主体", "主题", "状态", "最后修改"]}>
        {result.items.map((item) => (
          <tr key={item.id} className="border-b border-line">
            <td className="p-2">
              <Link href={`/admin/services/${item.id}`}>{item.name}</Link>
            </td>
            <td className="p-2 font-mono text-sm">{item.code}</td>
            <td className="p-2">{item.department.name}</td>
            <td className="p-2">{labelOf(SERVICE_THEMES, item.theme)}</td>
            <td className="p-2">{labelOf(STATUS_LABELS, item.status)}</td>
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
