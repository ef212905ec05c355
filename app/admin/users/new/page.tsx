import type { Metadata } from "next";
import Link from "next/link";
import { CreateStaffForm } from "@/components/admin/user-forms";
import { requireStaffPermission } from "@/lib/auth/current";

export const metadata: Metadata = { title: "新建工作人员账户" };

export default async function NewStaffPage() {
  await requireStaffPermission("manage:user:any", "/admin/users/new");
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/users">返回用户管理</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">新建工作人员账户</h1>
      <p className="mb-4">系统生成随机初始密码，只显示一次；本人首次登录时必须修改密码并设置两步验证。</p>
      <CreateStaffForm />
    </>
  );
}
