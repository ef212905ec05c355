import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPermission } from "@/lib/auth/current";
import { listPagesForStaff } from "@/lib/content/pages";
import { formatDateTime } from "@/lib/format";

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
      <ul className="space-y-2">
        {pages.map((page) => (
          <li key={page.slug}>
            <Link href={`/admin/content/pages/${page.slug}`}>{page.title}</Link>（/{page.slug}，更新于 {formatDateTime(page.updatedAt)}）
          </li>
        ))}
      </ul>
    </>
  );
}
