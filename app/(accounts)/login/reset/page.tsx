import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/account/forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { RESET_LINK_INVALID_MESSAGE, resetLinkState } from "@/lib/auth/password-reset";

export const metadata: Metadata = { title: "重设密码" };

// The link in the reset mail: looking at it does not use it up; setting the password does.
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const link = await resetLinkState(value);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">重设密码</h1>
      {link.valid ? (
        <>
          <p className="mb-6">请设置新密码。设置后，该账户在所有设备上的登录都会退出。</p>
          <ResetPasswordForm token={value} needsTotp={link.needsTotp} />
        </>
      ) : (
        <>
          <StatusNotice tone="warning">{RESET_LINK_INVALID_MESSAGE}</StatusNotice>
          <p>
            <Link href="/login/forgot">重新申请重设密码</Link>
          </p>
        </>
      )}
    </>
  );
}
