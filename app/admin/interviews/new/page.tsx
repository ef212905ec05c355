import type { Metadata } from "next";
import Link from "next/link";
import { InterviewForm } from "@/components/admin/interview-forms";
import { requireStaffPermission } from "@/lib/auth/current";

export const metadata: Metadata = { title: "新建嘉宾访谈" };

export default async function NewInterviewPage() {
  await requireStaffPermission("manage:interview:any", "/admin/interviews/new");
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/interviews">返回嘉宾访谈管理</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">新建嘉宾访谈</h1>
      <p className="mb-4">保存后可以添加嘉宾和照片，确认无误后再发布。</p>
      <InterviewForm id={null} stored={{}} />
    </>
  );
}
