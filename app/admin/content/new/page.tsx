import type { Metadata } from "next";
import Link from "next/link";
import { ArticleForm } from "@/components/admin/content-forms";
import { requireStaffPermission } from "@/lib/auth/current";
import { categoryChoices } from "@/lib/content/categories";

export const metadata: Metadata = { title: "新建文章" };

export default async function NewArticlePage() {
  await requireStaffPermission("manage:content:any", "/admin/content/new");
  const categories = await categoryChoices();
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/content">返回内容管理</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">新建文章</h1>
      <p className="mb-4">新文章保存为草稿；送审、发布后才在网站上显示。</p>
      <ArticleForm id={null} stored={{}} categories={categories} />
    </>
  );
}
