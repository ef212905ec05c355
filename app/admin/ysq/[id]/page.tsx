import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/admin/DataTable";
import { DeadlineBadge } from "@/components/admin/DeadlineBadge";
import { CorrectionForm, ExtensionDecisionForm, ExtensionRequestForm, RegisterForm, ReplyForm } from "@/components/admin/ysq-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { roleLabel } from "@/lib/auth/permissions";
import { formatDate, formatDateTime, formatFileSize } from "@/lib/format";
import { requestClientAddress } from "@/lib/http/request";
import {
  APPLICANT_TYPE_LABELS,
  CHANNEL_LABELS,
  DELIVERY_LABELS,
  EVENT_LABELS,
  ID_TYPE_LABELS,
  outcomeLabel,
  REPLY_WORKING_DAYS,
  statusLabel,
} from "@/lib/ysq/fields";
import { staffActions, viewRequestForStaff } from "@/lib/ysq/staff";

export const metadata: Metadata = { title: "政府信息公开申请" };

const NOTICES: Record<string, string> = {
  register: "申请已登记。",
  correction: "补正告知已发出，答复期限暂停计算。",
  extension_request: "延期申请已提交，等待管理员审批。",
  extension_decided: "延期申请已审批。",
  reply: "答复已提交，已通知申请人。",
};
const EXTENSION_LABELS: Record<string, string> = { pending: "待审批", granted: "已同意", refused: "未同意" };
const label = (labels: Record<string, string>, value: string | null) => (value ? (labels[value] ?? value) : "");

// One request for staff; opening it is audited (inforequest.view). The ID number stays masked.
export default async function AdminYsqRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const actor = await requireStaffPermission("handle:inforequest:any", `/admin/ysq/${/^\d+$/.test(id) ? id : ""}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const request = await viewRequestForStaff(actor, Number(id), await requestClientAddress());
  if (!request) notFound();
  const done = (await searchParams).done;
  const notice = typeof done === "string" ? NOTICES[done] : undefined;
  const actions = staffActions(actor, request);
  const citizen = request.applicantType === "citizen";
  const applicant: [string, string][] = [
    ["申请人类型", label(APPLICANT_TYPE_LABELS, request.applicantType)],
    [citizen ? "姓名" : "名称", request.name],
    ...(citizen
      ? ([
          ["证件类型", label(ID_TYPE_LABELS, request.idType)],
          ["证件号码", request.maskedId],
        ] as [string, string][])
      : ([
          ["统一社会信用代码", request.creditCode ?? ""],
          ["法定代表人", request.legalRepresentative ?? ""],
          ["联系人", request.contactPerson ?? ""],
        ] as [string, string][])),
    ["联系电话", request.phone],
    ["电子邮箱", request.email],
    ["通信地址", request.address],
    ...(request.postalCode ? ([["邮政编码", request.postalCode]] as [string, string][]) : []),
    ["账户", request.userId ? "已登录居民提交" : "未登录提交"],
  ];
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/ysq">返回申请列表</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">政府信息公开申请 {request.number}</h1>
      {notice ? <StatusNotice>{notice}</StatusNotice> : null}
      <dl className="mb-6 grid grid-cols-[8rem_1fr] gap-2" data-testid="ysq-facts">
        <dt className="font-semibold">状态</dt>
        <dd data-testid="ysq-status">
          {statusLabel(request.status)}
          <DeadlineBadge deadline={request.deadline} />
        </dd>
        <dt className="font-semibold">申请渠道</dt>
        <dd>{label(CHANNEL_LABELS, request.channel)}</dd>
        <dt className="font-semibold">提交时间</dt>
        <dd>{formatDateTime(request.createdAt)}</dd>
        <dt className="font-semibold">登记时间</dt>
        <dd>{request.receivedAt ? formatDateTime(request.receivedAt) : "未登记"}</dd>
        <dt className="font-semibold">答复期限</dt>
        <dd>
          {request.dueAt
            ? formatDate(request.dueAt)
            : request.status === "correction"
              ? `补正期间暂停（剩余 ${request.correctionRemainingDays ?? 0} 个工作日）`
              : request.status === "submitted"
                ? `登记后计算（${REPLY_WORKING_DAYS} 个工作日）`
                : ""}
        </dd>
        {request.extensionStatus ? (
          <>
            <dt className="font-semibold">延期</dt>
            <dd>
              {label(EXTENSION_LABELS, request.extensionStatus)}：{request.extensionReason}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">获取方式</dt>
        <dd>{label(DELIVERY_LABELS, request.delivery)}</dd>
      </dl>

      <section aria-labelledby="applicant-heading" className="mb-6">
        <h2 id="applicant-heading" className="mb-2 text-xl font-bold">申请人</h2>
        <dl className="grid grid-cols-[8rem_1fr] gap-2">
          {applicant.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-semibold">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="content-heading" className="mb-6">
        <h2 id="content-heading" className="mb-2 text-xl font-bold">所需信息</h2>
        <p className="whitespace-pre-wrap" data-testid="ysq-description">{request.description}</p>
        {request.purpose ? <p className="mt-2">用途：{request.purpose}</p> : null}
        {request.correctionRequest ? (
          <div className="mt-3 border-l-4 border-amber-700 pl-3">
            <p>补正告知（{request.correctionAskedAt ? formatDateTime(request.correctionAskedAt) : ""}）：{request.correctionRequest}</p>
            <p data-testid="ysq-correction-answer">
              {request.correctionAnswer ? `申请人补正（${request.correctionAnsweredAt ? formatDateTime(request.correctionAnsweredAt) : ""}）：${request.correctionAnswer}` : "等待申请人补正"}
            </p>
          </div>
        ) : null}
      </section>

      {request.reply ? (
        <section aria-labelledby="reply-heading" className="mb-6">
          <h2 id="reply-heading" className="mb-2 text-xl font-bold">答复</h2>
          <p>答复结果：{outcomeLabel(request.outcome)}{request.repliedLate ? "（逾期答复）" : ""}</p>
          <p>依据：{request.legalBasis}</p>
          <p className="mt-2 whitespace-pre-wrap" data-testid="ysq-reply">{request.reply}</p>
          {request.attachments.length > 0 ? (
            <ul className="mt-2 list-disc pl-6" data-testid="ysq-reply-files">
              {request.attachments.map((file) => (
                <li key={file.id}>
                  <a href={`/admin/ysq/${request.id}/attachments/${file.id}`} download>
                    {file.fileName}（{formatFileSize(file.size)}）
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="text-muted">答复时间：{request.repliedAt ? formatDateTime(request.repliedAt) : ""}</p>
        </section>
      ) : null}

      <section aria-labelledby="history-heading" className="mb-6">
        <h2 id="history-heading" className="mb-2 text-xl font-bold">办理记录</h2>
        <DataTable caption="办理记录" columns={["时间", "操作", "状态", "操作人", "说明", "申请人可见"]}>
          {request.events.map((event) => (
            <tr key={event.id} className="border-b border-line" data-event={event.action}>
              <td className="p-2 whitespace-nowrap">{formatDateTime(event.createdAt)}</td>
              <td className="p-2">{EVENT_LABELS[event.action] ?? event.action}</td>
              <td className="p-2">{event.toStatus ? statusLabel(event.toStatus) : ""}</td>
              <td className="p-2">{event.actorId === null || !event.actorRole || event.actorRole === "resident" ? "申请人" : `#${event.actorId}（${roleLabel(event.actorRole)}）`}</td>
              <td className="p-2 whitespace-pre-wrap">{event.note ?? ""}</td>
              <td className="p-2">{event.visibleToApplicant ? "是" : "否"}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading" className="mb-3 text-xl font-bold">办理</h2>
        {actions.register ? <RegisterForm requestId={request.id} /> : null}
        {actions.correction ? <CorrectionForm requestId={request.id} /> : null}
        {actions.reply ? <ReplyForm requestId={request.id} /> : null}
        {actions.requestExtension ? <ExtensionRequestForm requestId={request.id} /> : null}
        {actions.decideExtension ? <ExtensionDecisionForm requestId={request.id} reason={request.extensionReason ?? ""} /> : null}
        {!Object.values(actions).some(Boolean) ? <p>当前没有您可以办理的事项。</p> : null}
      </section>
    </>
  );
}
