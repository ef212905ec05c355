import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EndSessionsForm } from "@/components/admin/forms";
import { getAccountSummary } from "@/lib/accounts/staff-accounts";
import { requireStaffPermission } from "@/lib/auth/current";
import { roleLabel } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { StatusNotice } from "@/components/site/StatusNotice";

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
        <StatusNotice>
          该账户的全部登录已结束。
        </StatusNotice>
      ) : null}
      <dl className="mb-6 grid grid-cols-[8rem_1fr] gap-2">
        <dt className="font-semibold">电子邮箱</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">角色</dt>
        <dd>{roleLabel(user.role)}</dd>
        <dt className="font-semibold">状态</dt>
        <dd>{user.disabledAt ? `已停用（${formatDateTime(user.disabledAt)}）` : "正常"}</dd>
        <dt className="font-semibold">当前登录</dt>
        <dd>{user.sessions.length} 个</dd>
      </dl>
      <EndSessionsForm userId={user.id} />
    </>
  );
}
