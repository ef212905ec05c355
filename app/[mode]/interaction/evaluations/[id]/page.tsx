import type { Metadata } from "next";
import { EvaluationResults } from "@/components/evaluations/Results";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { NotFoundPage } from "@/components/site/NotFoundPage";
import { SiteLink } from "@/components/site/SiteLink";
import { ROUND_STATUSES } from "@/lib/evaluations/results";
import { EVALUATIONS_HREF, getPublishedRound } from "@/lib/evaluations/rounds";
import { formatDate } from "@/lib/format";
import { parseVariant } from "@/lib/site/mode";
import { INTERACTION_CRUMB } from "@/lib/site/navigation";

export const generateStaticParams = () => [];

type Params = Promise<{ mode: string; id: string }>;

async function load(params: Params) {
  const { id } = await params;
  return /^[1-9]\d{0,8}$/.test(id) ? getPublishedRound(Number(id)) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const round = await load(params);
  return round ? { title: `${round.title} - 网上评议` } : { title: "页面不存在" };
}

// Cached like every public page: the results are the same for every reader and are refreshed
// after each vote and at least every 10 minutes. The rating form depends on the reader, so it
// is on its own per-request page (/account/evaluations/<id>); this page only links to it - the
// signed-in variant directly, the anonymous one through the login page (docs/decisions/0021).
export default async function EvaluationPage({ params }: { params: Params }) {
  const round = await load(params);
  if (!round) return <NotFoundPage />;
  const signedIn = parseVariant((await params).mode)?.signedIn ?? false;
  const voteHref = `/account/evaluations/${round.id}`;
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[INTERACTION_CRUMB, { label: "网上评议", href: EVALUATIONS_HREF }, { label: round.title }]} />
      <h1 className="mb-2 text-2xl font-bold">{round.title}</h1>
      <p className="mb-4 text-muted">
        <span className="mr-3 font-semibold text-ink" data-testid="round-status">【{ROUND_STATUSES[round.status]}】</span>
        评议时间：{formatDate(round.startsAt)} 至 {formatDate(new Date(round.endsAt.getTime() - 1))}
      </p>
      {round.intro ? <p className="mb-4 whitespace-pre-line">{round.intro}</p> : null}
      <section aria-labelledby="objects-title" className="mb-4">
        <h2 id="objects-title" className="mb-2 text-xl font-bold">评议对象和指标</h2>
        <p className="mb-2">评议指标：{round.results.criteria.join("、")}；每项可选 满意、基本满意 或 不满意。</p>
        <ul className="list-disc pl-6">
          {round.results.objects
            .toSorted((a, b) => a.object.name.localeCompare(b.object.name, "zh"))
            .map((entry) => (
              <li key={entry.objectId}>{entry.object.name}</li>
            ))}
        </ul>
      </section>
      {round.status === "open" ? (
        <p className="mb-4">
          {signedIn ? (
            <SiteLink href={voteHref} className="inline-block min-h-11 rounded bg-gov-red px-5 py-2 font-semibold text-white hover:bg-gov-red-dark">
              参与评议
            </SiteLink>
          ) : (
            <SiteLink href={`/login?next=${encodeURIComponent(voteHref)}`} className="font-semibold underline">
              登录后参与评议
            </SiteLink>
          )}
        </p>
      ) : null}
      {round.status === "upcoming" ? <p className="mb-4">本次评议尚未开始。</p> : null}
      <EvaluationResults results={round.results} final={round.status === "closed"} />
      <section aria-labelledby="comments-title" className="mt-8">
        <h2 id="comments-title" className="mb-2 text-xl font-bold">评议意见</h2>
        {round.comments.length > 0 ? (
          <ul className="space-y-3" data-testid="evaluation-comments">
            {round.comments.map((comment) => (
              <li key={comment.id} className="border-b border-line pb-2">
                <p className="whitespace-pre-line">{comment.comment}</p>
                <p className="text-sm text-muted">
                  {comment.name} · {round.results.objects.find((entry) => entry.objectId === comment.objectId)?.object.name} · {formatDate(comment.date)}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>暂无公开的评议意见。意见经审核后公开。</p>
        )}
      </section>
    </article>
  );
}
