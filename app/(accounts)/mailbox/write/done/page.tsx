import type { Metadata } from "next";
import Link from "next/link";
import { resetTrackingCodeAction } from "@/app/(accounts)/mailbox/actions";
import { requirePermission } from "@/lib/auth/current";
import { myLetterByNumber } from "@/lib/mailbox/mine";
import { readReceipt } from "@/lib/mailbox/receipt";
import { letterStatusLabel } from "@/lib/mailbox/states";

export const metadata: Metadata = { title: "信件已提交" };

export default async function LetterReceiptPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("write:letter:own", "/account");
  const number = (await searchParams).number;
  const letter = typeof number === "string" ? await myLetterByNumber(actor, number) : null;
  if (!letter) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-bold">未找到信件</h1>
        <p>
          请在<Link href="/account" className="underline">个人中心</Link>查看您的信件。
        </p>
      </>
    );
  }
  const receipt = await readReceipt(letter.number, actor.id);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">信件已提交</h1>
      <div role="status" className="mb-6 border-4 border-green-700 p-4">
        <p className="mb-2">您的信件已保存，状态：{letterStatusLabel(letter.status)}。</p>
        <dl className="grid grid-cols-[6rem_1fr] gap-y-2 text-xl elder:grid-cols-1">
          <dt className="font-semibold">信件编号</dt>
          <dd data-testid="letter-number" className="font-mono font-bold">
            {letter.number}
          </dd>
          {receipt ? (
            <>
              <dt className="font-semibold">查询码</dt>
              <dd data-testid="tracking-code" className="font-mono font-bold tracking-widest">
                {receipt.trackingCode}
              </dd>
            </>
          ) : null}
        </dl>
      </div>
      {receipt ? (
        <p className="mb-4">
          请记下信件编号和查询码。查询码只在此页显示，网站不保存查询码本身，工作人员也无法查看；凭编号和查询码，无需登录即可在“
          <Link href="/mailbox/track" className="underline">信件查询</Link>”查看办理进度和答复。
        </p>
      ) : (
        <form action={resetTrackingCodeAction} className="mb-4">
          <p className="mb-2">查询码只在提交后显示一次，此页已无法再次显示。登录后可随时在个人中心查看办理情况；如需无需登录的查询，可以生成新的查询码（原查询码随即失效）。</p>
          <input type="hidden" name="number" value={letter.number} />
          <button type="submit" className="rounded border-2 border-ink px-4 py-2 font-semibold">
            生成新的查询码
          </button>
        </form>
      )}
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/account" className="underline">在个人中心查看我的信件</Link>
        </li>
        <li>
          <Link href="/mailbox" className="underline">返回州长信箱</Link>
        </li>
      </ul>
    </>
  );
}
