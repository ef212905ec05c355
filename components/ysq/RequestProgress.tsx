import { formatDate, formatDateTime, formatFileSize } from "@/lib/format";
import { DELIVERY_LABELS, EVENT_LABELS, outcomeLabel, statusLabel, type DeliveryMethod } from "@/lib/ysq/fields";
import type { ApplicantRequest } from "@/lib/ysq/track";

// A request as its applicant sees it (/gk/ysq/track): status, deadline, the steps meant for
// the applicant, a 补正 request and the answer with its files. Never staff-only notes or the ID
// number. The files are offered to the signed-in owner as links, to a visitor with the pair as
// small forms that post the pair again (the 查询码 never goes into a URL).

export type ReplyFileAccess = { kind: "owner" } | { kind: "code"; number: string; code: string };

const when = (date: Date | null | undefined) => (date ? formatDateTime(new Date(date)) : null);

export function RequestProgress({ request, access }: { request: ApplicantRequest; access: ReplyFileAccess }) {
  const rows: [string, React.ReactNode][] = [
    ["申请编号", request.number],
    ["申请人", request.name],
    ["办理状态", <strong key="status" data-testid="ysq-status">{statusLabel(request.status)}</strong>],
    ["提交时间", when(request.createdAt)],
    ["获取方式", DELIVERY_LABELS[request.delivery as DeliveryMethod] ?? request.delivery],
  ];
  if (request.receivedAt) rows.push(["登记时间", when(request.receivedAt)]);
  if (request.dueAt && !request.repliedAt) rows.push(["答复期限", formatDate(new Date(request.dueAt))]);
  if (request.status === "correction") rows.push(["答复期限", "补正期间暂停计算，收到补正后恢复"]);
  if (request.repliedAt) rows.push(["答复时间", when(request.repliedAt)]);
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[7rem_1fr] elder:sm:grid-cols-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <p className="font-semibold">所需信息内容描述</p>
        <p className="whitespace-pre-line">{request.description}</p>
      </div>
      <div>
        <p className="font-semibold">办理情况</p>
        <ol className="list-decimal space-y-1 pl-6" data-testid="ysq-steps">
          {request.events.map((event, index) => (
            <li key={index}>
              <time dateTime={new Date(event.createdAt).toISOString()}>{when(event.createdAt)}</time>
              {`　${EVENT_LABELS[event.action] ?? event.action}${event.note ? `：${event.note}` : ""}`}
            </li>
          ))}
        </ol>
      </div>
      {request.correctionRequest ? (
        <div className="border-l-4 border-amber-700 bg-amber-50 p-3" data-testid="ysq-correction">
          <p className="font-semibold">补正告知</p>
          <p className="whitespace-pre-line">{request.correctionRequest}</p>
          {request.correctionAnswer ? (
            <p className="mt-2">
              您的补正（{when(request.correctionAnsweredAt)}）：<span className="whitespace-pre-line">{request.correctionAnswer}</span>
            </p>
          ) : null}
        </div>
      ) : null}
      {request.reply ? (
        <div className="border-l-4 border-gov-red bg-paper p-3" data-testid="ysq-reply">
          <p className="font-semibold">答复结果：{outcomeLabel(request.outcome)}</p>
          {request.legalBasis ? <p>依据：{request.legalBasis}</p> : null}
          <p className="mt-2 whitespace-pre-line">{request.reply}</p>
          {request.attachments.length > 0 ? <ReplyFiles files={request.attachments} access={access} /> : null}
        </div>
      ) : null}
    </div>
  );
}

function ReplyFiles({ files, access }: { files: ApplicantRequest["attachments"]; access: ReplyFileAccess }) {
  return (
    <div className="mt-3">
      <p className="font-semibold">答复附件</p>
      <ul className="space-y-2" data-testid="ysq-reply-files">
        {files.map((file) => {
          const label = `${file.fileName}（${formatFileSize(file.size)}）`;
          const href = `/files/ysq/${file.id}`;
          return (
            <li key={file.id}>
              {access.kind === "owner" ? (
                <a href={href} download>
                  下载 {label}
                </a>
              ) : (
                <form method="post" action={href}>
                  <input type="hidden" name="number" value={access.number} />
                  <input type="hidden" name="code" value={access.code} />
                  <button type="submit" className="underline">
                    下载 {label}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
