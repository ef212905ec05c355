import { db, type Prisma } from "@/lib/db/client";

// Outgoing e-mail goes through the OutboxMail table: the code that decides to send a mail
// queues it inside its own transaction (so a rolled-back change sends nothing), and
// lib/mail/sender.ts delivers pending mails after the commit when SMTP_URL is set. Without
// SMTP_URL the mails stay here and staff read them at /admin/outbox.

export interface MailInput {
  to: string;
  subject: string;
  body: string;
  /** e.g. letter.reply */
  kind: string;
}

export async function queueMail(tx: Pick<Prisma.TransactionClient, "outboxMail">, mail: MailInput): Promise<number> {
  const created = await tx.outboxMail.create({
    data: { to: mail.to.trim(), subject: mail.subject.slice(0, 200), body: mail.body, kind: mail.kind },
    select: { id: true },
  });
  return created.id;
}

export const OUTBOX_PAGE_SIZE = 50;

/** One page of mails, newest first (for /admin/outbox). */
export async function listOutbox(page = 1, pageSize = OUTBOX_PAGE_SIZE) {
  const [mails, total] = await Promise.all([
    db.outboxMail.findMany({
      select: { id: true, to: true, subject: true, body: true, kind: true, sentAt: true, error: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * pageSize,
      take: pageSize,
    }),
    db.outboxMail.count(),
  ]);
  return { mails, total };
}
