import { revalidatePublic } from "@/lib/site/revalidate";
import { EVALUATIONS_HREF, evaluationHref } from "./rounds";

// The public pages a round appears on: the list of rounds and its own page (results, comments).
export function revalidateEvaluation(roundId: number): void {
  revalidatePublic([EVALUATIONS_HREF, evaluationHref(roundId)]);
}

/** After a vote: only the round's page shows counts. */
export function revalidateEvaluationResults(roundId: number): void {
  revalidatePublic([evaluationHref(roundId)]);
}
