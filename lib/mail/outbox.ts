import type { Tx } from "@/lib/accounts/submissions";

// Outgoing e-mail goes through the outbox (OutboxMail): callers queue a mail inside their own
// transaction, so a notice exists exactly when the change it reports was committed. Sending
// is not done here.

export interface QueuedMail {
  to: string;
  subject: string;
  body: string;
  /** What the mail is about, e.g. account.cancelled, letter.reply */
  kind: string;
}

export async function queueMail(tx: Pick<Tx, "outboxMail">, mail: QueuedMail): Promise<{ id: number }> {
  return tx.outboxMail.create({ data: { to: mail.to, subject: mail.subject, body: mail.body, kind: mail.kind }, select: { id: true } });
}
