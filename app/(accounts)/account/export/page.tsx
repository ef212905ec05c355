import type { Metadata } from "next";
import { ExportForm } from "@/components/account/forms";
import { requirePermission } from "@/lib/auth/current";

export const metadata: Metadata = { title: "导出我的数据" };

export default async function ExportPage() {
  await requirePermission("export:profile:own", "/account/export");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">导出我的数据</h1>
      <p className="mb-6">
        导出文件（JSON 格式）包含我们保存的您的全部个人信息，包括完整的身份证号码、同意记录、登录记录、您提交的信件和您对民意征集提出的意见。为保护您的信息，请先输入密码。
      </p>
      <ExportForm />
    </>
  );
}
