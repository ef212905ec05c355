import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { AUDIT_ACTIONS, AUDIT_PAGE_SIZE, AUDIT_RETENTION_DAYS, auditActions, queryAudit } from "@/lib/audit/audit";
import { parseAuditFilter } from "@/lib/audit/filter";
import { requireStaffPermission } from "@/lib/auth/current";
import { roleLabel } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { DataTable } from "@/components/admin/DataTable";
import { FilterForm, FilterInput, FilterSelect } from "@/components/admin/FilterForm";

export const metadata: Metadata = { title: "审计日志" };

const OUTCOME_LABELS: Record<string, string> = { success: "成功", denied: "拒绝", failed: "失败" };

function actionLabel(action: string) {
  return (AUDIT_ACTIONS as Record<string, string>)[action] ?? action;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPermission("read:audit:any", "/admin/audit");
  const parsed = await parseAuditFilter(await searchParams);
  const values = parsed.values;
  const page = parsed.ok ? parsed.page : 1;
  const result = parsed.ok ? await queryAudit(parsed.filter, page) : { total: 0, entries: [] };
  const actions = [...new Set([...Object.keys(AUDIT_ACTIONS), ...(await auditActions())])];
  const pages = Math.max(1, Math.ceil(result.total / AUDIT_PAGE_SIZE));
  const pageLink = (target: number) => {
    const query = new URLSearchParams({ ...values, page: String(target) });
    return `/admin/audit?${query.toString()}`;
  };
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">审计日志</h1>
      <p className="mb-4">记录工作人员的每项操作、登录、登录失败和被拒绝的访问；只能新增，不能修改或删除，至少保存 {AUDIT_RETENTION_DAYS} 天。</p>
      <ErrorSummary errors={parsed.ok ? [] : parsed.errors} />
      <FilterForm action="/admin/audit">
        <FilterInput id="actor" label="操作人" value={values.actor} placeholder="电子邮箱或账户编号" />
        <FilterSelect id="action" label="操作" value={values.action} options={actions.map((action) => [action, actionLabel(action)] as const)} />
        <FilterInput id="from" label="开始日期" type="date" value={values.from} />
        <FilterInput id="to" label="结束日期" type="date" value={values.to} />
      </FilterForm>
      <p role="status" className="mb-2">
        共 {result.total} 条，第 {page} / {pages} 页
      </p>
      <DataTable caption="审计日志条目" columns={["时间", "操作人", "角色", "操作", "对象", "结果", "IP 地址", "说明"]}>
        {result.entries.map((entry) => (
          <tr key={entry.id} className="border-b border-line" data-action={entry.action}>
            <td className="p-2 whitespace-nowrap">{formatDateTime(entry.createdAt)}</td>
            <td className="p-2">{entry.actorEmail ?? (entry.actorId === null ? "匿名" : `#${entry.actorId}`)}</td>
            <td className="p-2">{entry.actorRole ? roleLabel(entry.actorRole) : ""}</td>
            <td className="p-2">{actionLabel(entry.action)}</td>
            <td className="p-2">{[entry.targetType, entry.targetId].filter(Boolean).join(" ")}</td>
            <td className="p-2">{OUTCOME_LABELS[entry.outcome] ?? entry.outcome}</td>
            <td className="p-2">{entry.ip ?? ""}</td>
            <td className="p-2">{entry.detail ?? ""}</td>
          </tr>
        ))}
      </DataTable>
      <nav aria-label="分页" className="mt-4 flex gap-4">
        {page > 1 ? <Link href={pageLink(page - 1)}>上一页</Link> : null}
        {page < pages ? <Link href={pageLink(page + 1)}>下一页</Link> : null}
      </nav>
    </>
  );
}
