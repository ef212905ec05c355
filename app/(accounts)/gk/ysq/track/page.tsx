import type { Metadata } from "next";
import Link from "next/link";
import { RequestProgress } from "@/components/ysq/RequestProgress";
import { TrackForm } from "@/components/ysq/forms";
import { getSessionUser } from "@/lib/auth/current";
import { myInfoRequest } from "@/lib/ysq/mine";

export const metadata: Metadata = { title: "政府信息公开申请查询" };

// Public and without login: the 申请编号 + 查询码 pair is the credential. A signed-in resident
// opening one of their own requests (?number=, linked from /account) sees it without the code.
// Renders per request.
export default async function TrackRequestPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const number = (await searchParams).number;
  const actor = typeof number === "string" && number.length <= 40 ? await getSessionUser() : null;
  const own = actor && typeof number === "string" ? await myInfoRequest(actor, number) : null;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">政府信息公开申请查询</h1>
      {own ? (
        <section aria-labelledby="own-request" className="mb-8 border-b border-line pb-6">
          <h2 id="own-request" className="mb-3 text-xl font-bold">
            我的申请 {own.number}
          </h2>
          <RequestProgress request={own} access={{ kind: "owner" }} />
          {own.status === "correction" ? <p className="mt-4 font-semibold">提交补正需要查询码：请在下方输入申请编号和查询码查询后提交。</p> : null}
          <p className="mt-4">
            <Link href="/account">返回个人中心</Link>
          </p>
        </section>
      ) : null}
      <p className="mb-6">
        输入提交申请时得到的申请编号和查询码，查看办理状态、补正要求和答复。需要补正的，可在查询结果中直接提交补正。还没有申请？
        <Link href="/gk/ysq/apply" className="underline">在线申请</Link>
      </p>
      <TrackForm />
    </>
  );
}
