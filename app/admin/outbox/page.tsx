import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPermission } from "@/lib/auth/current";
import { formatDateTime } from "@/lib/format";
import { OUTBOX_PAGE_SIZE, listOutbox } from "@/lib/mail/outbox";
import { mailSendingEnabled } from "@/lib/mail/sender";

export const metadata: Metadata = { title: "发件箱" };

// The e-mails the portal sent or is to send (e.g. 信件已答复). Without SMTP_URL they are not
// sent and staff read them here.
export default async function AdminOutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPermission("read:outbox:any", "/admin/outbox");
  const params = await searchParams;
  const page = typeof params.page === "string" && /^\d{1,6}$/.test(params.page) ? Math.max(1, Number(params.page)) : 1;
  const { mails, total } = await listOutbox(page);
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">发件箱</h1>
      <p className="mb-4">
        {mailSendingEnabled() ? "邮件经 SMTP 服务器发出；发送失败的邮件会自动重试。" : "未配置邮件服务器（SMTP_URL），邮件不会发出，仅保存在此处。"}
      </p>
      <p role="status" className="mb-2">
        共 {total} 封，第 {page} / {pages} 页
      </p>
      <ul className="space-y-4">
        {mails.map((mail) => (
          <li key={mail.id} className="rounded border-2 border-line p-4" data-mail={mail.kind}>
            <h2 className="text-lg font-bold">{mail.subject}</h2>
            <p>收件人：{mail.to}</p>
            <p>
              创建：{formatDateTime(mail.createdAt)}；状态：{mail.sentAt ? `已发送（${formatDateTime(mail.sentAt)}）` : "未发送"}
              {mail.error ? `；上次发送失败：${mail.error}` : ""}
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer font-semibold">邮件正文</summary>
              <p className="mt-2 whitespace-pre-wrap">{mail.body}</p>
            </details>
          </li>
        ))}
      </ul>
      <nav aria-label="分页" className="mt-4 flex gap-4">
        {page > 1 ? <Link href={`/admin/outbox?page=${page - 1}`}>上一页</Link> : null}
        {page < pages ? <Link href={`/admin/outbox?page=${page + 1}`}>下一页</Link> : null}
      </nav>
    </>
  );
}
