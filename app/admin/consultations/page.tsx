import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/admin/DataTable";
import { requireStaffPermission } from "@/lib/auth/current";
import { listConsultationsForStaff } from "@/lib/consultations/staff";
import { CONSULTATION_STATUSES } from "@/lib/consultations/status";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "民意征集管理" };

export default async function ConsultationsListPage() {
  await requireStaffPermission("manage:consultation:any", "/admin/consultations");
  const items = await listConsultationsForStaff();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">民意征集管理</h1>
      <p className="mb-6">
        <Link href="/admin/consultations/new" className="font-semibold">
          新建征集
        </Link>
      </p>
      <DataTable caption="民意征集列表" columns={["标题", "征集单位", "征集时间", "状态", "发布", "意见数"]}>
        {items.map((item) => (
          <tr key={item.id} className="border-b border-line">
            <td className="p-2">
              <Link href={`/admin/consultations/${item.id}`}>{item.title}</Link>
            </td>
            <td className="p-2">{item.department.name}</td>
            <td className="p-2 whitespace-nowrap">
              {formatDateTime(item.startsAt)} 至 {formatDateTime(item.endsAt)}
            </td>
            <td className="p-2">{CONSULTATION_STATUSES[item.status]}</td>
            <td className="p-2">{item.published ? "已发布" : "未发布"}</td>
            <td className="p-2">
              <Link href={`/admin/consultations/${item.id}/opinions`} aria-label={`${item.title}：${item.opinions} 条意见`}>
                {item.opinions}
              </Link>
            </td>
          </tr>
        ))}
      </DataTable>
      {items.length === 0 ? <p className="mt-4">还没有民意征集。</p> : null}
    </>
  );
}
