import type { Metadata } from "next";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { NotFoundPage } from "@/components/site/NotFoundPage";
import { formatDate } from "@/lib/format";
import { getPublishedLetter } from "@/lib/mailbox/public";
import { letterTypeLabel } from "@/lib/mailbox/states";

export const generateStaticParams = () => [];

type Params = Promise<{ mode: string; id: string }>;

async function load(params: Params) {
  const { id } = await params;
  return /^[1-9]\d{0,9}$/.test(id) ? getPublishedLetter(Number(id)) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const letter = await load(params);
  return { title: letter?.publicTitle ? `${letter.publicTitle} - 州长信箱` : "页面不存在" };
}

// A published letter: the public (masked, staff-checked) version only - never the writer's
// name, contact details or the original text.
export default async function PublicLetterPage({ params }: { params: Params }) {
  const letter = await load(params);
  if (!letter) return <NotFoundPage />;
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "州长信箱", href: "/mailbox" }, { label: letter.publicTitle ?? "公开信件" }]} />
      <h1 className="mb-3 text-center text-2xl font-bold leading-snug">{letter.publicTitle}</h1>
      <p className="mb-4 flex flex-wrap justify-center gap-x-6 gap-y-1 border-b border-line pb-3 text-sm text-muted">
        <span>类型：{letterTypeLabel(letter.type)}</span>
        <span>
          来信时间：<time dateTime={letter.createdAt.toISOString()}>{formatDate(letter.createdAt)}</time>
        </span>
        {letter.repliedAt ? (
          <span>
            答复时间：<time dateTime={letter.repliedAt.toISOString()}>{formatDate(letter.repliedAt)}</time>
          </span>
        ) : null}
        {letter.department ? <span>答复单位：{letter.department.name}</span> : null}
      </p>
      <section aria-labelledby="letter-content" className="mb-6">
        <h2 id="letter-content" className="mb-2 text-xl font-bold">
          来信内容
        </h2>
        <p className="whitespace-pre-line">{letter.publicContent}</p>
      </section>
      <section aria-labelledby="letter-reply" className="border-l-4 border-gov-red bg-paper p-4">
        <h2 id="letter-reply" className="mb-2 text-xl font-bold">
          答复内容
        </h2>
        <p className="whitespace-pre-line">{letter.publicReply}</p>
      </section>
    </article>
  );
}
