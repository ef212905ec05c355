import type { Metadata } from "next";
import Link from "next/link";
import { AttachmentList } from "@/components/content/AttachmentList";
import { Prose } from "@/components/content/Prose";
import { ReadAloud } from "@/components/content/ReadAloud";
import { PolicyInfo } from "@/components/content/PolicyInfo";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { NotFoundPage } from "@/components/site/NotFoundPage";
import { CommentSection } from "@/components/comments/CommentSection";
import { commentSection } from "@/lib/comments/public";
import { getArticle } from "@/lib/content/queries";
import { formatDateTime } from "@/lib/format";
import { modeOfSegment, parseVariant } from "@/lib/site/mode";
import { articleHref, categoryHref, sectionHref } from "@/lib/site/navigation";

export const generateStaticParams = () => [];

type Params = Promise<{ mode: string; id: string }>;

function articleId(value: string): number | null {
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

async function load(params: Params) {
  const id = articleId((await params).id);
  return id === null ? null : getArticle(id);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const article = await load(params);
  return article ? { title: article.title, description: article.summary } : { title: "页面不存在" };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { mode } = await params;
  const article = await load(params);
  if (!article) return <NotFoundPage />;
  const { category } = article;
  const comments = await commentSection("article", article.id);
  const signedIn = parseVariant(mode)?.signedIn ?? false;
  const trail = [
    ...(category.parent ? [{ label: category.parent.name, href: sectionHref(category.parent.slug) }] : []),
    { label: category.name, href: categoryHref(category.slug) },
    { label: article.title },
  ];

  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={trail} />
      <h1 className="mb-3 text-center text-2xl font-bold leading-snug" data-read-aloud>
        {article.title}
      </h1>
      <p className="mb-4 flex flex-wrap justify-center gap-x-6 gap-y-1 border-b border-line pb-3 text-sm text-muted">
        <span>
          发布时间：<time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
        </span>
        {article.source && <span>来源：{article.source}</span>}
        {article.author && <span>作者：{article.author}</span>}
        <span>浏览次数：{article.viewCount}</span>
      </p>
      {modeOfSegment(mode) === "elder" && <ReadAloud />}
      <PolicyInfo facts={article} />
      <div data-read-aloud>
        <Prose markdown={article.body} />
      </div>
      <AttachmentList files={article.attachments} href={(id) => `/files/${id}`} />
      <nav aria-label="上一篇与下一篇" className="mt-8 space-y-2 border-t border-line pt-4">
        <p>
          上一篇：{article.previous ? <Link href={articleHref(article.previous.id)}>{article.previous.title}</Link> : "没有了"}
        </p>
        <p>
          下一篇：{article.next ? <Link href={articleHref(article.next.id)}>{article.next.title}</Link> : "没有了"}
        </p>
      </nav>
      <CommentSection subject={{ kind: "article", id: article.id, path: articleHref(article.id) }} open={comments.open} comments={comments.comments} signedIn={signedIn} />
      {/* Counts the view without a database write on the render path (lib/content/views.ts). */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={`/api/views/${article.id}`} alt="" width={1} height={1} className="absolute h-px w-px opacity-0" />
    </article>
  );
}
