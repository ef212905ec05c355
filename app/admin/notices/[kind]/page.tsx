import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TemplateForm } from "@/components/admin/notice-forms";
import { requireStaffPermission } from "@/lib/auth/current";
import { isNoticeKind, NOTICE_KINDS } from "@/lib/notices/kinds";
import { loadTemplate } from "@/lib/notices/templates";

export const metadata: Metadata = { title: "修改通知模板" };

export default async function EditNoticeTemplatePage({ params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  await requireStaffPermission("manage:notice:any", `/admin/notices/${encodeURIComponent(kind)}`);
  if (!isNoticeKind(kind)) notFound();
  const template = await loadTemplate(kind);
  const definition = NOTICE_KINDS[kind];
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/notices">返回通知模板</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{definition.label}</h1>
      <p className="mb-4">{definition.required ? "必发通知：居民不能关闭。" : "可选通知：居民可在个人中心关闭。"}</p>
      <TemplateForm kind={kind} subject={template.subject} body={template.body} placeholders={definition.placeholders} />
    </>
  );
}
