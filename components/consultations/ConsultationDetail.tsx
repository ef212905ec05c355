import Link from "next/link";
import { AttachmentList } from "@/components/content/AttachmentList";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import type { getPublishedConsultation } from "@/lib/consultations/public";
import { CONSULTATION_STATUSES } from "@/lib/consultations/status";
import { formatDate, formatDateTime } from "@/lib/format";
import { CONSULTATIONS_HREF } from "./ConsultationList";

// A published consultation: 征集说明, the draft with its 条款 marked, attachments, how to take
// part, and after the feedback the 意见采纳情况反馈 with the opinions whose writers agreed to
// publication (masked name). The page is cached for every reader of a variant: the opinion
// form itself is on /interaction/opinion/<id> (signed-in residents).

type Consultation = NonNullable<Awaited<ReturnType<typeof getPublishedConsultation>>>;

export function ConsultationDetail({ consultation, signedIn, children }: { consultation: Consultation; signedIn: boolean; children?: React.ReactNode }) {
  const formHref = `/interaction/opinion/${consultation.id}`;
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "互动交流", href: "/interaction" }, { label: "民意征集", href: CONSULTATIONS_HREF }, { label: consultation.title }]} />
      <h1 className="mb-3 text-center text-2xl font-bold leading-snug">{consultation.title}</h1>
      <p className="mb-4 flex flex-wrap justify-center gap-x-6 gap-y-1 border-b border-line pb-3 text-sm text-muted">
        <span className="font-semibold text-ink" data-testid="consultation-status">
          {CONSULTATION_STATUSES[consultation.status]}
        </span>
        <span>征集单位：{consultation.department.name}</span>
        <span>
          征集时间：<time dateTime={consultation.startsAt.toISOString()}>{formatDateTime(consultation.startsAt)}</time> 至{" "}
          <time dateTime={consultation.endsAt.toISOString()}>{formatDateTime(consultation.endsAt)}</time>
        </span>
        <span data-testid="opinion-count">已收到意见 {consultation.opinions} 条</span>
      </p>

      <section aria-labelledby="intro" className="mb-6">
        <h2 id="intro" className="mb-2 text-xl font-bold">
          征集说明
        </h2>
        <p className="whitespace-pre-line">{consultation.intro}</p>
      </section>

      <section aria-labelledby="take-part" className="mb-6 border-l-4 border-gov-red bg-paper p-4">
        <h2 id="take-part" className="mb-2 text-xl font-bold">
          提出意见
        </h2>
        {consultation.status === "open" ? (
          <>
            <p className="mb-2">征集期内，登录的居民可以对全文或某一条款提出意见，每人最多 5 条。</p>
            <p>
              {signedIn ? (
                <Link href={formHref} className="font-semibold">
                  我要提意见
                </Link>
              ) : (
                <Link href={`/login?next=${encodeURIComponent(formHref)}`} className="font-semibold">
                  登录后提意见
                </Link>
              )}
            </p>
          </>
        ) : consultation.status === "upcoming" ? (
          <p>征集尚未开始，{formatDateTime(consultation.startsAt)} 起可以提出意见。</p>
        ) : (
          <p>征集已于 {formatDateTime(consultation.endsAt)} 结束，不再接受意见。{consultation.status === "closed" ? "意见采纳情况整理后在本页公布。" : ""}</p>
        )}
      </section>

      <AttachmentList files={consultation.attachments} href={(id) => `/files/consultation/${id}`} />

      <section aria-labelledby="draft" className="mb-6">
        <h2 id="draft" className="mb-2 text-xl font-bold">
          征求意见稿
        </h2>
        <div className="prose-gov">
          {consultation.blocks.map((block, index) =>
            block.clause ? (
              <div key={index} id={`clause-${block.clause.number}`} data-clause={block.clause.number}>
                {/^第 \d+ 段$/.test(block.clause.label) ? <p className="text-sm text-muted">〔{block.clause.label}〕</p> : null}
                <div dangerouslySetInnerHTML={{ __html: block.html }} />
              </div>
            ) : (
              <div key={index} dangerouslySetInnerHTML={{ __html: block.html }} />
            ),
          )}
        </div>
      </section>

      {consultation.feedback ? (
        <section aria-labelledby="feedback" className="mb-6 border-t border-line pt-4" data-testid="feedback">
          <h2 id="feedback" className="mb-2 text-xl font-bold">
            意见采纳情况反馈
          </h2>
          {consultation.feedbackPublishedAt ? <p className="mb-2 text-sm text-muted">发布时间：{formatDate(consultation.feedbackPublishedAt)}</p> : null}
          <p className="mb-4 whitespace-pre-line">{consultation.feedback.summary}</p>
          <table className="mb-4 border-collapse text-left">
            <caption className="mb-1 text-left font-semibold">意见采纳情况统计</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  采纳情况
                </th>
                <th scope="col" className="p-2">
                  意见数
                </th>
              </tr>
            </thead>
            <tbody>
              {consultation.feedback.counts.map((row) => (
                <tr key={row.decision} className="border-b border-line">
                  <th scope="row" className="p-2 font-normal">
                    {row.decision}
                  </th>
                  <td className="p-2">{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="mb-2 text-lg font-bold">公开的意见</h3>
          {consultation.feedback.opinions.length === 0 ? <p>没有同意公开的意见。</p> : null}
          <ul className="space-y-4" data-testid="public-opinions">
            {consultation.feedback.opinions.map((opinion) => (
              <li key={opinion.id} className="rounded border border-line p-4">
                <p className="mb-1 text-sm text-muted">
                  {opinion.name} · <time dateTime={opinion.createdAt.toISOString()}>{formatDate(opinion.createdAt)}</time> · 针对：{opinion.clause}
                </p>
                <p className="whitespace-pre-line">{opinion.body}</p>
                <p className="mt-2">
                  <span className="font-semibold">{opinion.decision}</span>
                  {opinion.reason ? `：${opinion.reason}` : ""}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* 评论 (comments), after the opinions */}
      {children}
    </article>
  );
}
