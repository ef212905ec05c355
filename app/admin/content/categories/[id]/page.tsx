import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CategoryForm, DeleteCategoryForm } from "@/components/admin/content-forms";
import { requireStaffPermission } from "@/lib/auth/current";
import { listCategoriesForStaff } from "@/lib/content/categories";

export const metadata: Metadata = { title: "编辑栏目" };

export default async function EditCategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaffPermission("manage:content:any", `/admin/content/categories/${/^\d+$/.test(id) ? id : ""}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const categories = await listCategoriesForStaff();
  const category = categories.find((row) => row.id === Number(id));
  if (!category) notFound();
  const parents = categories.filter((row) => row.parentId === null).map(({ id: parentId, name }) => ({ id: parentId, name }));
  const stored = {
    name: category.name,
    slug: category.slug,
    description: category.description,
    parentId: category.parentId === null ? "" : String(category.parentId),
    sortOrder: String(category.sortOrder),
    isPolicy: category.isPolicy ? "on" : "",
    commentsEnabled: category.commentsEnabled ? "on" : "",
  };
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/content/categories">返回栏目管理</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">编辑栏目：{category.name}</h1>
      <CategoryForm id={category.id} stored={stored} parents={parents} />
      <section aria-labelledby="delete-title" className="mt-8">
        <h2 id="delete-title" className="mb-2 text-xl font-bold">
          删除栏目
        </h2>
        <p className="mb-3">
          本栏目有 {category._count.articles} 篇文章、{category._count.children} 个子栏目；有文章或子栏目时不能删除。
        </p>
        <DeleteCategoryForm id={category.id} />
      </section>
    </>
  );
}
