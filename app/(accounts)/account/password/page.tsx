import type { Metadata } from "next";
import { PasswordForm } from "@/components/account/forms";
import { requirePermission } from "@/lib/auth/current";

export const metadata: Metadata = { title: "修改密码" };

export default async function PasswordPage() {
  await requirePermission("update:password:own", "/account/password");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">修改密码</h1>
      <p className="mb-6">修改后，您在其他设备或浏览器上的登录将失效。</p>
      <PasswordForm />
    </>
  );
}
