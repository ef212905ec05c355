import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/account/forms";
import { safeNext } from "@/lib/auth/current";
import { StatusNotice } from "@/components/site/StatusNotice";

export const metadata: Metadata = { title: "登录" };

const notices: Record<string, string> = {
  registered: "注册成功，请登录。",
  loggedOut: "您已退出登录。",
  deleted: "您的账户已注销，相关个人信息已删除。",
  timeout: "验证已超时，请重新登录。",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const notice = Object.keys(notices).find((key) => params[key] === "1");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">登录</h1>
      {notice ? (
        <StatusNotice>
          {notices[notice]}
        </StatusNotice>
      ) : null}
      <LoginForm next={safeNext(params.next)} />
      <p className="mt-6">
        还没有账户？<Link href="/register">注册</Link>
      </p>
    </>
  );
}
