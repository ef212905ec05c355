import type { Metadata } from "next";
import Link from "next/link";
import { StatusNotice } from "@/components/site/StatusNotice";
import { REGISTERED_MESSAGE } from "@/lib/accounts/registration";

export const metadata: Metadata = { title: "请确认电子邮箱" };

// Shown after every registration, new address or not (no enumeration).
export default function RegisterSentPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">请确认电子邮箱</h1>
      <StatusNotice>{REGISTERED_MESSAGE}</StatusNotice>
      <p className="mt-6">
        已确认？<Link href="/login">登录</Link>
      </p>
    </>
  );
}
