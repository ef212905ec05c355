import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/account/forms";
import { safeNext } from "@/lib/auth/current";
import { StatusNotice } from "@/components/site/StatusNotice";

export const metadata: Metadata = { title: "登录" };

const notices: Record<string, string> = {
  confirmed: "电子邮箱已确认，请登录。",
  reset: "密码已重设，该账户的所有登录均已退出。请用新密码登录。",
  loggedOut: "您已退出登录。",
  deleted: "您的账户已注销，相关个人信息已删除。",
  timeout: "验证已超时，请重新登录。",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const notice = Object.keys(notices).find((key) => params[key] === "1");
  const confirmFailed = params.confirmFailed === "1";
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">登录</h1>
      {notice ? (
        <StatusNotice>
          {notices[notice]}
        </StatusNotice>
      ) : null}
      {confirmFailed ? <StatusNotice tone="warning">确认链接无效、已使用或已过期。请用注册时的密码登录，我们会重新发送确认邮件。</StatusNotice> : null}
      <LoginForm next={safeNext(params.next)} />
      <p className="mt-4">
        <Link href="/login/forgot">忘记密码？</Link>
      </p>
      <p className="mt-6">
        还没有账户？<Link href="/register">注册</Link>
      </p>
    </>
  );
}
