import type { Prisma } from "@/lib/db/client";
import { queueNotice } from "@/lib/notices/queue";
import { siteUrl } from "@/lib/site/origin";

// The resident's notice that their question was answered (template "question.answered",
// optional: the resident may turn it off), queued in the answer's transaction so a rolled-back
// answer sends nothing.

type NoticeTx = Pick<Prisma.TransactionClient, "question" | "outboxMail" | "noticeTemplate" | "noticeOptOut" | "user">;

export async function noticeQuestionAnswered(tx: NoticeTx, questionId: number): Promise<number | null> {
  const question = await tx.question.findUnique({
    where: { id: questionId },
    select: { id: true, title: true, state: true, publicConsent: true, askerId: true },
  });
  if (!question || question.state !== "answered" || question.askerId === null) return null;
  // A public question links to its page; a private one to the asker's 个人中心.
  const link = siteUrl(question.publicConsent ? `/interaction/questions/${question.id}` : "/account#questions").toString();
  const outcome = await queueNotice(tx, { kind: "question.answered", userId: question.askerId, values: { 标题: question.title, 链接: link } });
  return outcome.queued ? outcome.mailId : null;
}
