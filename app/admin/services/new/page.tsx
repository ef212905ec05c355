import type { Metadata } from "next";
import Link from "next/link";
import { ServiceGuideForm } from "@/components/admin/service-forms";
import { requireStaffPermission } from "@/lib/auth/current";
import { departmentChoices } from "@/lib/services/guides";

export const metadata: Metadata = { title: "新建办事指南" };

export default async function NewGuidePage() {
  await requireStaffPermission("manage:service:any", "/admin/services/new");
  const departments = await departmentChoices();
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/services">返回办事指南管理</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">新建办事指南</h1>
      <p className="mb-4">新办事指南保存为草稿；送审、发布后才在网站“在线服务”中显示。</p>
      <ServiceGuideForm id={null} stored={{ visits: "1", legalDays: "20", promisedDays: "10" }} departments={departments} />
    </>
  );
}
