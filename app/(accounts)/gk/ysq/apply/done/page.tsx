import type { Metadata } from "next";
import Link from "next/link";
import { readYsqReceipt } from "@/lib/ysq/receipt";
import { YSQ_NUMBER_PATTERN } from "@/lib/ysq/validation";

export const metadata: Metadata = { title: "申请已提交" };

// The confirmation page: the 申请编号 and, once (from the short-lived receipt cookie of this
// browser), the 查询码. Nothing is read from the database: the number alone reveals nothing.
export default async function ApplyDonePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const number = (await searchParams).number;
  const valid = typeof number === "string" && YSQ_NUMBER_PATTERN.test(number);
  const code = valid ? await readYsqReceipt(number) : null;
  if (!valid || !code) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-bold">申请查询</h1>
        <p>
          查询码只在提交后显示一次。请凭申请编号和查询码在“<Link href="/gk/ysq/track" className="underline">申请查询</Link>”查看办理情况。
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">申请已提交</h1>
      <div role="status" className="mb-6 border-4 border-green-700 p-4">
        <p className="mb-2">您的政府信息公开申请已提交，等待登记。</p>
        <dl className="grid grid-cols-[6rem_1fr] gap-y-2 text-xl elder:grid-cols-1">
          <dt className="font-semibold">申请编号</dt>
          <dd data-testid="ysq-number" className="font-mono font-bold">
            {number}
          </dd>
          <dt className="font-semibold">查询码</dt>
          <dd data-testid="ysq-code" className="font-mono font-bold tracking-widest">
            {code}
          </dd>
        </dl>
      </div>
      <p className="mb-4">
        请记下申请编号和查询码。查询码只在此页显示，网站不保存查询码本身，工作人员也无法查看；凭编号和查询码，无需登录即可在“
        <Link href="/gk/ysq/track" className="underline">申请查询</Link>”查看办理进度、补正要求和答复。
      </p>
    </>
  );
}
