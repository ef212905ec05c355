import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { listPublishedRounds, evaluationHref } from "@/lib/evaluations/rounds";
import { ROUND_STATUSES } from "@/lib/evaluations/results";
import { formatDate } from "@/lib/format";
import { INTERACTION_CRUMB } from "@/lib/site/navigation";

export const generateStaticParams = () => [];
export const metadata: Metadata = { title: "网上评议", description: "对政府部门和政务服务事项进行满意度评议" };

// The status shown is the one at render time; the page is revalidated with every publish and
// at least every 10 minutes (app/[mode]/layout.tsx), so a status may lag by that much.
export default async function EvaluationsPage() {
  const rounds = await listPublishedRounds();
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[INTERACTION_CRUMB, { label: "网上评议" }]} />
      <h1 className="mb-4 text-2xl font-bold">网上评议</h1>
      <p className="mb-6">
        请对政府部门的工作和政务服务事项按各项指标评价（满意、基本满意、不满意）。登录后每个评议对象可评价一次，评议截止前可以修改。评议结果在本网站公开。
      </p>
      {rounds.length > 0 ? (
        <ul className="space-y-4" data-testid="evaluation-rounds">
          {rounds.map((round) => (
            <li key={round.id} className="border-b border-line pb-3">
              <Link href={evaluationHref(round.id)} className="text-lg font-semibold underline">
                {round.title}
              </Link>
              <p className="text-muted">
                <span className="mr-3 font-semibold text-ink" data-testid="round-status">【{ROUND_STATUSES[round.status]}】</span>
                评议时间：{formatDate(round.startsAt)} 至 {formatDate(new Date(round.endsAt.getTime() - 1))} · 评议对象 {round.objects} 个
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>目前没有评议活动。</p>
      )}
    </article>
  );
}
