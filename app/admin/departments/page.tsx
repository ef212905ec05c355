import type { Metadata } from "next";
import Link from "next/link";
import { moveDepartmentAction } from "./actions";
import { ActionButton } from "@/components/admin/ActionButton";
import { DepartmentForm } from "@/components/admin/department-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { listDepartments } from "@/lib/departments/departments";
import { DataTable } from "@/components/admin/DataTable";

export const metadata: Metadata = { title: "部门管理" };

export default async function DepartmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPermission("manage:department:any", "/admin/departments");
  const departments = await listDepartments();
  const moved = (await searchParams).moved === "1";
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">部门管理</h1>
      <p className="mb-4">信件按部门办理。停用的部门保留已有信件，但不再接收新信件。列表顺序即写信人选择部门时的顺序。</p>
      {moved ? <StatusNotice>部门顺序已调整。</StatusNotice> : null}
      <DataTable caption="部门列表" columns={["顺序", "部门", "状态", "信件办理员", "调整顺序"]} className="mb-8">
        {departments.map((department, index) => (
          <tr key={department.id} className="border-b border-line" data-department={department.name}>
            <td className="p-2">{index + 1}</td>
            <td className="p-2">
              <Link href={`/admin/departments/${department.id}`} className="font-semibold">
                {department.name}
              </Link>
              {department.description ? <p className="text-muted">{department.description}</p> : null}
            </td>
            <td className="p-2">{department.active ? "启用" : "已停用"}</td>
            <td className="p-2">{department.memberCount} 人</td>
            <td className="space-x-2 p-2 whitespace-nowrap">
              {index > 0 ? (
                <ActionButton action={moveDepartmentAction} fields={{ id: department.id, direction: "up" }} label={`上移 ${department.name}`}>
                  上移
                </ActionButton>
              ) : null}
              {index < departments.length - 1 ? (
                <ActionButton action={moveDepartmentAction} fields={{ id: department.id, direction: "down" }} label={`下移 ${department.name}`}>
                  下移
                </ActionButton>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
      {departments.length === 0 ? <p className="mt-2">还没有部门。</p> : null}
      <section aria-labelledby="new-department">
        <h2 id="new-department" className="mb-3 text-xl font-bold">
          新建部门
        </h2>
        <DepartmentForm />
      </section>
    </>
  );
}
