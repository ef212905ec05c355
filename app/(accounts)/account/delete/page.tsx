import type { Metadata } from "next";
import Link from "next/link";
import { DeleteAccountForm } from "@/components/account/forms";
import { requirePermission } from "@/lib/auth/current";

export const metadata: Metadata = { title: "注销账户" };

export default async function DeletePage() {
  await requirePermission("delete:account:own", "/account/delete");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">注销账户</h1>
      <p className="mb-2">注销后：</p>
      <ul className="mb-6 list-disc pl-6">
        <li>您的账户、个人信息、同意记录和登录记录将立即删除，无法恢复；</li>
        <li>您所有设备上的登录立即失效；</li>
        <li>您未公开的信件将被删除，已公开的信件只保留不含姓名、联系方式和身份证号码的匿名内容；</li>
        <li>您对民意征集提出的意见中，未同意公开的将被删除，同意公开的保留在意见采纳情况反馈中，署名改为“匿名”；</li>
        <li>您可以使用同一电子邮箱重新注册。</li>
      </ul>
      <p className="mb-6">如需保留一份副本，请先<Link href="/account/export">导出我的数据</Link>。</p>
      <DeleteAccountForm />
    </>
  );
}
