import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/admin/ActionButton";
import { DataTable } from "@/components/admin/DataTable";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { roundComments } from "@/lib/evaluations/admin";
import { COMMENT_STATUSES, type CommentStatus } from "@/lib/evaluations/fields";
import { getRoundForEdit } from "@/lib/evaluations/admin";
import { formatDateTime } from "@/lib/format";
import { requestClientAddress } from "@/lib/http/request";
import { moderateEvaluationCommentAction } from "../../actions";

export const metadata: Metadata = { title: "审核评议意见" };

const notices: Record<string, string> = { approve: "已通过，意见在评议页面公开。", reject: "已设为不通过，意见不公开。" };

// Pre-moderation of the comments residents add to their votes (moderate:comment:any).
export default async function RoundCommentsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const user = await requireStaffPermission("moderate:comment:any", `/admin/evaluations/${/^\d+$/.test(id) ? `${id}/comments` : ""}`);
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const round = await getRoundForEdit(Number(id));
  if (!round) notFound();
  const comments = await roundComments(user, round.id, await requestClientAddress());
  const query = await searchParams;
  const done = typeof query.done === "string" ? notices[query.done] : undefined;
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/evaluations">返回网上评议</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">审核评议意见：{round.title}</h1>
      {done ? <StatusNotice>{done}</StatusNotice> : null}
      <p className="mb-4">意见通过审核后，与评议人的姓氏（如 张**）和日期一起在评议页面公开；不通过的意见不公开，评价本身照常计入结果。</p>
      <DataTable caption="评议意见" columns={["意见", "评议对象", "评议人", "提交时间", "状态", "操作"]}>
        {comments.map((comment) => (
          <tr key={comment.id} className="border-b border-line align-top" data-testid="evaluation-comment">
            <td className="max-w-md whitespace-pre-line p-2">{comment.comment}</td>
            <td className="p-2">{comment.object}</td>
            <td className="p-2">{comment.name}</td>
            <td className="whitespace-nowrap p-2">{formatDateTime(comment.updatedAt)}</td>
            <td className="p-2">{COMMENT_STATUSES[comment.status as CommentStatus] ?? comment.status}</td>
            <td className="space-y-2 p-2">
              {comment.status !== "approved" ? (
                <ActionButton action={moderateEvaluationCommentAction} fields={{ roundId: round.id, voteId: comment.id, decision: "approve" }} label={`通过：${comment.comment.slice(0, 20)}`}>
                  通过
                </ActionButton>
              ) : null}{" "}
              {comment.status !== "rejected" ? (
                <ActionButton action={moderateEvaluationCommentAction} fields={{ roundId: round.id, voteId: comment.id, decision: "reject" }} label={`不通过：${comment.comment.slice(0, 20)}`}>
                  不通过
                </ActionButton>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
      {comments.length === 0 ? <p className="mt-4">暂无评议意见。</p> : null}
    </>
  );
}
