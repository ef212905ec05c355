import type { Metadata } from "next";
import Link from "next/link";
import { TrackForm } from "@/components/ysq/forms";

export const metadata: Metadata = { title: "政府信息公开申请查询" };

// Public and without login: the 申请编号 + 查询码 pair is the credential. Renders per request.
export default function TrackRequestPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">政府信息公开申请查询</h1>
      <p className="mb-6">
        输入提交申请时得到的申请编号和查询码，查看办理状态、补正要求和答复。需要补正的，可在查询结果中直接提交补正。还没有申请？
        <Link href="/gk/ysq/apply" className="underline">在线申请</Link>
      </p>
      <TrackForm />
    </>
  );
}
