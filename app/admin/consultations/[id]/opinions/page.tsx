import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/admin/consultation-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { clauseLabel } from "@/lib/consultations/clauses";
import { DECISIONS, isDecision } from "@/lib/consultations/fields";
import { readOpinions } from "@/lib/consultations/staff";
import { CONSULTATION_STATUSES } from "@/lib/consultations/status";
import { formatDateTime } from "@/lib/format";
import { requestClientAddress } from "@/lib/http/request";

export const metadata: Metadata = { title: "民意征集意见" };

// The opinions with their writers' names: personal data, so every opening is audited
// (lib/consultations/staff.ts readOpinions).
export default async function OpinionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const user = await requireStaffPermission("manage:consultation:any", `/admin/consultations/${/^\d+$/.test(id) ? id : ""}`);
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const data = await readOpinions(user, Number(id), await requestClientAddress());
  if (!data) notFound();
  const query = await searchParams;
  const { consultation, clauses, opinions } = data;
  const fixed = consultation.feedbackPublishedAt !== null;
  return (
    <>
      <p className="mb-2">
        <Link href={`/admin/consultations/${consultation.id}`}>返回征集项目</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">意见：{consultation.title}</h1>
      <p className="mb-4">
        {CONSULTATION_STATUSES[consultation.status]}，共 {opinions.length} 条意见。居民的姓名和电子邮箱属于个人信息，本页的每次打开都记入审计日志。{" "}
        <a href={`/admin/consultations/${consultation.id}/opinions/export`} className="underline">
          导出意见（CSV）
        </a>
      </p>
      {typeof query.decided === "string" ? <StatusNotice>采纳情况已保存。</StatusNotice> : null}
      {opinions.length === 0 ? <p>尚未收到意见。</p> : null}
      <ol className="space-y-4" data-testid="staff-opinions">
        {opinions.map((opinion) => (
          <li key={opinion.id} id={`opinion-${opinion.id}`} className="rounded border border-line bg-white p-4">
            <p className="mb-1 text-sm text-muted">
              {formatDateTime(opinion.createdAt)} · {opinion.authorName ?? "（已注销）"}
              {opinion.authorEmail ? `（${opinion.authorEmail}）` : ""} · 针对：{clauseLabel(clauses, opinion.clause)} · {opinion.publicConsent ? "同意公开" : "不同意公开"}
            </p>
            <p className="whitespace-pre-line">{opinion.body}</p>
            {fixed ? (
              <p className="mt-2 font-semibold">
                {isDecision(opinion.decision) ? DECISIONS[opinion.decision] : "未标注"}：{opinion.decisionReason}
              </p>
            ) : (
              <DecisionForm opinionId={opinion.id} decision={opinion.decision} reason={opinion.decisionReason} />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
