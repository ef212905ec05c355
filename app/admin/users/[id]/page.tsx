import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { enableUserAction } from "../actions";
import { ActionButton } from "@/components/admin/ActionButton";
import { EndSessionsForm } from "@/components/admin/forms";
import { CancelUserForm, DisableUserForm, RoleForm, UserDepartmentsForm } from "@/components/admin/user-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { accountStatus } from "@/lib/accounts/management";
import { viewResidentProfile } from "@/lib/accounts/staff-view";
import { GENDERS } from "@/lib/accounts/validation";
import { requestClientAddress } from "@/lib/http/request";
import { requireStaffPermission } from "@/lib/auth/current";
import { can, roleLabel } from "@/lib/auth/permissions";
import { departmentsOf, listDepartments } from "@/lib/departments/departments";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "账户" };

const notices: Record<string, string> = {
  sessionsEnded: "该账户的全部登录已结束。",
  disabled: "账户已停用，全部登录已结束。账户持有人输入正确密码登录时会看到停用原因。",
  enabled: "账户已恢复，可以正常登录。",
  roleChanged: "角色已更改。",
  departmentsSaved: "所属部门已保存。",
};

// One account: its status, a resident's personal data (through viewResidentProfile, which
// masks the ID number and writes profile.view to the audit log on every opening - the
// resident sees it on /account), and the management forms the viewer's permissions allow.
export default async function AdminUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const returnTo = `/admin/users/${/^\d+$/.test(id) ? id : ""}`;
  const actor = await requireStaffPermission("read:profile:any", returnTo);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const user = await accountStatus(Number(id));
  if (!user) notFound();
  const resident = user.role === "resident";
  // A staff account's page is account management, not a profile.
  if (!resident) await requireStaffPermission("manage:user:any", returnTo);
  const view = resident ? await viewResidentProfile(actor, user.id, await requestClientAddress()) : null;
  const profile = view?.ok ? view.profile : null;
  const query = await searchParams;
  const notice = Object.keys(notices).find((key) => query[key] === "1");
  const manage = can(actor, "manage:user:any");
  const self = user.id === actor.id;
  const departments = user.role === "handler" && can(actor, "manage:department:any") ? await departmentsOfHandler(user.id) : null;
  const empty = <span className="text-muted">未填写</span>;
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/users">返回用户管理</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">账户 #{user.id}</h1>
      {notice ? <StatusNotice>{notices[notice]}</StatusNotice> : null}
      <dl className="mb-6 grid grid-cols-[8rem_1fr] gap-2">
        <dt className="font-semibold">电子邮箱</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">角色</dt>
        <dd>{roleLabel(user.role)}</dd>
        <dt className="font-semibold">状态</dt>
        <dd data-testid="account-status">{user.disabledAt ? `已停用（${formatDateTime(user.disabledAt)}）：${user.disabledReason ?? "未说明原因"}` : "正常"}</dd>
        <dt className="font-semibold">注册时间</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
        <dt className="font-semibold">当前登录</dt>
        <dd>{user._count.sessions} 个</dd>
      </dl>

      {profile ? (
        <section aria-labelledby="profile" className="mb-8">
          <h2 id="profile" className="mb-2 text-xl font-bold">
            个人信息
          </h2>
          <p className="mb-3 text-muted">本次查看已记入审计日志，居民可在“个人中心”看到查看时间和您的角色。</p>
          <dl className="grid grid-cols-[8rem_1fr] gap-2" data-testid="profile">
            <dt className="font-semibold">姓名</dt>
            <dd>{profile.name}</dd>
            <dt className="font-semibold">手机号码</dt>
            <dd>{profile.phone}</dd>
            <dt className="font-semibold">出生日期</dt>
            <dd>{profile.birthDate ?? empty}</dd>
            <dt className="font-semibold">性别</dt>
            <dd>{profile.gender ? GENDERS[profile.gender as keyof typeof GENDERS] : empty}</dd>
            <dt className="font-semibold">联系地址</dt>
            <dd>{profile.address ?? empty}</dd>
            <dt className="font-semibold">身份证号码</dt>
            <dd data-testid="id-card">{profile.idCardMasked ?? empty}</dd>
            <dt className="font-semibold">学历</dt>
            <dd>{profile.education ?? empty}</dd>
            <dt className="font-semibold">职业</dt>
            <dd>{profile.occupation ?? empty}</dd>
          </dl>
        </section>
      ) : resident ? (
        <p className="mb-8">该居民没有个人资料。</p>
      ) : null}

      {manage && !self ? (
        <section aria-labelledby="status" className="mb-8">
          <h2 id="status" className="mb-3 text-xl font-bold">
            {user.disabledAt ? "恢复账户" : "停用账户"}
          </h2>
          {user.disabledAt ? (
            <ActionButton action={enableUserAction} fields={{ userId: user.id }} tone="primary">
              恢复账户
            </ActionButton>
          ) : (
            <DisableUserForm userId={user.id} />
          )}
        </section>
      ) : null}

      {manage && !self && !resident ? (
        <section aria-labelledby="role" className="mb-8">
          <h2 id="role" className="mb-3 text-xl font-bold">
            角色
          </h2>
          <RoleForm userId={user.id} role={user.role} />
        </section>
      ) : null}

      {departments ? (
        <section aria-labelledby="departments" className="mb-8">
          <h2 id="departments" className="mb-3 text-xl font-bold">
            所属部门
          </h2>
          <UserDepartmentsForm userId={user.id} departments={departments} />
        </section>
      ) : null}

      {can(actor, "end:session:any") ? (
        <section aria-labelledby="sessions" className="mb-8">
          <h2 id="sessions" className="mb-3 text-xl font-bold">
            登录
          </h2>
          <EndSessionsForm userId={user.id} />
        </section>
      ) : null}

      {manage && resident ? (
        <section aria-labelledby="cancel" className="mb-8">
          <h2 id="cancel" className="mb-3 text-xl font-bold">
            注销账户
          </h2>
          <p className="mb-3">注销后账户和个人信息立即删除（与居民自行注销相同），并通过电子邮件把注销原因通知账户持有人。</p>
          <CancelUserForm userId={user.id} />
        </section>
      ) : null}
    </>
  );
}

async function departmentsOfHandler(userId: number) {
  const [all, mine] = await Promise.all([listDepartments(), departmentsOf(userId)]);
  const member = new Set(mine.map((department) => department.id));
  return all.map((department) => ({ id: department.id, name: department.name, active: department.active, member: member.has(department.id) }));
}
