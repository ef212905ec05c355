import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/admin/DataTable";
import { getSessionUser, requireStaffPermission } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { listRoundsForStaff } from "@/lib/evaluations/admin";
import { ROUND_STATUSES } from "@/lib/evaluations/results";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "网上评议" };

// Editors and admins manage rounds; the moderator comes here for the comments waiting.
export default async function EvaluationsAdminPage() {
  // The list needs either permission: a moderator is checked for theirs, everyone else for managing.
  const viewer = await getSessionUser();
  const moderatorOnly = can(viewer, "moderate:comment:any") && !can(viewer, "manage:evaluation:any");
  const user = await requireStaffPermission(moderatorOnly ? "moderate:comment:any" : "manage:evaluation:any", "/admin/evaluations");
  const manage = can(user, "manage:evaluation:any");
  const rounds = await listRoundsForStaff();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">网上评议</h1>
      {manage ? (
        <p className="mb-6">
          <Link href="/admin/evaluations/new" className="font-semibold">
            新建评议
          </Link>
        </p>
      ) : null}
      <DataTable caption="评议列表" columns={["评议标题", "评议时间", "状态", "是否发布", "对象", "票数", "待审核意见"]}>
        {rounds.map((round) => (
          <tr key={round.id} className="border-b border-line">
            <td className="p-2">{manage ? <Link href={`/admin/evaluations/${round.id}`}>{round.title}</Link> : round.title}</td>
            <td className="whitespace-nowrap p-2">
              {formatDate(round.startsAt)} 至 {formatDate(new Date(round.endsAt.getTime() - 1))}
            </td>
            <td className="p-2">{ROUND_STATUSES[round.status]}</td>
            <td className="p-2">{round.published ? "已发布" : "未发布"}</td>
            <td className="p-2">{round.objects}</td>
            <td className="p-2">{round.votes}</td>
            <td className="p-2">
              {can(user, "moderate:comment:any") ? <Link href={`/admin/evaluations/${round.id}/comments`}>{round.pendingComments} 条</Link> : round.pendingComments}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
