import Link from "next/link";
import { formatDate, formatDateTime } from "@/lib/format";
import type { myOpinions } from "@/lib/consultations/opinions";
import type { commentsOfAuthor } from "@/lib/comments/public";
import { COMMENT_STATUSES, type CommentStatus } from "@/lib/evaluations/fields";
import { ROUND_STATUSES } from "@/lib/evaluations/results";
import type { myVotes } from "@/lib/evaluations/voting";
import type { myInterviewQuestions } from "@/lib/interviews/questions";
import { outcomeLabel, statusLabel } from "@/lib/ysq/fields";
import type { myInfoRequests } from "@/lib/ysq/mine";

// What a resident sent through each module, as /account lists it (each list non-empty).

export function MyInfoRequests({ infoRequests }: { infoRequests: Awaited<ReturnType<typeof myInfoRequests>> }) {
  return (
    <table className="w-full border-collapse text-left" data-testid="my-info-requests">
      <thead>
        <tr className="border-b-2 border-line">
          <th scope="col" className="py-2 pr-4">申请编号</th>
          <th scope="col" className="py-2 pr-4">提交日期</th>
          <th scope="col" className="py-2 pr-4">办理状态</th>
          <th scope="col" className="py-2">答复期限</th>
        </tr>
      </thead>
      <tbody>
        {infoRequests.map((request) => (
          <tr key={request.id} className="border-b border-line">
            <td className="py-2 pr-4">
              <Link href={`/gk/ysq/track?number=${request.number}`}>{request.number}</Link>
            </td>
            <td className="py-2 pr-4">{formatDate(request.createdAt)}</td>
            <td className="py-2 pr-4">{request.status === "replied" ? `已答复（${outcomeLabel(request.outcome)}）` : statusLabel(request.status)}</td>
            <td className="py-2">{request.repliedAt ? "—" : request.dueAt ? formatDate(request.dueAt) : request.status === "correction" ? "补正期间暂停" : "登记后计算"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  
  );
}

export function MyOpinions({ opinions }: { opinions: Awaited<ReturnType<typeof myOpinions>> }) {
  return (
    <ul className="space-y-4" data-testid="my-opinions">
      {opinions.map((opinion) => (
        <li key={opinion.id} className="rounded border border-line p-4">
          <p className="mb-1">
            <Link href={`/interaction/consultations/${opinion.consultationId}`} className="font-semibold underline">
              {opinion.consultationTitle}
            </Link>
            （{opinion.consultationStatus}）
          </p>
          <p className="mb-1 text-sm text-muted">
            {formatDateTime(opinion.createdAt)} · 针对：{opinion.clause} · {opinion.publicConsent ? "同意公开" : "不公开"}
          </p>
          <p className="whitespace-pre-line">{opinion.body}</p>
          <p className="mt-2">
            采纳情况：<span className="font-semibold">{opinion.decision}</span>
            {opinion.decisionReason ? `（${opinion.decisionReason}）` : ""}
          </p>
        </li>
      ))}
    </ul>
  
  );
}

export function MyVotes({ votes }: { votes: Awaited<ReturnType<typeof myVotes>> }) {
  return (
    <ul className="space-y-3" data-testid="my-evaluations">
      {votes.map((vote) => (
        <li key={vote.id} className="rounded border border-line p-3">
          <p className="font-semibold">
            {vote.round.title}：{vote.object.name}（{ROUND_STATUSES[vote.round.status]}）
          </p>
          <p>{vote.ratings.map((rating) => `${rating.criterion} ${rating.label}`).join("，")}</p>
          {vote.comment ? (
            <p className="text-muted">
              意见建议（{COMMENT_STATUSES[vote.commentStatus as CommentStatus] ?? "待审核"}）：{vote.comment}
            </p>
          ) : null}
          <p className="text-sm text-muted">
            {formatDateTime(vote.updatedAt)}
            {vote.round.status === "open" ? (
              <>
                {" "}
                · <Link href={`/account/evaluations/${vote.round.id}`} className="underline">修改评价</Link>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  
  );
}

export function MyComments({ comments }: { comments: Awaited<ReturnType<typeof commentsOfAuthor>> }) {
  return (
    <ul className="space-y-3" data-testid="my-comments">
      {comments.map((comment) => (
        <li key={comment.id} className="rounded border border-line p-3" data-status={comment.status}>
          <p className="mb-1 text-sm text-muted">
            {formatDateTime(comment.createdAt)} · 评论：{comment.subjectPath ? <Link href={comment.subjectPath}>{comment.subjectTitle}</Link> : comment.subjectTitle} ·{" "}
            <strong>{comment.statusLabel}</strong>
          </p>
          <p className="whitespace-pre-wrap break-words">{comment.body}</p>
          {comment.status === "rejected" && comment.rejectionReason ? <p className="mt-1 text-red-800">未通过的理由：{comment.rejectionReason}</p> : null}
        </li>
      ))}
    </ul>
  
  );
}

export function MyInterviewQuestions({ questions }: { questions: Awaited<ReturnType<typeof myInterviewQuestions>> }) {
  return (
    <ul className="space-y-3" data-testid="my-interview-questions">
      {questions.map((question) => (
        <li key={question.id} className="rounded border border-line p-3" data-status={question.status}>
          <p className="mb-1 text-sm text-muted">
            {formatDateTime(question.createdAt)} · 访谈：<Link href={`/account/interviews/${question.interviewId}`}>{question.interviewTitle}</Link>（{question.interviewStatus}） ·{" "}
            <strong>{question.statusLabel}</strong>
            {question.answeredTurnId ? " · 已回答" : question.putToGuest ? " · 已提交嘉宾" : ""}
          </p>
          <p className="whitespace-pre-wrap break-words">{question.body}</p>
          {question.status === "rejected" && question.rejectionReason ? <p className="mt-1 text-red-800">未通过的理由：{question.rejectionReason}</p> : null}
        </li>
      ))}
    </ul>
  );
}
