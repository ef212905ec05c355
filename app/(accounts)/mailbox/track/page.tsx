import type { Metadata } from "next";
import Link from "next/link";
import { TrackForm } from "@/components/mailbox/forms";

export const metadata: Metadata = { title: "信件查询" };

// Public and without login: the 信件编号 + 查询码 pair is the credential. Renders per request
// (the answer depends on the form), outside the cached tree.
export default function TrackLetterPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">信件查询</h1>
      <p className="mb-6">
        输入提交信件时得到的信件编号和查询码，查看办理状态、办理情况和答复。已登录的来信人也可以在<Link href="/account" className="underline">个人中心</Link>查看。
      </p>
      <TrackForm />
    </>
  );
}
