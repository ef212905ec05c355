import Link from "next/link";
import type { PublicComment } from "@/lib/comments/public";
import { formatDate } from "@/lib/format";
import { CommentForm, ReportForm } from "./forms";

// The comment section below a public item (an article or a consultation). It is part
// of a cached page: the signed-in variant shows the form and the 举报 buttons, the anonymous one
// a sign-in link; what a reader submits is answered in the response to their POST only.

export function CommentSection({
  subject,
  open,
  comments,
  signedIn,
}: {
  subject: { kind: string; id: number; path: string };
  open: boolean;
  comments: PublicComment[];
  signedIn: boolean;
}) {
  if (!open && comments.length === 0) return null;
  const list =
    comments.length === 0 ? (
      <p className="text-muted">暂无评论。</p>
    ) : (
      <ol className="divide-y divide-line">
        {comments.map((comment) => (
          <li key={comment.id} className="py-3" data-testid="comment">
            <p className="mb-1 flex flex-wrap items-center gap-x-4 text-sm text-muted">
              <span>{comment.author}</span>
              <time dateTime={comment.createdAt.toISOString()}>{formatDate(comment.createdAt)}</time>
              {signedIn ? (
                <button type="submit" name="commentId" value={comment.id} className="underline" aria-label={`举报 ${comment.author} 的这条评论`}>
                  举报
                </button>
              ) : null}
            </p>
            <p className="whitespace-pre-wrap break-words">{comment.body}</p>
          </li>
        ))}
      </ol>
    );
  return (
    <section aria-labelledby="comments-title" id="comments" className="mt-8 border-t border-line pt-4">
      <h2 id="comments-title" className="mb-2 font-bold">
        评论（{comments.length}）
      </h2>
      {signedIn ? <ReportForm>{list}</ReportForm> : list}
      {!open ? (
        <p className="mt-4 text-muted">评论已关闭。</p>
      ) : signedIn ? (
        <CommentForm subjectKind={subject.kind} subjectId={subject.id} />
      ) : (
        <p className="mt-4">
          <Link href={`/login?next=${encodeURIComponent(subject.path)}`} className="underline">
            登录
          </Link>后可以发表评论。
        </p>
      )}
    </section>
  );
}
