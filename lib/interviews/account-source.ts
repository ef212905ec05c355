import { registerSubmissionSource, type Tx } from "@/lib/accounts/submissions";
import { revalidateInterview } from "./revalidate";

// 嘉宾访谈's part in a resident's export and account deletion (lib/accounts/submissions.ts).
// Export: every question with its state and a rejection's reason. Deletion: questions not
// approved are deleted; approved ones stay, anonymised (no link to the account, shown as 匿名),
// because the transcript may have read them out; the pages that showed them are refreshed
// after the deletion commits.

export async function exportInterviewQuestions(tx: Tx, userId: number) {
  return tx.interviewQuestion.findMany({
    where: { authorId: userId },
    select: { interview: { select: { id: true, title: true } }, body: true, status: true, rejectionReason: true, putToGuest: true, createdAt: true, moderatedAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export async function eraseInterviewQuestions(tx: Tx, userId: number): Promise<void | (() => Promise<void>)> {
  await tx.interviewQuestion.deleteMany({ where: { authorId: userId, status: { not: "approved" } } });
  const shown = await tx.interviewQuestion.findMany({ where: { authorId: userId }, distinct: ["interviewId"], select: { interviewId: true } });
  await tx.interviewQuestion.updateMany({ where: { authorId: userId }, data: { authorId: null, maskedName: "匿名" } });
  if (shown.length === 0) return;
  return async () => {
    for (const { interviewId } of shown) revalidateInterview(interviewId);
  };
}

registerSubmissionSource({ name: "interviewQuestions", export: exportInterviewQuestions, erase: eraseInterviewQuestions });
