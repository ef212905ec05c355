import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { StatusNotice } from "@/components/site/StatusNotice";
import { listStaff, SEARCH_PAGE_SIZE, searchResidents } from "@/lib/accounts/management";
import { searchSchema } from "@/lib/accounts/management-validation";
import { requestClientAddress } from "@/lib/http/request";
import { requireStaffPermission } from "@/lib/auth/current";
import { roleLabel } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { DataTable } from "@/components/admin/DataTable";

export const metadata: Metadata = { title: "用户管理" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaffPermission("manage:user:any", "/admin/users");
  const query = await searchParams;
  const parsed = searchSchema.safeParse({ q: typeof query.q === "string" ? query.q : "", page: typeof query.page === "string" ? query.page : "1" });
  const q = parsed.success ? parsed.data.q : "";
  const page = parsed.success ? parsed.data.page : 1;
  const found = q ? await searchResidents(actor, q, page, await requestClientAddress()) : null;
  const result = found?.ok ? found.value : null;
  const pages = result ? Math.max(1, Math.ceil(result.total / SEARCH_PAGE_SIZE)) : 1;
  const pageLink = (target: number) => `/admin/users?${new URLSearchParams({ q, page: String(target) }).toString()}`;
  const staff = await listStaff(actor);
  const input = "mt-1 block w-full max-w-md rounded border-2 border-ink bg-white px-3 py-2";
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">用户管理</h1>
      {query.cancelled === "1" ? <StatusNotice>该居民账户已注销，个人信息已删除，注销通知已放入发件箱。</StatusNotice> : null}

      <section aria-labelledby="residents" className="mb-10">
        <h2 id="residents" className="mb-3 text-xl font-bold">
          查找居民
        </h2>
        <ErrorSummary errors={parsed.success ? [] : parsed.error.issues.map((issue) => ({ field: "q", message: issue.message }))} />
        <form method="get" action="/admin/users" className="mb-4 flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="q" className="block font-semibold">
              电子邮箱、姓名或手机号码
            </label>
            <p id="q-hint" className="text-muted">
              填写完整内容或开头部分，例如 zhang@、张、1390994。每次查找都会记录。
            </p>
            <input id="q" name="q" defaultValue={q} aria-describedby="q-hint" className={input} />
          </div>
          <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white">
            查找
          </button>
        </form>
        {result ? (
          <>
            <p role="status" className="mb-2">
              找到 {result.total} 个居民账户，第 {page} / {pages} 页
            </p>
            {result.residents.length > 0 ? (
              <DataTable caption="查找结果" columns={["账户", "姓名", "手机号码", "注册日期", "状态"]}>
                {result.residents.map((resident) => (
                  <tr key={resident.id} className="border-b border-line">
                    <td className="p-2">
                      <Link href={`/admin/users/${resident.id}`} prefetch={false}>
                        {resident.email}
                      </Link>
                    </td>
                    <td className="p-2">{resident.name}</td>
                    <td className="p-2">{resident.phone}</td>
                    <td className="p-2">{formatDate(resident.createdAt)}</td>
                    <td className="p-2">{resident.disabledAt ? "已停用" : "正常"}</td>
                  </tr>
                ))}
              </DataTable>
            ) : null}
            <nav aria-label="分页" className="mt-4 flex gap-4">
              {page > 1 ? <Link href={pageLink(page - 1)}>上一页</Link> : null}
              {page < pages ? <Link href={pageLink(page + 1)}>下一页</Link> : null}
            </nav>
          </>
        ) : null}
      </section>

      <section aria-labelledby="staff">
        <h2 id="staff" className="mb-3 text-xl font-bold">
          工作人员
        </h2>
        <p className="mb-3">
          <Link href="/admin/users/new" className="font-semibold">
            新建工作人员账户
          </Link>
        </p>
        <DataTable caption="工作人员账户" columns={["电子邮箱", "角色", "所属部门", "状态"]}>
          {staff.map((member) => (
            <tr key={member.id} className="border-b border-line" data-staff={member.email}>
              <td className="p-2">
                <Link href={`/admin/users/${member.id}`} prefetch={false}>
                  {member.email}
                </Link>
              </td>
              <td className="p-2">{roleLabel(member.role)}</td>
              <td className="p-2">{member.departments.join("、")}</td>
              <td className="p-2">
                {member.disabledAt ? "已停用" : member.mustChangePassword ? "待首次登录修改密码" : "正常"}
                {member.totpEnabledAt ? "" : "（未启用两步验证）"}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
    </>
  );
}
