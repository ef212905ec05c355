import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { LetterForm } from "@/components/mailbox/forms";
import { requirePermission } from "@/lib/auth/current";
import { env } from "@/lib/env";
import { contactDefaults } from "@/lib/mailbox/submit";
import { REPLY_WORKING_DAYS } from "@/lib/mailbox/states";

export const metadata: Metadata = { title: "给州长写信" };

export default async function WriteLetterPage() {
  const actor = await requirePermission("write:letter:own", "/mailbox/write");
  const contact = await contactDefaults(actor);
  // One-time token of this form: a double click or a re-sent form finds the same letter.
  const submissionKey = randomBytes(18).toString("base64url");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">给州长写信</h1>
      <p className="mb-2">
        来信受理后，承办单位在 {REPLY_WORKING_DAYS} 个工作日内答复。提交后您会得到信件编号和查询码，可在“
        <Link href="/mailbox/track" className="underline">信件查询</Link>”或个人中心查看办理情况。
      </p>
      <p className="mb-6 text-muted">每位居民每天最多提交 {env().MAILBOX_DAILY_LIMIT} 封信件。涉及紧急情况请拨打 110、119、120 或 12345 热线。</p>
      <LetterForm submissionKey={submissionKey} contact={contact} />
    </>
  );
}
