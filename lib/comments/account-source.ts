import { registerSubmissionSource, type Tx } from "@/lib/accounts/submissions";
import { revalidateSubject } from "./subjects";

// Comments' part in a resident's export and account deletion (lib/accounts/submissions.ts).
// Export: every comment with its status and a rejection's reason, and the comments reported.
// Deletion: comments are deleted, published ones too (the privacy policy says so); the pages
// that showed them are refreshed after the deletion commits.

registerSubmissionSource({
  name: "comments",
  export: async (tx, userId) => {
    const [comments, reports] = await Promise.all([
      tx.comment.findMany({
        where: { authorId: userId },
        select: { subjectKind: true, subjectId: true, body: true, status: true, rejectionReason: true, createdAt: true, moderatedAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
      tx.commentReport.findMany({ where: { reporterId: userId }, select: { commentId: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    ]);
    return [...comments.map((comment) => ({ type: "comment", ...comment })), ...reports.map((report) => ({ type: "report", ...report }))];
  },
  erase: (tx, userId) => eraseComments(tx, userId),
});

export async function eraseComments(tx: Tx, userId: number): Promise<void | (() => Promise<void>)> {
  const published = await tx.comment.findMany({ where: { authorId: userId, status: "approved" }, distinct: ["subjectKind", "subjectId"], select: { subjectKind: true, subjectId: true } });
  await tx.commentReport.deleteMany({ where: { reporterId: userId } });
  await tx.comment.deleteMany({ where: { authorId: userId } });
  if (published.length === 0) return;
  return async () => {
    for (const subject of published) await revalidateSubject(subject.subjectKind, subject.subjectId);
  };
}
