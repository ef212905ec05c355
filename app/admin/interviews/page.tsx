import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/admin/DataTable";
import { requireStaffPermission } from "@/lib/auth/current";
import { formatDateTime } from "@/lib/format";
import { listInterviewsForStaff } from "@/lib/interviews/staff";
import { INTERVIEW_STATUSES } from "@/lib/interviews/status";

export const metadata: Metadata = { title: "嘉宾访谈管理" };

export default async function InterviewsListPage() {
  await requireStaffPermission("manage:interview:any", "/admin/interviews");
  const items = await listInterviewsForStaff();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">嘉宾访谈管理</h1>
      <p className="mb-6">
        <Link href="/admin/interviews/new" className="font-semibold">
          新建访谈
        </Link>
      </p>
      <DataTable caption="嘉宾访谈列表" columns={["标题", "访谈时间", "状态", "发布", "实录段数", "待审核提问"]}>
        {items.map((item) => (
          <tr key={item.id} className="border-b border-line">
            <td className="p-2">
              <Link href={`/admin/interviews/${item.id}`}>{item.title}</Link>
            </td>
            <td className="p-2 whitespace-nowrap">
              {formatDateTime(item.startsAt)} 至 {formatDateTime(item.endsAt)}
            </td>
            <td className="p-2">{INTERVIEW_STATUSES[item.status]}</td>
            <td className="p-2">{item.published ? "已发布" : "未发布"}</td>
            <td className="p-2">{item.turns}</td>
            <td className="p-2">{item.pendingQuestions}</td>
          </tr>
        ))}
      </DataTable>
      {items.length === 0 ? <p className="mt-4">还没有嘉宾访谈。</p> : null}
    </>
  );
}
