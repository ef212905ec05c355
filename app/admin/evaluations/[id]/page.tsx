import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/admin/ActionButton";
import { RoundForm } from "@/components/evaluations/admin-forms";
import { EvaluationResults } from "@/components/evaluations/Results";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { getRoundForEdit, objectChoices } from "@/lib/evaluations/admin";
import { ROUND_STATUSES } from "@/lib/evaluations/results";
import { evaluationHref, roundResults } from "@/lib/evaluations/rounds";
import { publishRoundAction } from "../actions";

export const metadata: Metadata = { title: "编辑评议" };

const notices: Record<string, string> = {
  publish: "已发布，网站上立即可见。",
  unpublish: "已撤回，网站上不再显示。",
};

export default async function EditRoundPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const user = await requireStaffPermission("manage:evaluation:any", `/admin/evaluations/${/^\d+$/.test(id) ? id : ""}`);
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const round = await getRoundForEdit(Number(id));
  if (!round) notFound();
  const [choices, results] = await Promise.all([objectChoices(), roundResults(round.id, round.criteria)]);
  const query = await searchParams;
  const done = typeof query.done === "string" ? notices[query.done] : undefined;
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/evaluations">返回网上评议</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">编辑评议：{round.title}</h1>
      {query.saved === "1" ? <StatusNotice>已保存。</StatusNotice> : null}
      {done ? <StatusNotice>{done}</StatusNotice> : null}
      <section aria-labelledby="state-title" className="mb-6 rounded border border-line bg-white p-4">
        <h2 id="state-title" className="mb-2 text-xl font-bold">
          状态
        </h2>
        <p className="mb-3" data-testid="round-state">
          {ROUND_STATUSES[round.status]}，{round.published ? "已发布" : "未发布"}，共 {round.votes} 票
          {round.published ? (
            <>
              （<a href={evaluationHref(round.id)} className="underline">在网站上查看</a>）
            </>
          ) : null}
        </p>
        <div className="flex flex-wrap gap-4">
          <ActionButton action={publishRoundAction} fields={{ id: round.id, publish: round.published ? "0" : "1" }} tone="primary">
            {round.published ? "撤回" : "发布"}
          </ActionButton>
          {can(user, "moderate:comment:any") ? <Link href={`/admin/evaluations/${round.id}/comments`}>审核评议意见</Link> : null}
        </div>
      </section>
      <RoundForm id={round.id} stored={round.form} choices={choices} />
      <EvaluationResults results={results} final={round.status === "closed"} />
    </>
  );
}
