import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EndSessionsForm } from "@/components/admin/forms";
import { getAccountSummary } from "@/lib/accounts/staff-accounts";
import { requireStaffPermission } from "@/lib/auth/current";
import { isRole, ROLE_LABELS } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "账户" };

// A minimal account page (user management builds on it later): the account's role and
// sessions, and ending all of them. No personal data is shown here (that is
// viewResidentProfile, which is audited).
export default async function AdminUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  await requireStaffPermission("manage:user:any", `/admin/users/${/^\d+$/.test(id) ? id : ""}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const user = await getAccountSummary(Number(id));
  if (!user) notFound();
  const ended = (await searchParams).sessionsEnded === "1";
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">账户 #{user.id}</h1>
      {ended ? (
        <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-3">
          该账户的全部登录已结束。
        </p>
      ) : null}
      <dl className="mb-6 grid grid-cols-[8rem_1fr] gap-2">
        <dt className="font-semibold">电子邮箱</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">角色</dt>
        <dd>{isRole(user.role) ? ROLE_LABELS[user.role] : user.role}</dd>
        <dt className="font-semibold">状态</dt>
        <dd>{user.disabledAt ? `已停用（${formatDateTime(user.disabledAt)}）` : "正常"}</dd>
        <dt className="font-semibold">当前登录</dt>
        <dd>{user.sessions.length} 个</dd>
      </dl>
      <EndSessionsForm userId={user.id} />
    </>
  );
}
