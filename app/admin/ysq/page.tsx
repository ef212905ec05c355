import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/admin/DataTable";
import { DEADLINE_CHOICES, DeadlineBadge, deadlineRowClass } from "@/components/admin/DeadlineBadge";
import { FilterForm, FilterInput, FilterSelect, Pager, filterErrors } from "@/components/admin/FilterForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { requireStaffPermission } from "@/lib/auth/current";
import { formatDate, formatDateTime } from "@/lib/format";
import { APPLICANT_TYPE_LABELS, DUE_SOON_WORKING_DAYS, REPLY_WORKING_DAYS, REQUEST_STATUSES, REQUEST_STATUS_LABELS, statusLabel, type ApplicantType } from "@/lib/ysq/fields";
import { filterValues, listRequestsForStaff, requestFilterSchema } from "@/lib/ysq/staff";

export const metadata: Metadata = { title: "依申请公开" };

const FILTER_LABELS: Record<string, string> = { status: "状态", deadline: "期限", q: "申请编号" };

// The requests for government information: overdue and due-soon first and marked, ID numbers masked.
export default async function AdminYsqPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaffPermission("handle:inforequest:any", "/admin/ysq");
  const params = await searchParams;
  const values = filterValues(params);
  const parsed = requestFilterSchema.safeParse({ ...values, ...(typeof params.page === "string" ? { page: params.page } : {}) });
  const errors = filterErrors(parsed.error, FILTER_LABELS, "status");
  const result = parsed.success ? await listRequestsForStaff(actor, parsed.data) : { total: 0, requests: [], page: 1, pages: 1 };
  const pageLink = (target: number) => `/admin/ysq?${new URLSearchParams({ ...values, page: String(target) }).toString()}`;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">依申请公开</h1>
      <p className="mb-4">
        答复期限为登记后 {REPLY_WORKING_DAYS} 个工作日（补正期间暂停）；“即将到期”指 {DUE_SOON_WORKING_DAYS} 个工作日内到期。
        <Link href="/admin/ysq/report" className="ml-2 underline">年度统计</Link>
        <Link href="/admin/ysq/new" className="ml-2 underline">登记其他渠道的申请</Link>
      </p>
      <ErrorSummary errors={errors} />
      <FilterForm action="/admin/ysq">
        <FilterSelect id="status" label="状态" value={values.status} options={REQUEST_STATUSES.map((status) => [status, REQUEST_STATUS_LABELS[status]] as const)} />
        <FilterSelect id="deadline" label="期限" value={values.deadline} options={DEADLINE_CHOICES} />
        <FilterInput id="q" label="申请编号" type="search" value={values.q} />
      </FilterForm>
      <p role="status" className="mb-2">
        共 {result.total} 件，第 {result.page} / {result.pages} 页
      </p>
      <DataTable caption="申请列表" columns={["申请编号", "申请人", "证件号码", "所需信息", "状态", "提交时间", "答复期限"]}>
        {result.requests.map((request) => (
          <tr key={request.id} className={deadlineRowClass(request.deadline)} data-request={request.number}>
            <td className="p-2 whitespace-nowrap">
              <Link href={`/admin/ysq/${request.id}`}>{request.number}</Link>
            </td>
            <td className="p-2">
              {request.name}（{APPLICANT_TYPE_LABELS[request.applicantType as ApplicantType] ?? request.applicantType}）
            </td>
            <td className="p-2 whitespace-nowrap font-mono">{request.maskedId || request.creditCode || ""}</td>
            <td className="p-2">{[...request.description].slice(0, 40).join("")}</td>
            <td className="p-2">
              {statusLabel(request.status)}
              {request.extensionStatus === "pending" ? "（延期待审批）" : request.extensionStatus === "granted" ? "（已延期）" : ""}
            </td>
            <td className="p-2 whitespace-nowrap">{formatDateTime(request.createdAt)}</td>
            <td className="p-2 whitespace-nowrap">
              {request.dueAt ? formatDate(request.dueAt) : ""}
              <DeadlineBadge deadline={request.deadline} />
            </td>
          </tr>
        ))}
      </DataTable>
      <Pager page={result.page} pages={result.pages} link={pageLink} />
    </>
  );
}
