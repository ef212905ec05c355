import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionForm } from "@/components/interviews/QuestionForm";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requirePermission } from "@/lib/auth/current";
import { formatDateTime } from "@/lib/format";
import { QUESTIONS_PER_HOUR } from "@/lib/interviews/fields";
import { myInterviewQuestions, questionFormContext } from "@/lib/interviews/questions";
import { INTERVIEW_STATUSES, takesQuestions } from "@/lib/interviews/status";

export const metadata: Metadata = { title: "向嘉宾提问 - 嘉宾访谈" };

// The question form of an interview and the resident's own questions on it, pending ones
// included (the public page is cached for everyone and shows approved questions only).
export default async function AskPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const valid = /^[1-9]\d{0,8}$/.test(id);
  const actor = await requirePermission("write:interviewquestion:own", valid ? `/account/interviews/${id}` : "/account");
  if (!valid) notFound();
  const context = await questionFormContext(Number(id));
  if (!context) notFound();
  const mine = await myInterviewQuestions(actor, context.id);
  const sent = (await searchParams).sent === "1";
  return (
    <>
      <p className="mb-2">
        <Link href={`/interaction/interviews/${context.id}`}>返回访谈页面</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">向嘉宾提问</h1>
      <p className="mb-4 text-lg">
        {context.title}（{INTERVIEW_STATUSES[context.status]}）
      </p>
      {sent ? <StatusNotice>问题已提交，审核通过后显示。审核结果可在下方和个人中心查看。</StatusNotice> : null}
      {takesQuestions(context.status) ? (
        <>
          <p className="mb-4 text-muted">每人每小时最多提 {QUESTIONS_PER_HOUR} 个问题。</p>
          <QuestionForm interviewId={context.id} />
        </>
      ) : (
        <p className="mb-4">本场访谈已结束，不再接受提问。</p>
      )}
      <section aria-labelledby="my-questions" className="mt-6">
        <h2 id="my-questions" className="mb-2 text-xl font-bold">
          我在本场访谈的提问
        </h2>
        {mine.length === 0 ? <p>您还没有提问。</p> : null}
        <ul className="divide-y divide-line" data-testid="my-questions">
          {mine.map((question) => (
            <li key={question.id} className="py-2">
              <p className="whitespace-pre-line">{question.body}</p>
              <p className="text-sm text-muted">
                {formatDateTime(question.createdAt)} · <span className="font-semibold text-ink">{question.statusLabel}</span>
                {question.rejectionReason ? `（${question.rejectionReason}）` : ""}
                {question.answeredTurnId ? " · 已回答" : question.putToGuest ? " · 已提交嘉宾" : ""}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
