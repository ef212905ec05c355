import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageForm } from "@/components/admin/content-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { getPageForEdit, PRIVACY_SLUG, privacyVersionLine } from "@/lib/content/pages";

export const metadata: Metadata = { title: "编辑页面" };

export default async function EditPagePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  await requireStaffPermission("manage:content:any", `/admin/content/pages/${/^[a-z-]+$/.test(slug) ? slug : ""}`);
  const page = await getPageForEdit(slug);
  if (!page) notFound();
  const saved = (await searchParams).saved === "1";
  const privacy = slug === PRIVACY_SLUG;
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/content/pages">返回页面管理</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">编辑页面：{page.title}</h1>
      {saved ? (
        <StatusNotice>
          已保存，网站上立即生效（<Link href={`/${slug}`} className="underline">查看</Link>）。
        </StatusNotice>
      ) : null}
      {privacy ? (
        <StatusNotice tone="warning">
          隐私政策随系统版本发布，居民注册时同意的是其版本号。正文第一行须保持为“{privacyVersionLine()}”。在此所作的修改保留到系统发布新的隐私政策版本为止：升级后启动时，本页将被替换为新版本的文本（原有修改不再保留）。实质性修改请联系开发人员更新版本。
        </StatusNotice>
      ) : null}
      <PageForm
        slug={page.slug}
        stored={{ title: page.title, body: page.body }}
        bodyHint={privacy ? `Markdown 格式；第一行须为“${privacyVersionLine()}”` : "Markdown 格式；点击“预览”查看效果"}
      />
    </>
  );
}
