import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VoteForm } from "@/components/evaluations/VoteForm";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requirePermission } from "@/lib/auth/current";
import { COMMENT_STATUSES, type CommentStatus } from "@/lib/evaluations/fields";
import { ROUND_STATUSES } from "@/lib/evaluations/results";
import { evaluationHref, getPublishedRound } from "@/lib/evaluations/rounds";
import { myVotesInRound } from "@/lib/evaluations/voting";
import { formatDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "参与网上评议" };

// Per request (it shows the resident's own vote): one rating form per object of the round.
export default async function VotePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const valid = /^[1-9]\d{0,8}$/.test(id);
  const actor = await requirePermission("rate:evaluation:own", valid ? `/account/evaluations/${id}` : "/account");
  const round = valid ? await getPublishedRound(Number(id)) : null;
  if (!round) notFound();
  const criteria = round.results.criteria;
  const mine = await myVotesInRound(actor, round.id, criteria);
  const saved = (await searchParams).saved;
  const savedObject = round.results.objects.find((entry) => String(entry.objectId) === saved);
  const objects = round.results.objects.toSorted((a, b) => a.object.name.localeCompare(b.object.name, "zh"));
  return (
    <>
      <p className="mb-2">
        <Link href={evaluationHref(round.id)}>返回评议结果</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{round.title}</h1>
      <p className="mb-4 text-muted">
        【{ROUND_STATUSES[round.status]}】评议时间：{formatDate(round.startsAt)} 至 {formatDate(new Date(round.endsAt.getTime() - 1))}
      </p>
      {savedObject ? <StatusNotice>已保存您对“{savedObject.object.name}”的评价，评议截止前可以修改。</StatusNotice> : null}
      {round.status === "open" ? (
        <p className="mb-6">每个评议对象您只能评价一次，再次提交即修改原来的评价。</p>
      ) : (
        <p className="mb-6 font-semibold">{round.status === "closed" ? "本次评议已结束，评价不能再提交或修改。" : "本次评议尚未开始。"}</p>
      )}
      <ul className="space-y-6">
        {objects.map((entry) => {
          const vote = mine.get(entry.objectId);
          const status = vote?.commentStatus as CommentStatus | null | undefined;
          return (
            <li key={entry.objectId} id={`object-${entry.objectId}`} className="rounded border border-line p-4">
              <h2 className="mb-2 text-xl font-bold">{entry.object.name}</h2>
              {vote ? (
                <p className="mb-3 text-muted" data-testid="my-vote">
                  您已于 {formatDateTime(vote.updatedAt)} 评价{status ? `；意见建议：${COMMENT_STATUSES[status] ?? status}` : ""}
                </p>
              ) : null}
              {round.status === "open" ? (
                <VoteForm roundId={round.id} objectId={entry.objectId} objectName={entry.object.name} criteria={criteria} stored={vote?.values ?? {}} />
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="mt-6">
        <Link href="/account">返回个人中心</Link>
      </p>
    </>
  );
}
