import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/admin/ActionButton";
import { RejectForm } from "@/components/admin/moderation-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { COMMENT_STATUS_LABELS, type CommentStatus } from "@/lib/comments/fields";
import { listReasons, moderationQueue } from "@/lib/comments/moderation";
import { highlightSegments } from "@/lib/comments/words";
import { formatDateTime } from "@/lib/format";
import { approveCommentAction } from "./actions";

export const metadata: Metadata = { title: "评论审核" };

const NOTICES: Record<string, string> = { approved: "评论已通过审核，已在页面上显示。", rejected: "评论已驳回，评论者可在个人中心看到理由。" };

function Body({ text, flagged }: { text: string; flagged: string[] }) {
  return (
    <p className="whitespace-pre-wrap break-words">
      {highlightSegments(text, flagged).map((segment, index) =>
        segment.hit ? (
          <mark key={index} className="bg-amber-200 font-semibold">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}

// The moderation queue: every pending comment (reported and flagged ones first), approve or
// reject with a template reason; below, the latest decisions.
export default async function ModerationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPermission("moderate:comment:any", "/admin/moderation");
  const done = (await searchParams).done;
  const notice = typeof done === "string" ? NOTICES[done] : undefined;
  const [queue, reasons] = await Promise.all([moderationQueue(), listReasons()]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">评论审核</h1>
      <p className="mb-4">
        评论须经审核才会公开。含敏感词的评论会标出敏感词，是否通过由您判断。
        <Link href="/admin/moderation/words" className="ml-2 underline">
          敏感词和驳回理由
        </Link>
        <Link href="/admin/moderation/questions" className="ml-2 underline">
          在线问答提问审核
        </Link>
      </p>
      {notice ? <StatusNotice>{notice}</StatusNotice> : null}
      <h2 className="mb-2 text-xl font-bold">待审核（{queue.pending.length}）</h2>
      {queue.pending.length === 0 ? <p className="mb-6">没有待审核的评论。</p> : null}
      <ol className="mb-8 space-y-4">
        {queue.pending.map((comment) => (
          <li key={comment.id} className="rounded border border-line bg-white p-4" data-comment={comment.id}>
            <p className="mb-2 flex flex-wrap gap-x-4 text-sm text-muted">
              <span>{comment.author}</span>
              <span>{formatDateTime(comment.createdAt)}</span>
              <span>
                评论对象：{comment.subject ? <Link href={comment.subject.path}>{comment.subject.title}</Link> : "（已删除的内容）"}
              </span>
            </p>
            {comment.reported ? <p className="mb-2 font-semibold text-red-800">已被举报 {comment.reportCount} 次，已从页面撤下</p> : null}
            {comment.flagged.length > 0 ? <p className="mb-2 font-semibold text-amber-900">含敏感词：{comment.flagged.join("、")}</p> : null}
            <Body text={comment.body} flagged={comment.flagged} />
            <div className="mt-3">
              <ActionButton action={approveCommentAction} fields={{ commentId: comment.id }} tone="primary" label={`通过第 ${comment.id} 号评论`}>
                通过
              </ActionButton>
            </div>
            <RejectForm commentId={comment.id} reasons={reasons} />
          </li>
        ))}
      </ol>
      <h2 className="mb-2 text-xl font-bold">最近处理</h2>
      <ol className="space-y-3">
        {queue.recent.map((comment) => (
          <li key={comment.id} className="rounded border border-line p-3">
            <p className="mb-1 text-sm text-muted">
              {COMMENT_STATUS_LABELS[comment.status as CommentStatus] ?? comment.status}
              {comment.moderatedAt ? ` · ${formatDateTime(comment.moderatedAt)}` : ""}
              {comment.subject ? ` · ${comment.subject.title}` : ""}
              {comment.rejectionReason ? ` · 理由：${comment.rejectionReason}` : ""}
            </p>
            <p className="whitespace-pre-wrap break-words">{comment.body}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
