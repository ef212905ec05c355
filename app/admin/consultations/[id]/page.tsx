import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConsultationForm, FeedbackForm, PublishConsultationForm, RemoveConsultationAttachmentForm, UploadConsultationAttachmentForm } from "@/components/admin/consultation-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { ATTACHMENT_HINT } from "@/lib/content/attachments";
import { consultationDepartments, getConsultationForStaff } from "@/lib/consultations/staff";
import { CONSULTATION_STATUSES } from "@/lib/consultations/status";
import { formatDateTime, formatFileSize } from "@/lib/format";

export const metadata: Metadata = { title: "编辑民意征集" };

const notices: Record<string, string> = {
  publish: "已发布，网站上立即可见。",
  unpublish: "已下线，网站上不再显示。",
  feedback: "意见采纳情况反馈已发布。",
};

export default async function EditConsultationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  await requireStaffPermission("manage:consultation:any", `/admin/consultations/${/^\d+$/.test(id) ? id : ""}`);
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const consultation = await getConsultationForStaff(Number(id));
  if (!consultation) notFound();
  const departments = await consultationDepartments(consultation.departmentId);
  const query = await searchParams;
  const done = typeof query.done === "string" ? notices[query.done] : undefined;
  const publicHref = `/interaction/consultations/${consultation.id}`;
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/consultations">返回民意征集管理</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">编辑民意征集</h1>
      {query.saved === "1" ? <StatusNotice>已保存。</StatusNotice> : null}
      {query.uploaded === "1" ? <StatusNotice>附件已上传。</StatusNotice> : null}
      {query.removed === "1" ? <StatusNotice>附件已删除。</StatusNotice> : null}
      {done ? <StatusNotice>{done}</StatusNotice> : null}

      <section aria-labelledby="state-title" className="mb-6 rounded border border-line bg-white p-4">
        <h2 id="state-title" className="mb-2 text-xl font-bold">
          状态
        </h2>
        <p className="mb-3" data-testid="consultation-status">
          {CONSULTATION_STATUSES[consultation.status]}，{consultation.published ? "已发布" : "未发布"}
          {consultation.published ? (
            <>
              {" "}
              （<Link href={publicHref} className="underline">在网站上查看</Link>）
            </>
          ) : null}
        </p>
        <p className="mb-3">
          已收到 {consultation.opinions} 条意见，其中 {consultation.undecided} 条未标注采纳情况。{" "}
          <Link href={`/admin/consultations/${consultation.id}/opinions`} className="font-semibold underline">
            查看和标注意见
          </Link>
          {" · "}
          <a href={`/admin/consultations/${consultation.id}/opinions/export`} className="underline">
            导出意见（CSV）
          </a>
        </p>
        {consultation.feedbackPublishedAt ? null : <PublishConsultationForm consultationId={consultation.id} publish={!consultation.published} />}
      </section>

      <section aria-labelledby="feedback-title" className="mb-6 rounded border border-line bg-white p-4">
        <h2 id="feedback-title" className="mb-2 text-xl font-bold">
          意见采纳情况反馈
        </h2>
        {consultation.feedbackPublishedAt ? (
          <>
            <p className="mb-2">已于 {formatDateTime(consultation.feedbackPublishedAt)} 发布。</p>
            <p className="whitespace-pre-line">{consultation.feedbackSummary}</p>
          </>
        ) : consultation.status === "closed" && consultation.published ? (
          <FeedbackForm consultationId={consultation.id} />
        ) : (
          <p>征集截止后，标注全部意见的采纳情况，即可在此发布反馈。</p>
        )}
      </section>

      <section aria-labelledby="attachments" className="mb-6 rounded border border-line bg-white p-4">
        <h2 id="attachments" className="mb-2 text-xl font-bold">
          附件
        </h2>
        {consultation.attachments.length > 0 ? (
          <ul className="mb-4 list-disc pl-6">
            {consultation.attachments.map((attachment) => (
              <li key={attachment.id}>
                {attachment.fileName}（{formatFileSize(attachment.size)}） <RemoveConsultationAttachmentForm attachmentId={attachment.id} fileName={attachment.fileName} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4">暂无附件。</p>
        )}
        <UploadConsultationAttachmentForm consultationId={consultation.id} hint={ATTACHMENT_HINT} />
      </section>

      <section aria-labelledby="edit-title">
        <h2 id="edit-title" className="mb-2 text-xl font-bold">
          征集内容
        </h2>
        <ConsultationForm id={consultation.id} stored={consultation.form} departments={departments} />
      </section>
    </>
  );
}
