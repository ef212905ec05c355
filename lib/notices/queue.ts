import type { Prisma } from "@/lib/db/client";
import { queueMail } from "@/lib/mail/outbox";
import { NOTICE_KINDS, type NoticeKind, type NoticeValues } from "./kinds";
import { loadTemplate, renderTemplate } from "./templates";

// The one way to send a notice: renders the kind's template with the values and queues the
// mail through the outbox inside the caller's transaction (a rolled-back change sends
// nothing). An optional kind the recipient turned off is skipped. After the commit the
// caller kicks the sender (lib/mail/sender.ts kickMailSender) as for any queued mail.
//
//   await queueNotice(tx, { kind: "question.answered", userId, values: { 标题: title, 链接: url } });

type Tx = Pick<Prisma.TransactionClient, "outboxMail" | "noticeTemplate" | "noticeOptOut" | "user">;

export type NoticeRecipient =
  /** A user: their preferences apply; `email` (e.g. a letter's contact address) overrides their account's. */
  | { userId: number; email?: string | null | undefined }
  /** An address with no account: only its required kinds make sense, optional ones are sent too. */
  | { userId?: null | undefined; email: string };

export type NoticeInput<K extends NoticeKind> = NoticeRecipient & { kind: K; values: NoticeValues<K> };

export type NoticeOutcome = { queued: true; mailId: number } | { queued: false; reason: "opted_out" | "no_address" };

export async function queueNotice<K extends NoticeKind>(tx: Tx, input: NoticeInput<K>): Promise<NoticeOutcome> {
  const template = await loadTemplate(input.kind, tx);
  const rendered = renderTemplate(template, input.values as Record<string, string>);
  let address = input.email?.trim() ?? "";
  if (input.userId != null) {
    if (!NOTICE_KINDS[input.kind].required && (await tx.noticeOptOut.findUnique({ where: { userId_kind: { userId: input.userId, kind: input.kind } }, select: { kind: true } }))) {
      return { queued: false, reason: "opted_out" };
    }
    if (!address) address = (await tx.user.findUnique({ where: { id: input.userId }, select: { email: true } }))?.email ?? "";
  }
  if (!address) return { queued: false, reason: "no_address" };
  const mailId = await queueMail(tx, { to: address, subject: rendered.subject, body: rendered.body, kind: input.kind });
  return { queued: true, mailId };
}
