import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/admin/ActionButton";
import { QuestionReasonForm } from "@/components/admin/question-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { listReasons } from "@/lib/comments/moderation";
import { formatDateTime } from "@/lib/format";
import { questionStateLabel } from "@/lib/questions/fields";
import { questionModerationQueue } from "@/lib/questions/moderation";
import { publishQuestionAction } from "./actions";

export const metadata: Metadata = { title: "提问审核 - 在线问答" };

const NOTICES: Record<string, string> = {
  published: "问题已发布并转咨询部门办理。",
  rejected: "问题已驳回，提问人可在个人中心看到理由。",
  withdrawn: "问题已撤下，不再公开。",
};

// The 在线问答 tab of moderation: each pending question is published (routed to its department,
// due in 5 working days) or rejected with a template reason (the comments' reasons, edited at
// /admin/moderation/words). Below, the latest decisions; a published one can be withdrawn.
export default async function QuestionModerationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaffPermission("moderate:question:any", "/admin/moderation/questions");
  const done = (await searchParams).done;
  const notice = typeof done === "string" ? NOTICES[done] : undefined;
  const [queue, reasons] = await Promise.all([questionModerationQueue(), listReasons()]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">提问审核</h1>
      <nav aria-label="审核分类" className="mb-4 flex flex-wrap gap-4">
        {can(actor, "moderate:comment:any") ? <Link href="/admin/moderation">评论审核</Link> : null}
        <span aria-current="page" className="font-bold">
          在线问答
        </span>
        {can(actor, "moderate:comment:any") ? <Link href="/admin/moderation/words">敏感词和驳回理由</Link> : null}
      </nav>
      <p className="mb-4">提问须经审核才会转部门办理；同意公开的问题发布后在在线问答栏目显示“待回复”。提问人只显示姓氏。</p>
      {notice ? <StatusNotice>{notice}</StatusNotice> : null}
      <h2 className="mb-2 text-xl font-bold">待审核（{queue.pending.length}）</h2>
      {queue.pending.length === 0 ? <p className="mb-6">没有待审核的提问。</p> : null}
      <ol className="mb-8 space-y-4">
        {queue.pending.map((question) => (
          <li key={question.id} className="rounded border border-line bg-white p-4" data-question={question.id}>
            <p className="mb-2 flex flex-wrap gap-x-4 text-sm text-muted">
              <span>{question.maskedName}</span>
              <span>{formatDateTime(question.createdAt)}</span>
              <span>咨询部门：{question.department.name}</span>
              <span>主题：{question.theme.name}</span>
              <span>{question.publicConsent ? "同意公开" : "不公开"}</span>
            </p>
            <h3 className="mb-1 text-lg font-semibold break-words">{question.title}</h3>
            <p className="whitespace-pre-wrap break-words">{question.content}</p>
            <div className="mt-3">
              <ActionButton action={publishQuestionAction} fields={{ questionId: question.id }} tone="primary" label={`发布第 ${question.id} 号提问`}>
                发布
              </ActionButton>
            </div>
            <QuestionReasonForm questionId={question.id} reasons={reasons} />
          </li>
        ))}
      </ol>
      <h2 className="mb-2 text-xl font-bold">最近处理</h2>
      <ol className="space-y-3">
        {queue.recent.map((question) => (
          <li key={question.id} className="rounded border border-line p-3" data-question={question.id}>
            <p className="mb-1 text-sm text-muted">
              {questionStateLabel(question.state)}
              {question.moderatedAt ? ` · ${formatDateTime(question.moderatedAt)}` : ""} · {question.department.name}
              {question.rejectionReason ? ` · 理由：${question.rejectionReason}` : ""}
            </p>
            <p className="font-semibold break-words">{question.title}</p>
            {question.state === "open" || question.state === "answered" ? (
              <details className="mt-2">
                <summary className="cursor-pointer">撤下</summary>
                <QuestionReasonForm questionId={question.id} reasons={reasons} withdraw />
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
