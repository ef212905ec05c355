import type { Metadata } from "next";
import Link from "next/link";
import { DeadlineBadge, deadlineRowClass } from "@/components/admin/DeadlineBadge";
import { DataTable } from "@/components/admin/DataTable";
import { FilterForm, FilterSelect, Pager } from "@/components/admin/FilterForm";
import { requireStaffPermission } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatDateTime } from "@/lib/format";
import { ANSWER_WORKING_DAYS, DUE_SOON_WORKING_DAYS, isStaffQueue, questionStateLabel, STAFF_QUEUES, type StaffQueue } from "@/lib/questions/fields";
import { departmentsInScope, listQuestionsForStaff } from "@/lib/questions/staff";

export const metadata: Metadata = { title: "在线问答" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

// The staff's question list. The queues are links (?state=toAnswer|overdue|dueSoon|answered|
// toModerate|all; a dashboard links to them), the department a GET filter; overdue and due-soon
// questions are marked. Handlers see their departments' published questions only.
export default async function AdminQuestionsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireStaffPermission("answer:question:department", "/admin/questions");
  const params = await searchParams;
  const stateParam = single(params.state);
  const queue: StaffQueue | null = stateParam === "all" ? null : isStaffQueue(stateParam) ? stateParam : "toAnswer";
  const departmentParam = single(params.department);
  const departmentId = departmentParam && /^[1-9]\d{0,8}$/.test(departmentParam) ? Number(departmentParam) : null;
  const pageParam = single(params.page);
  const page = pageParam && /^[1-9]\d{0,4}$/.test(pageParam) ? Number(pageParam) : 1;
  const [result, departments] = await Promise.all([listQuestionsForStaff(actor, { queue, departmentId, page }), departmentsInScope(actor)]);
  const link = (state: string, target = 1) => {
    const query = new URLSearchParams({ state, ...(departmentId ? { department: String(departmentId) } : {}), ...(target > 1 ? { page: String(target) } : {}) });
    return `/admin/questions?${query.toString()}`;
  };
  const tabs: [string, string][] = [
    ...Object.entries(STAFF_QUEUES).filter(([key]) => key !== "toModerate" || can(actor, "moderate:question:any")),
    ["all", "全部"],
  ];
  const current = queue ?? "all";
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">在线问答</h1>
      <p className="mb-4">
        {can(actor, "answer:question:any") ? "全部部门的问题。" : "本部门经审核发布的问题。"}
        回复期限为审核发布后 {ANSWER_WORKING_DAYS} 个工作日；“即将到期”指 {DUE_SOON_WORKING_DAYS} 个工作日内到期。
        {can(actor, "moderate:question:any") ? (
          <Link href="/admin/moderation/questions" className="ml-2 underline">
            审核提问
          </Link>
        ) : null}
      </p>
      <nav aria-label="问题分类" className="mb-4">
        <ul className="flex flex-wrap gap-3">
          {tabs.map(([key, label]) => (
            <li key={key}>
              <Link href={link(key)} aria-current={current === key ? "page" : undefined} className={`inline-block rounded border-2 px-3 py-1 ${current === key ? "border-red-800 font-bold" : "border-line"}`}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <FilterForm action="/admin/questions">
        <input type="hidden" name="state" value={current} />
        <FilterSelect id="department" label="部门" value={departmentId ? String(departmentId) : undefined} options={departments.map((department) => [department.id, department.name] as const)} />
      </FilterForm>
      <p role="status" className="mb-2">
        共 {result.total} 个，第 {result.page} / {result.pages} 页
      </p>
      <DataTable caption="问题列表" columns={["标题", "主题", "状态", "部门", "提问时间", "回复期限"]}>
        {result.questions.map((question) => (
          <tr key={question.id} className={deadlineRowClass(question.deadline)} data-question={question.id}>
            <td className="p-2">
              <Link href={`/admin/questions/${question.id}`}>{question.title}</Link>
              {question.publicConsent ? null : <span className="ml-2 text-sm text-muted">（不公开）</span>}
            </td>
            <td className="p-2">{question.theme.name}</td>
            <td className="p-2">{questionStateLabel(question.state)}</td>
            <td className="p-2">{question.department.name}</td>
            <td className="p-2 whitespace-nowrap">{formatDateTime(question.createdAt)}</td>
            <td className="p-2 whitespace-nowrap">
              {question.dueAt && question.state === "open" ? formatDate(question.dueAt) : ""}
              <DeadlineBadge deadline={question.deadline} />
            </td>
          </tr>
        ))}
      </DataTable>
      <Pager page={result.page} pages={result.pages} link={(target) => link(current, target)} />
    </>
  );
}
