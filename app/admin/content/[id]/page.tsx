import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleForm, RemoveAttachmentForm, TransitionForm, UploadAttachmentForm } from "@/components/admin/content-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { getArticleForEdit, isScheduled } from "@/lib/content/articles";
import { ATTACHMENT_HINT } from "@/lib/content/attachments";
import { categoryChoices } from "@/lib/content/categories";
import { toChinaDateTimeInput } from "@/lib/content/forms";
import { permissionFor, STATUS_LABELS, TRANSITIONS, transitionsFrom } from "@/lib/content/workflow";
import { formatDate, formatDateTime, formatFileSize } from "@/lib/format";

export const metadata: Metadata = { title: "编辑文章" };

const notices: Record<string, string> = {
  saved: "已保存。",
  uploaded: "附件已上传。",
  removed: "附件已删除。",
};
const doneNotices: Record<string, string> = {
  submit: "已送审。",
  return: "已退回修改，文章回到草稿状态。",
  publish: "已发布，网站上立即可见。",
  scheduled: "已定时发布，到发布时间后在网站上显示。",
  archive: "已下线归档，网站上不再显示。",
  reopen: "文章回到草稿状态。",
};

export default async function EditArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const user = await requireStaffPermission("manage:content:any", `/admin/content/${/^\d+$/.test(id) ? id : ""}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const [article, categories] = await Promise.all([getArticleForEdit(Number(id)), categoryChoices()]);
  if (!article) notFound();
  const query = await searchParams;
  const notice = Object.keys(notices).find((key) => query[key] === "1");
  const done = typeof query.done === "string" ? doneNotices[query.done] : undefined;
  const stored = {
    title: article.title,
    categoryId: String(article.categoryId),
    summary: article.summary,
    body: article.body,
    source: article.source,
    publishedAt: toChinaDateTimeInput(article.publishedAt),
    docNumber: article.docNumber ?? "",
    validity: article.validity ?? "",
    validityNote: article.validityNote ?? "",
    indexNumber: article.indexNumber ?? "",
    issuer: article.issuer ?? "",
    writtenAt: article.writtenAt ? formatDate(article.writtenAt) : "",
    topic: article.topic ?? "",
    comments: article.comments,
  };
  const scheduled = isScheduled(article);
  const transitions = transitionsFrom(article.status).filter((name) => can(user, permissionFor(name)));
  const visible = article.status === "published" && !scheduled;
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/content">返回内容管理</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">编辑文章</h1>
      {notice ? <StatusNotice>{notices[notice]}</StatusNotice> : null}
      {done ? <StatusNotice>{done}</StatusNotice> : null}
      <section aria-labelledby="workflow-title" className="mb-6 rounded border border-line bg-white p-4">
        <h2 id="workflow-title" className="mb-2 text-xl font-bold">
          状态
        </h2>
        <p className="mb-3" data-testid="article-status">
          {scheduled ? `定时发布：${formatDateTime(article.publishedAt!)} 起显示` : STATUS_LABELS[article.status as keyof typeof STATUS_LABELS]}
          {visible ? (
            <>
              {" "}
              （<Link href={`/article/${article.id}`} className="underline">在网站上查看</Link>）
            </>
          ) : null}
        </p>
        <div className="flex flex-wrap gap-4">
          {transitions.map((name) => (
            <TransitionForm key={name} id={article.id} transition={name} label={TRANSITIONS[name].label} />
          ))}
        </div>
        {article.status === "published" ? <p className="mt-3 text-muted">已发布文章的修改保存后在网站上立即生效。</p> : null}
      </section>
      <ArticleForm id={article.id} stored={stored} categories={categories} />
      <section id="attachments" aria-labelledby="attachments-title" className="mt-8">
        <h2 id="attachments-title" className="mb-2 text-xl font-bold">
          附件
        </h2>
        {article.attachments.length === 0 ? (
          <p className="mb-4">暂无附件。</p>
        ) : (
          <ul className="mb-4 space-y-1">
            {article.attachments.map((attachment) => (
              <li key={attachment.id}>
                {attachment.fileName}（{formatFileSize(attachment.size)}） <RemoveAttachmentForm attachmentId={attachment.id} fileName={attachment.fileName} />
              </li>
            ))}
          </ul>
        )}
        <UploadAttachmentForm articleId={article.id} hint={ATTACHMENT_HINT} />
      </section>
    </>
  );
}
