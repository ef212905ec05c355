import type { Prisma } from "@/lib/db/client";
import { queueMail } from "@/lib/mail/outbox";
import { siteUrl } from "@/lib/site/origin";

// The resident's notice that their question was answered, queued in the answer's transaction
// (a rolled-back answer sends nothing). The notice system may later take the text from its
// templates; the call site stays this one function.

type NoticeTx = Pick<Prisma.TransactionClient, "question" | "outboxMail">;

export async function noticeQuestionAnswered(tx: NoticeTx, questionId: number): Promise<number | null> {
  const question = await tx.question.findUnique({
    where: { id: questionId },
    select: { id: true, title: true, state: true, publicConsent: true, department: { select: { name: true } }, asker: { select: { email: true } } },
  });
  if (!question || question.state !== "answered" || !question.asker) return null;
  // A public question links to its page; a private one to the asker's 个人中心.
  const link = siteUrl(question.publicConsent ? `/interaction/questions/${question.id}` : "/account#questions").toString();
  return queueMail(tx, {
    to: question.asker.email,
    kind: "question.answered",
    subject: `您的提问“${question.title}”已回复`,
    body: [
      "您好：",
      "",
      `您在在线问答向${question.department.name}提出的问题“${question.title}”已收到回复。`,
      "",
      `查看回复：${link}`,
      "",
      "您也可以登录本网站在“个人中心”查看。本邮件由系统自动发送，请勿直接回复。",
    ].join("\n"),
  });
}
