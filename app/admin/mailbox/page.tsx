import type { Metadata } from "next";
import Link from "next/link";
import { DEADLINE_CHOICES, DeadlineBadge, deadlineRowClass } from "@/components/admin/DeadlineBadge";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { requireStaffPermission } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatDateTime } from "@/lib/format";
import { DUE_SOON_WORKING_DAYS, departmentsInScope, filterValues, letterFilterSchema, listLettersForStaff } from "@/lib/mailbox/staff";
import { LETTER_STATUSES, LETTER_STATUS_LABELS, LETTER_TYPES, LETTER_TYPE_LABELS, letterStatusLabel, letterTypeLabel } from "@/lib/mailbox/states";
import { DataTable } from "@/components/admin/DataTable";
import { FilterForm, FilterInput, FilterSelect, Pager, filterErrors } from "@/components/admin/FilterForm";


export const metadata: Metadata = { title: "州长信箱" };

const FILTER_LABELS: Record<string, string> = { status: "状态", type: "类型", department: "部门", deadline: "期限", q: "搜索" };

// The staff's letter list: filters and search in a GET form (works without JavaScript),
// overdue and due-soon letters first and marked. Handlers see their departments' letters only.
export default async function AdminMailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaffPermission("handle:letter:department", "/admin/mailbox");
  const params = await searchParams;
  const values = filterValues(params);
  const parsed = letterFilterSchema.safeParse({ ...values, ...(typeof params.page === "string" ? { page: params.page } : {}) });
  const errors = filterErrors(parsed.error, FILTER_LABELS, "status");
  const result = parsed.success ? await listLettersForStaff(actor, parsed.data) : { total: 0, letters: [], page: 1, pages: 1 };
  const departments = await departmentsInScope(actor);
  const pageLink = (target: number) => `/admin/mailbox?${new URLSearchParams({ ...values, page: String(target) }).toString()}`;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">州长信箱</h1>
      <p className="mb-4">
        {can(actor, "handle:letter:any") ? "全部信件。" : "本部门的信件。"}
        答复期限为受理后 15 个工作日；“即将到期”指 {DUE_SOON_WORKING_DAYS} 个工作日内到期。
      </p>
      <ErrorSummary errors={errors} />
      <FilterForm action="/admin/mailbox">
        <FilterSelect id="status" label="状态" value={values.status} options={LETTER_STATUSES.map((status) => [status, LETTER_STATUS_LABELS[status]] as const)} />
        <FilterSelect id="type" label="类型" value={values.type} options={LETTER_TYPES.map((type) => [type, LETTER_TYPE_LABELS[type]] as const)} />
        <FilterSelect id="department" label="部门" value={values.department} options={departments.map((department) => [department.id, department.name] as const)} />
        <FilterSelect id="deadline" label="期限" value={values.deadline} options={DEADLINE_CHOICES} />
        <FilterInput id="q" label="信件编号或标题" type="search" value={values.q} />
      </FilterForm>
      <p role="status" className="mb-2">
        共 {result.total} 封，第 {result.page} / {result.pages} 页
      </p>
      <DataTable caption="信件列表" columns={["信件编号", "标题", "类型", "状态", "办理部门", "来信时间", "答复期限"]}>
        {result.letters.map((letter) => (
          <tr key={letter.id} className={deadlineRowClass(letter.deadline)} data-letter={letter.number}>
            <td className="p-2 whitespace-nowrap">{letter.number}</td>
            <td className="p-2">
              <Link href={`/admin/mailbox/${letter.id}`}>{letter.title}</Link>
            </td>
            <td className="p-2">{letterTypeLabel(letter.type)}</td>
            <td className="p-2">
              {letterStatusLabel(letter.status)}
              {letter.extensionStatus === "pending" ? "（延期待审批）" : ""}
              {letter.publishedAt ? "（已公开）" : ""}
            </td>
            <td className="p-2">{letter.department?.name ?? ""}</td>
            <td className="p-2 whitespace-nowrap">{formatDateTime(letter.createdAt)}</td>
            <td className="p-2 whitespace-nowrap">
              {letter.dueAt ? formatDate(letter.dueAt) : ""}
              <DeadlineBadge deadline={letter.deadline} />
            </td>
          </tr>
        ))}
      </DataTable>
      <Pager page={result.page} pages={result.pages} link={pageLink} />
    </>
  );
}
