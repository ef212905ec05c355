import type { Metadata } from "next";
import Link from "next/link";
import { ConsultationForm } from "@/components/admin/consultation-forms";
import { requireStaffPermission } from "@/lib/auth/current";
import { consultationDepartments } from "@/lib/consultations/staff";

export const metadata: Metadata = { title: "新建民意征集" };

export default async function NewConsultationPage() {
  await requireStaffPermission("manage:consultation:any", "/admin/consultations/new");
  const departments = await consultationDepartments();
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/consultations">返回民意征集管理</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">新建民意征集</h1>
      <p className="mb-4">保存后可以上传附件，确认无误后再发布。</p>
      <ConsultationForm id={null} stored={{}} departments={departments} />
    </>
  );
}
