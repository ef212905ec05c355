import type { Metadata } from "next";
import Link from "next/link";
import { CategoryForm } from "@/components/admin/content-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { listCategoriesForStaff } from "@/lib/content/categories";
import { DataTable } from "@/components/admin/DataTable";

export const metadata: Metadata = { title: "栏目管理" };

export default async function CategoriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPermission("manage:content:any", "/admin/content/categories");
  const query = await searchParams;
  const categories = await listCategoriesForStaff();
  const parents = categories.filter((category) => category.parentId === null).map(({ id, name }) => ({ id, name }));
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/content">返回内容管理</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">栏目管理</h1>
      {query.saved ? <StatusNotice>栏目已保存，网站导航已更新。</StatusNotice> : null}
      {query.deleted === "1" ? <StatusNotice>栏目已删除。</StatusNotice> : null}
      <p className="mb-4">排序数字小的排在前面；有文章或子栏目的栏目不能删除。</p>
      <DataTable caption="栏目列表" columns={["栏目", "标识", "排序", "文章数", "政策文件"]} className="mb-8">
        {categories.map((category) => (
          <tr key={category.id} className="border-b border-line">
            <td className={`p-2 ${category.parentId === null ? "font-semibold" : "pl-8"}`}>
              <Link href={`/admin/content/categories/${category.id}`}>{category.name}</Link>
            </td>
            <td className="p-2">{category.slug}</td>
            <td className="p-2">{category.sortOrder}</td>
            <td className="p-2">{category._count.articles}</td>
            <td className="p-2">{category.isPolicy ? "是" : ""}</td>
          </tr>
        ))}
      </DataTable>
      <section aria-labelledby="new-category">
        <h2 id="new-category" className="mb-3 text-xl font-bold">
          新建栏目
        </h2>
        <CategoryForm id={null} stored={{ sortOrder: "0" }} parents={parents} />
      </section>
    </>
  );
}
