import type { Metadata } from "next";
import Link from "next/link";
import { RegisterForm } from "@/components/account/forms";

export const metadata: Metadata = { title: "注册" };

export default function RegisterPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">注册</h1>
      <p className="mb-6">注册后可以在“个人中心”查看、修改、导出您的个人信息，或注销账户。</p>
      <RegisterForm />
      <p className="mt-6">
        已有账户？<Link href="/login">登录</Link>
      </p>
    </>
  );
}
