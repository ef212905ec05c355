import { SiteLink } from "@/components/site/SiteLink";
import { RATINGS } from "@/lib/evaluations/fields";
import { formatRate } from "@/lib/evaluations/results";
import type { RoundResults } from "@/lib/evaluations/rounds";

// A round's results (public page and staff console): the ranking by overall 满意率, then per
// object a table of the criteria with the count of each rating and the criterion's 满意率.

export function EvaluationResults({ results, final }: { results: RoundResults; final: boolean }) {
  return (
    <section aria-labelledby="results-title" className="mt-8">
      <h2 id="results-title" className="mb-2 text-xl font-bold">
        {final ? "评议结果（最终）" : "评议结果（评议进行中，每 10 分钟内更新）"}
      </h2>
      <p className="mb-4 text-muted">
        满意率 =（满意 + 基本满意）÷ 评价总数。共 <span data-testid="round-votes">{results.votes}</span> 票。
      </p>
      <div className="overflow-x-auto">
        <table className="mb-6 w-full border-collapse text-left" data-testid="ranking">
          <caption className="mb-2 text-left font-semibold">综合排名</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">排名</th>
              <th scope="col" className="p-2">评议对象</th>
              <th scope="col" className="p-2">票数</th>
              <th scope="col" className="p-2">综合满意率</th>
            </tr>
          </thead>
          <tbody>
            {results.objects.map((entry) => (
              <tr key={entry.objectId} className="border-b border-line" data-object={entry.object.name}>
                <td className="p-2">{entry.rank ?? "—"}</td>
                <th scope="row" className="p-2 font-normal">
                  {entry.object.href ? <SiteLink href={entry.object.href}>{entry.object.name}</SiteLink> : entry.object.name}
                </th>
                <td className="p-2" data-testid="object-votes">{entry.votes}</td>
                <td className="p-2">{formatRate(entry.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {results.objects.map((entry) => (
        <div key={entry.objectId} className="mb-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-1 text-left font-semibold">
              {entry.object.name}：{entry.votes} 票
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">评议指标</th>
                {Object.values(RATINGS).map((label) => (
                  <th key={label} scope="col" className="p-2">{label}</th>
                ))}
                <th scope="col" className="p-2">满意率</th>
              </tr>
            </thead>
            <tbody>
              {entry.criteria.map((row) => (
                <tr key={row.criterion} className="border-b border-line">
                  <th scope="row" className="p-2 font-normal">{row.criterion}</th>
                  <td className="p-2">{row.counts.satisfied}</td>
                  <td className="p-2">{row.counts.basic}</td>
                  <td className="p-2">{row.counts.dissatisfied}</td>
                  <td className="p-2">{formatRate(row.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
