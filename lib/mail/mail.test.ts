import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { queueMail, listOutbox } from "./outbox";
import { deliverPendingMail, mailSendingEnabled } from "./sender";

it("queues mail in a transaction: a rolled-back change sends nothing", async () => {
  await db.$transaction((tx) => queueMail(tx, { to: " a@example.com ", subject: "主题", body: "正文", kind: "test" }));
  await expect(
    db.$transaction(async (tx) => {
      await queueMail(tx, { to: "b@example.com", subject: "主题", body: "正文", kind: "test" });
      throw new Error("rollback");
    }),
  ).rejects.toThrow("rollback");
  const { mails, total } = await listOutbox();
  expect(total).toBe(1);
  expect(mails[0]).toMatchObject({ to: "a@example.com", sentAt: null, error: null });
});

it("without SMTP_URL leaves mails in the outbox; a sender marks them sent, records failures and retries them", async () => {
  expect(mailSendingEnabled()).toBe(false);
  expect(await deliverPendingMail()).toBe(0);
  await db.$transaction((tx) => queueMail(tx, { to: "fail@example.com", subject: "主题", body: "正文", kind: "test" }));
  let attempt = 0;
  const sent: string[] = [];
  const flaky = async (mail: { to: string }) => {
    if (mail.to === "fail@example.com" && attempt++ === 0) throw new Error("421 try later");
    sent.push(mail.to);
  };
  expect(await deliverPendingMail(flaky)).toBe(1);
  expect(await db.outboxMail.findFirst({ where: { to: "fail@example.com" }, select: { sentAt: true, error: true } })).toEqual({ sentAt: null, error: "421 try later" });
  expect(await deliverPendingMail(flaky)).toBe(1);
  expect(sent).toEqual(["a@example.com", "fail@example.com"]);
  expect(await db.outboxMail.count({ where: { sentAt: null } })).toBe(0);
  expect(await db.outboxMail.findFirst({ where: { to: "fail@example.com" }, select: { error: true } })).toEqual({ error: null });
});
