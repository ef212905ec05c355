import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TotpForm } from "@/components/account/forms";
import { getPendingLogin } from "@/lib/auth/current";
import { totpEnrolment } from "@/lib/auth/staff";

export const metadata: Metadata = { title: "两步验证" };

// The second step of a staff login. A staff member without TOTP enrols here first: the
// secret is shown as text and as an otpauth:// URI (no external QR service).
export default async function TwoFactorPage() {
  const pending = await getPendingLogin();
  if (!pending) redirect("/login?timeout=1");
  const state = await totpEnrolment(pending.userId);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">两步验证</h1>
      {state.enrolled ? (
        <p className="mb-6">请打开您的验证器应用，输入本网站账户当前显示的 6 位验证码。</p>
      ) : (
        <section aria-labelledby="enrol" className="mb-6">
          <h2 id="enrol" className="mb-3 text-xl font-bold">
            首次登录：设置验证器
          </h2>
          <p>工作人员账户必须启用两步验证。请在手机上的验证器应用（任何支持 TOTP 的应用）中添加账户，手动输入下面的密钥（基于时间，30 秒，6 位数字），然后输入应用显示的验证码。</p>
          <dl className="mt-3 grid grid-cols-1 gap-2">
            <dt className="font-semibold">密钥</dt>
            <dd>
              <code data-testid="totp-secret" className="break-all text-lg tracking-wider">
                {state.secret}
              </code>
            </dd>
            <dt className="font-semibold">otpauth 地址</dt>
            <dd>
              <code className="break-all text-sm">{state.uri}</code>
            </dd>
          </dl>
        </section>
      )}
      <TotpForm />
    </>
  );
}
