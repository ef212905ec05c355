import { registerSubmissionSource, type Tx } from "@/lib/accounts/submissions";

// 民意征集's part in a resident's export and account deletion (lib/accounts/submissions.ts).
// Export: every opinion the resident wrote, with the consultation's title and staff's
// decision. Deletion: opinions the writer did not agree to publish are deleted; those agreed
// to be public stay, anonymised (no link to the account, the name shown becomes 匿名), so a
// published 意见采纳情况反馈 stays whole. Its counts by decision were fixed at publication.

export async function exportOpinions(tx: Tx, userId: number) {
  return tx.consultationOpinion.findMany({
    where: { authorId: userId },
    select: {
      consultation: { select: { id: true, title: true } },
      clause: true,
      body: true,
      publicConsent: true,
      maskedName: true,
      decision: true,
      decisionReason: true,
      createdAt: true,
    },
    orderBy: { createdAt: "asc" },
  });
}

export async function eraseOpinions(tx: Tx, userId: number): Promise<void> {
  await tx.consultationOpinion.deleteMany({ where: { authorId: userId, publicConsent: false } });
  await tx.consultationOpinion.updateMany({ where: { authorId: userId }, data: { authorId: null, maskedName: "匿名" } });
}

registerSubmissionSource({ name: "consultationOpinions", export: exportOpinions, erase: eraseOpinions });
