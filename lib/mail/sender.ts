import nodemailer from "nodemailer";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

// Delivers pending OutboxMail rows over SMTP when SMTP_URL is set (otherwise they stay in the
// outbox for staff to read). Called after the transaction that queued a mail commits, and by
// the server's timer (lib/server-start.ts) so that failures are retried: a failed mail keeps
// sentAt null and records the error.

const BATCH = 20;
let running: Promise<number> | null = null;
let transport: nodemailer.Transporter | undefined;

export function mailSendingEnabled(): boolean {
  return !!env().SMTP_URL;
}

export type MailSender = (mail: { to: string; subject: string; text: string }) => Promise<void>;

/**
 * Sends up to BATCH pending mails, oldest first, with `send` (default: SMTP when SMTP_URL is
 * set, else nothing); returns how many were sent. One run at a time.
 */
export function deliverPendingMail(send: MailSender | null = mailSendingEnabled() ? smtpSend : null): Promise<number> {
  if (!send) return Promise.resolve(0);
  running ??= deliver(send).finally(() => {
    running = null;
  });
  return running;
}

/** Starts a delivery without waiting for it (after a commit); errors are recorded per mail. */
export function kickMailSender(): void {
  if (mailSendingEnabled()) void deliverPendingMail().catch(() => undefined);
}

async function deliver(send: MailSender): Promise<number> {
  const pending = await db.outboxMail.findMany({
    where: { sentAt: null },
    select: { id: true, to: true, subject: true, body: true },
    orderBy: { id: "asc" },
    take: BATCH,
  });
  let sent = 0;
  for (const mail of pending) {
    try {
      await send({ to: mail.to, subject: mail.subject, text: mail.body });
      await db.outboxMail.update({ where: { id: mail.id }, data: { sentAt: new Date(), error: null }, select: { id: true } });
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db.outboxMail.update({ where: { id: mail.id }, data: { error: message.slice(0, 500) }, select: { id: true } });
    }
  }
  return sent;
}

const smtpSend: MailSender = async (mail) => {
  const { SMTP_URL, MAIL_FROM } = env();
  transport ??= nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({ from: MAIL_FROM, ...mail });
};
