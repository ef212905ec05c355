import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { StaffEntryForm } from "@/components/admin/ysq-forms";
import { requireStaffPermission } from "@/lib/auth/current";

export const metadata: Metadata = { title: "登记其他渠道的申请" };

// Staff register a request received by letter, in person or by fax (lib/ysq/intake.ts).
export default async function NewYsqRequestPage() {
  await requireStaffPermission("handle:inforequest:any", "/admin/ysq/new");
  const submissionKey = randomBytes(18).toString("base64url");
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/ysq">返回申请列表</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">登记其他渠道的申请</h1>
      <p className="mb-6">按申请表录入通过信函、当面或传真收到的政府信息公开申请。申请登记后即开始计算答复期限，与网上申请同样办理。</p>
      <StaffEntryForm submissionKey={submissionKey} />
    </>
  );
}
