import type { Metadata } from "next";
import { PasswordForm } from "@/components/account/forms";
import { requirePermission } from "@/lib/auth/current";
import { StatusNotice } from "@/components/site/StatusNotice";

export const metadata: Metadata = { title: "修改密码" };

export default async function PasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("update:password:own", "/account/password");
  const expired = (await searchParams).expired === "1";
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">修改密码</h1>
      {expired ? (
        <StatusNotice tone="warning">
          您的密码是初始密码或已超过 90 天未修改，请先设置新密码（不能与最近 5 次使用过的密码相同）。
        </StatusNotice>
      ) : null}
      <p className="mb-6">修改后，您在其他设备或浏览器上的登录将失效。</p>
      <PasswordForm />
    </>
  );
}
