import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { setDepartmentActiveAction, unassignMemberAction } from "../actions";
import { ActionButton } from "@/components/admin/ActionButton";
import { AssignMemberForm, DepartmentForm } from "@/components/admin/department-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { assignableHandlers, getDepartment } from "@/lib/departments/departments";

export const metadata: Metadata = { title: "部门" };

const notices: Record<string, string> = {
  created: "部门已新建。",
  saved: "部门信息已保存。",
  activated: "部门已启用，可以接收新信件。",
  deactivated: "部门已停用，不再接收新信件；已有信件照常办理。",
  memberAdded: "已添加信件办理员。",
  memberRemoved: "已移除信件办理员。",
};

export default async function DepartmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  await requireStaffPermission("manage:department:any", `/admin/departments/${/^\d+$/.test(id) ? id : ""}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const department = await getDepartment(Number(id));
  if (!department) notFound();
  const query = await searchParams;
  const notice = Object.keys(notices).find((key) => query[key] === "1");
  const memberIds = new Set(department.members.map((member) => member.id));
  const candidates = (await assignableHandlers()).filter((handler) => !memberIds.has(handler.id) && !handler.disabledAt);
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/departments">返回部门列表</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{department.name}</h1>
      {notice ? <StatusNotice>{notices[notice]}</StatusNotice> : null}
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <p>状态：{department.active ? "启用" : "已停用（不接收新信件）"}</p>
        <ActionButton action={setDepartmentActiveAction} fields={{ id: department.id, active: department.active ? "0" : "1" }}>
          {department.active ? "停用部门" : "启用部门"}
        </ActionButton>
      </div>

      <section aria-labelledby="edit" className="mb-8">
        <h2 id="edit" className="mb-3 text-xl font-bold">
          名称和职责
        </h2>
        <DepartmentForm department={department} />
      </section>

      <section aria-labelledby="members">
        <h2 id="members" className="mb-3 text-xl font-bold">
          信件办理员
        </h2>
        {department.members.length > 0 ? (
          <ul className="mb-4 space-y-2" data-testid="members">
            {department.members.map((member) => (
              <li key={member.id} className="flex flex-wrap items-center gap-3">
                <Link href={`/admin/users/${member.id}`} prefetch={false}>
                  {member.email}
                </Link>
                {member.disabledAt ? <span>（已停用）</span> : null}
                <ActionButton action={unassignMemberAction} fields={{ departmentId: department.id, userId: member.id }} label={`移除 ${member.email}`}>
                  移除
                </ActionButton>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4">该部门还没有信件办理员。</p>
        )}
        {candidates.length > 0 ? <AssignMemberForm departmentId={department.id} handlers={candidates} /> : <p>没有可添加的信件办理员（可在“用户管理”中创建）。</p>}
      </section>
    </>
  );
}
