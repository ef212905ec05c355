import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeadlineBadge } from "@/components/admin/DeadlineBadge";
import {
  AcceptForm,
  AssignForm,
  DecideExtensionForm,
  PublishForm,
  RejectForm,
  ReplyForm,
  RequestExtensionForm,
  UnpublishForm,
} from "@/components/admin/mailbox-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requestClientAddress } from "@/lib/http/request";
import { requireStaffPermission } from "@/lib/auth/current";
import { can, roleLabel } from "@/lib/auth/permissions";
import { formatDate, formatDateTime, formatFileSize } from "@/lib/format";
import { publishPreview } from "@/lib/mailbox/publishing";
import { activeDepartments, staffActions, viewLetterForStaff } from "@/lib/mailbox/staff";
import { letterStatusLabel, letterTypeLabel } from "@/lib/mailbox/states";
import { DataTable } from "@/components/admin/DataTable";

export const metadata: Metadata = { title: "信件" };

const NOTICES: Record<string, string> = {
  accept: "信件已受理。",
  reject: "已不予受理，理由已告知来信人。",
  assign: "信件已交办。",
  reply: "答复已提交，已通知来信人。",
  extension_request: "延期申请已提交，等待审批。",
  extension_decided: "延期申请已审批。",
  publish: "信件已公开。",
  unpublish: "已取消公开。",
};

const EVENT_LABELS: Record<string, string> = {
  submit: "提交",
  accept: "受理",
  reject: "不予受理",
  assign: "交办",
  reply: "答复",
  close: "办结",
  rate: "评价",
  extension_request: "申请延期",
  extension_grant: "同意延期",
  extension_refuse: "不同意延期",
  publish: "公开",
  unpublish: "取消公开",
};

const RATING_LABELS: Record<string, string> = { satisfied: "满意", basic: "基本满意", unsatisfied: "不满意" };
const EXTENSION_LABELS: Record<string, string> = { pending: "待审批", granted: "已同意", refused: "未同意" };

// One letter for staff: content, contact, attachments, history and the forms of what the
// viewer may do now. Opening it is audited (letter.view); another department's letter is 404.
export default async function AdminLetterPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const actor = await requireStaffPermission("handle:letter:department", `/admin/mailbox/${/^\d+$/.test(id) ? id : ""}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const letter = await viewLetterForStaff(actor, Number(id), await requestClientAddress());
  if (!letter) notFound();
  const done = (await searchParams).done;
  const notice = typeof done === "string" ? NOTICES[done] : undefined;
  const actions = staffActions(actor, letter);
  const departments = actions.assign ? await activeDepartments() : [];
  const preview = actions.publish ? await publishPreview(actor, letter.id) : null;
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/mailbox">返回信件列表</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{letter.title}</h1>
      {notice ? <StatusNotice>{notice}</StatusNotice> : null}
      <dl className="mb-6 grid grid-cols-[8rem_1fr] gap-2" data-testid="letter-facts">
        <dt className="font-semibold">信件编号</dt>
        <dd>{letter.number}</dd>
        <dt className="font-semibold">类型</dt>
        <dd>{letterTypeLabel(letter.type)}</dd>
        <dt className="font-semibold">状态</dt>
        <dd data-testid="letter-status">
          {letterStatusLabel(letter.status)}
          <DeadlineBadge deadline={letter.deadline} />
        </dd>
        <dt className="font-semibold">来信时间</dt>
        <dd>{formatDateTime(letter.createdAt)}</dd>
        <dt className="font-semibold">办理部门</dt>
        <dd>{letter.department?.name ?? "未交办"}</dd>
        <dt className="font-semibold">答复期限</dt>
        <dd>{letter.dueAt ? formatDate(letter.dueAt) : "受理后计算（15 个工作日）"}</dd>
        {letter.extensionStatus ? (
          <>
            <dt className="font-semibold">延期申请</dt>
            <dd>
              {EXTENSION_LABELS[letter.extensionStatus] ?? letter.extensionStatus}
              {letter.extensionDays ? `（${letter.extensionDays} 个工作日）` : ""}：{letter.extensionReason}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">同意公开</dt>
        <dd>{letter.agreePublic ? "是" : "否"}{letter.publishedAt ? `（已于 ${formatDateTime(letter.publishedAt)} 公开）` : ""}</dd>
      </dl>

      <section aria-labelledby="content-heading" className="mb-6">
        <h2 id="content-heading" className="mb-2 text-xl font-bold">来信内容</h2>
        <p className="whitespace-pre-wrap">{letter.content}</p>
      </section>

      <section aria-labelledby="contact-heading" className="mb-6">
        <h2 id="contact-heading" className="mb-2 text-xl font-bold">来信人联系方式</h2>
        <dl className="grid grid-cols-[8rem_1fr] gap-2">
          <dt className="font-semibold">姓名</dt>
          <dd>{letter.contactName}</dd>
          <dt className="font-semibold">电话</dt>
          <dd>{letter.contactPhone}</dd>
          <dt className="font-semibold">电子邮箱</dt>
          <dd>{letter.contactEmail}</dd>
        </dl>
      </section>

      {letter.attachments.length > 0 ? (
        <section aria-labelledby="attachments-heading" className="mb-6">
          <h2 id="attachments-heading" className="mb-2 text-xl font-bold">附件</h2>
          <ul className="list-disc pl-6">
            {letter.attachments.map((attachment) => (
              <li key={attachment.id}>
                <a href={`/admin/mailbox/${letter.id}/attachments/${attachment.id}`}>{attachment.fileName}</a>（{formatFileSize(attachment.size)}）
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {letter.reply ? (
        <section aria-labelledby="reply-heading" className="mb-6">
          <h2 id="reply-heading" className="mb-2 text-xl font-bold">答复</h2>
          <p className="whitespace-pre-wrap" data-testid="letter-reply">{letter.reply}</p>
          <p className="text-muted">
            答复时间：{letter.repliedAt ? formatDateTime(letter.repliedAt) : ""}
            {letter.replyWorkingDays !== null ? `，用时 ${letter.replyWorkingDays} 个工作日` : ""}
            {letter.rating ? `；来信人评价：${RATING_LABELS[letter.rating] ?? letter.rating}${letter.ratingComment ? `（${letter.ratingComment}）` : ""}` : ""}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="history-heading" className="mb-6">
        <h2 id="history-heading" className="mb-2 text-xl font-bold">办理记录</h2>
        <DataTable caption="办理记录" columns={["时间", "操作", "状态", "操作人", "说明", "来信人可见"]}>
          {letter.events.map((event) => (
            <tr key={event.id} className="border-b border-line" data-event={event.action}>
              <td className="p-2 whitespace-nowrap">{formatDateTime(event.createdAt)}</td>
              <td className="p-2">{EVENT_LABELS[event.action] ?? event.action}</td>
              <td className="p-2">{event.toStatus ? letterStatusLabel(event.toStatus) : ""}</td>
              <td className="p-2">{event.actorId === null ? "系统或来信人" : `${event.actorEmail ?? `#${event.actorId}`}（${roleLabel(event.actorRole ?? "")}）`}</td>
              <td className="p-2 whitespace-pre-wrap">{event.note ?? ""}</td>
              <td className="p-2">{event.visibleToWriter ? "是" : "否"}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading" className="mb-3 text-xl font-bold">办理</h2>
        {actions.accept ? <AcceptForm letterId={letter.id} /> : null}
        {actions.reject ? <RejectForm letterId={letter.id} /> : null}
        {actions.assign ? <AssignForm letterId={letter.id} departments={departments} current={letter.departmentId} /> : null}
        {actions.reply ? <ReplyForm letterId={letter.id} /> : null}
        {actions.requestExtension ? <RequestExtensionForm letterId={letter.id} /> : null}
        {actions.decideExtension ? <DecideExtensionForm letterId={letter.id} reason={letter.extensionReason ?? ""} /> : null}
        {preview?.ok ? <PublishForm letterId={letter.id} version={preview.version} published={!!preview.publishedAt} /> : null}
        {preview?.ok && preview.publishedAt ? <UnpublishForm letterId={letter.id} /> : null}
        {!Object.values(actions).some(Boolean) ? <p>当前没有您可以办理的事项。</p> : null}
        {can(actor, "publish:letter:any") && !actions.publish && (letter.status === "replied" || letter.status === "closed") ? (
          <p>{letter.type === "report" ? "举报类信件不予公开。" : letter.agreePublic ? "" : "来信人未同意公开，此信件不能公开。"}</p>
        ) : null}
      </section>
    </>
  );
}
