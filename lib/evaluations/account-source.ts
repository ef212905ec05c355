import { registerSubmissionSource, type Tx } from "@/lib/accounts/submissions";
import { objectSelect, objectView } from "./rounds";

// 网上评议's part in a resident's export and account deletion (lib/accounts/submissions.ts).
// Export: every vote with its ratings and comment. Deletion: the votes stay in the round's
// totals, anonymous - the link to the account and the comment (the person's own words) are
// removed (the privacy policy says so).

export async function exportEvaluationVotes(tx: Tx, userId: number) {
  const votes = await tx.evaluationVote.findMany({
    where: { userId },
    select: {
      round: { select: { id: true, title: true } },
      object: { select: objectSelect },
      ratings: { select: { criterion: true, rating: true }, orderBy: { id: "asc" } },
      comment: true,
      commentStatus: true,
      createdAt: true,
      updatedAt: true,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return votes.map(({ object, ...vote }) => ({ ...vote, object: objectView(object).name }));
}

export async function anonymiseEvaluationVotes(tx: Tx, userId: number): Promise<void> {
  await tx.evaluationVote.updateMany({ where: { userId }, data: { userId: null, comment: null, commentStatus: null, commentModeratedAt: null } });
}

registerSubmissionSource({ name: "evaluations", export: exportEvaluationVotes, erase: anonymiseEvaluationVotes });
