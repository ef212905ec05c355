import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/account/forms";

export const metadata: Metadata = { title: "忘记密码" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">忘记密码</h1>
      <p className="mb-6">请输入注册时使用的电子邮箱。我们会向它发送一个重设密码的链接，30 分钟内有效、只能使用一次。</p>
      <ForgotPasswordForm />
      <p className="mt-6">
        想起来了？<Link href="/login">登录</Link>
      </p>
    </>
  );
}
