import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/admin/ActionButton";
import { RejectQuestionForm } from "@/components/admin/interview-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { approveQuestionAction, putQuestionAction } from "@/app/admin/interviews/actions";
import { requireStaffPermission } from "@/lib/auth/current";
import { formatDateTime } from "@/lib/format";
import { requestClientAddress } from "@/lib/http/request";
import { questionQueue } from "@/lib/interviews/questions";

export const metadata: Metadata = { title: "访谈提问审核" };

const notices: Record<string, string> = { approved: "已审核通过。", rejected: "已标为不通过。", put: "已提交嘉宾。", unput: "已撤回提交嘉宾。" };

// Residents' questions to 嘉宾访谈: the pending ones (approve or reject with a reason), then the
// approved ones of interviews not yet over, to mark those put to the guest. Masked names only.
export default async function InterviewQuestionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaffPermission("moderate:interviewquestion:any", "/admin/interviews/questions");
  const queue = await questionQueue(actor, await requestClientAddress());
  const done = (await searchParams).done;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">访谈提问审核</h1>
      {typeof done === "string" && notices[done] ? <StatusNotice>{notices[done]}</StatusNotice> : null}
      <section aria-labelledby="pending" className="mb-8">
        <h2 id="pending" className="mb-2 text-xl font-bold">
          待审核（{queue.pending.length}）
        </h2>
        {queue.pending.length === 0 ? <p>没有待审核的提问。</p> : null}
        <ul className="space-y-3" data-testid="pending-questions">
          {queue.pending.map((question) => (
            <li key={question.id} className="rounded border border-line bg-white p-3">
              <p className="text-sm text-muted">
                {formatDateTime(question.createdAt)} · {question.maskedName} · 访谈：<Link href={`/interaction/interviews/${question.interview.id}`}>{question.interview.title}</Link>
              </p>
              <p className="my-2 whitespace-pre-wrap break-words">{question.body}</p>
              <ActionButton action={approveQuestionAction} fields={{ questionId: question.id }} tone="primary" label={`审核通过：${question.body.slice(0, 20)}`}>
                审核通过
              </ActionButton>
              <RejectQuestionForm questionId={question.id} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="approved">
        <h2 id="approved" className="mb-2 text-xl font-bold">
          已通过（预告和直播中的访谈）
        </h2>
        {queue.approved.length === 0 ? <p>没有。</p> : null}
        <ul className="space-y-3" data-testid="approved-questions">
          {queue.approved.map((question) => (
            <li key={question.id} className="rounded border border-line bg-white p-3">
              <p className="text-sm text-muted">
                {question.maskedName} · 访谈：{question.interview.title} · {question.answeredTurnId ? "已回答" : question.putToGuest ? "已提交嘉宾" : "未提交嘉宾"}
              </p>
              <p className="my-2 whitespace-pre-wrap break-words">{question.body}</p>
              {question.answeredTurnId ? null : (
                <ActionButton action={putQuestionAction} fields={{ questionId: question.id, put: question.putToGuest ? "0" : "1" }} label={`${question.putToGuest ? "撤回提交嘉宾" : "提交嘉宾"}：${question.body.slice(0, 20)}`}>
                  {question.putToGuest ? "撤回提交嘉宾" : "提交嘉宾"}
                </ActionButton>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
