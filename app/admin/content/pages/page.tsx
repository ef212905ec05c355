import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPermission } from "@/lib/auth/current";
import { listPagesForStaff } from "@/lib/content/pages";
import { formatDateTime } from "@/lib/format";
import { DataTable } from "@/components/admin/DataTable";

export const metadata: Metadata = { title: "页面管理" };

export default async function PagesPage() {
  await requireStaffPermission("manage:content:any", "/admin/content/pages");
  const pages = await listPagesForStaff();
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/content">返回内容管理</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">页面管理</h1>
      <DataTable caption="静态页面" columns={["页面", "网址", "最后修改"]}>
        {pages.map((page) => (
          <tr key={page.slug} className="border-b border-line">
            <td className="p-2">
              <Link href={`/admin/content/pages/${page.slug}`}>{page.title}</Link>
            </td>
            <td className="p-2">/{page.slug}</td>
            <td className="p-2 whitespace-nowrap">{formatDateTime(page.updatedAt)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
