import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OpinionForm } from "@/components/consultations/OpinionForm";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requirePermission } from "@/lib/auth/current";
import { OPINIONS_PER_RESIDENT } from "@/lib/consultations/fields";
import { opinionFormContext } from "@/lib/consultations/opinions";
import { CONSULTATION_STATUSES } from "@/lib/consultations/status";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "提交意见 - 民意征集" };

// The opinion form of a consultation, for signed-in residents (the public page is cached for
// everyone and links here while the consultation is open).
export default async function OpinionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const valid = /^[1-9]\d{0,8}$/.test(id);
  const actor = await requirePermission("write:opinion:own", valid ? `/interaction/opinion/${id}` : "/account");
  if (!valid) notFound();
  const context = await opinionFormContext(actor, Number(id));
  if (!context) notFound();
  const sent = (await searchParams).sent === "1";
  const publicHref = `/interaction/consultations/${context.id}`;
  const left = OPINIONS_PER_RESIDENT - context.mine;
  return (
    <>
      <p className="mb-2">
        <Link href={publicHref}>返回征集页面</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">提交意见</h1>
      <p className="mb-4 text-lg">{context.title}</p>
      {sent ? (
        <StatusNotice>
          意见已提交，感谢您的参与。征集结束后，您可以在<Link href="/account#opinions" className="underline">个人中心</Link>查看采纳情况。
        </StatusNotice>
      ) : null}
      {context.status !== "open" ? (
        <p>该征集项目{CONSULTATION_STATUSES[context.status]}，当前不接受意见。</p>
      ) : left <= 0 ? (
        <p>每位居民对同一征集项目最多提交 {OPINIONS_PER_RESIDENT} 条意见，您已达到上限。</p>
      ) : (
        <>
          <p className="mb-4 text-muted">
            截止时间：{formatDateTime(context.endsAt)}（北京时间）。您已提交 {context.mine} 条意见，还可以提交 {left} 条。
          </p>
          <OpinionForm consultationId={context.id} clauses={context.clauses} />
        </>
      )}
    </>
  );
}
