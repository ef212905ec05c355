import { registerSubmissionSource, type Tx } from "@/lib/accounts/submissions";
import { removeSearchDocuments } from "@/lib/search/sources";
import { revalidateQuestion } from "./revalidate";

// 在线问答's part in a resident's export and account deletion (lib/accounts/submissions.ts).
// Export: every question with its state, answer and a rejection's reason. Deletion: questions
// that are not on the public board (pending, rejected, private) are deleted; public published
// and answered ones stay, anonymised (no link to the account, the name shown becomes 匿名), as
// the privacy policy says, so an answer other residents read stays whole.

export async function exportQuestions(tx: Tx, userId: number) {
  return tx.question.findMany({
    where: { askerId: userId },
    select: {
      id: true,
      department: { select: { name: true } },
      theme: { select: { name: true } },
      title: true,
      content: true,
      publicConsent: true,
      state: true,
      rejectionReason: true,
      answer: true,
      answeredAt: true,
      maskedName: true,
      createdAt: true,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export async function eraseQuestions(tx: Tx, userId: number): Promise<void | (() => Promise<void>)> {
  const removed = await tx.question.findMany({ where: { askerId: userId, NOT: { publicConsent: true, state: { in: ["open", "answered"] } } }, select: { id: true } });
  await tx.question.deleteMany({ where: { id: { in: removed.map((row) => row.id) } } });
  const kept = await tx.question.findMany({ where: { askerId: userId }, select: { id: true } });
  await tx.question.updateMany({ where: { askerId: userId }, data: { askerId: null, maskedName: "匿名" } });
  // A withdrawn question could have been answered while public: its search document goes too.
  await removeSearchDocuments(tx, removed.map(({ id }) => `question:${id}`));
  if (kept.length === 0) return;
  return async () => {
    for (const { id } of kept) revalidateQuestion(id);
  };
}

registerSubmissionSource({ name: "questions", export: exportQuestions, erase: eraseQuestions });
