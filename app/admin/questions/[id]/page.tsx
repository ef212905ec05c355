import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/admin/ActionButton";
import { DeadlineBadge } from "@/components/admin/DeadlineBadge";
import { AnswerForm, ReassignForm } from "@/components/admin/question-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { promoteQuestionAction } from "@/app/admin/faq/actions";
import { requireStaffPermission } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { activeDepartments } from "@/lib/departments/departments";
import { formatDateTime } from "@/lib/format";
import { questionStateLabel } from "@/lib/questions/fields";
import { getQuestionForStaff } from "@/lib/questions/staff";

export const metadata: Metadata = { title: "问题详情 - 在线问答" };

const NOTICES: Record<string, string> = { answered: "已回复，提问人将收到邮件通知。", reassigned: "已改派到新的部门。" };

// One question in the actor's scope (another department's, or an unknown id: 404). The asker
// appears by masked name only: answering needs no personal data.
export default async function AdminQuestionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const actor = await requireStaffPermission("answer:question:department", "/admin/questions");
  if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2_147_483_647) notFound();
  const question = await getQuestionForStaff(actor, Number(id));
  if (!question) notFound();
  const done = (await searchParams).done;
  const notice = typeof done === "string" ? NOTICES[done] : undefined;
  const departments = can(actor, "assign:question:any") && (question.state === "pending" || question.state === "open") ? await activeDepartments() : [];
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/questions">返回问题列表</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold break-words">{question.title}</h1>
      {notice ? <StatusNotice>{notice}</StatusNotice> : null}
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">状态</dt>
        <dd>
          {questionStateLabel(question.state)}
          <DeadlineBadge deadline={question.deadline} />
        </dd>
        <dt className="font-semibold">部门</dt>
        <dd>{question.department.name}</dd>
        <dt className="font-semibold">主题</dt>
        <dd>{question.theme.name}</dd>
        <dt className="font-semibold">提问人</dt>
        <dd>{question.maskedName}</dd>
        <dt className="font-semibold">提问时间</dt>
        <dd>{formatDateTime(question.createdAt)}</dd>
        <dt className="font-semibold">公开</dt>
        <dd>{question.publicConsent ? "同意公开" : "不公开（回复只有提问人可见）"}</dd>
        {question.dueAt ? (
          <>
            <dt className="font-semibold">回复期限</dt>
            <dd>{formatDateTime(question.dueAt)}</dd>
          </>
        ) : null}
      </dl>
      <h2 className="mb-2 text-xl font-bold">问题内容</h2>
      <p className="mb-6 whitespace-pre-wrap break-words">{question.content}</p>
      {question.state === "answered" ? (
        <section aria-labelledby="answer-heading" className="mb-6">
          <h2 id="answer-heading" className="mb-2 text-xl font-bold">
            回复
          </h2>
          <p className="mb-2 text-sm text-muted">{question.answeredAt ? formatDateTime(question.answeredAt) : ""}</p>
          <p className="whitespace-pre-wrap break-words">{question.answer}</p>
          {question.publicConsent ? (
            <p className="mt-2">
              <Link href={`/interaction/questions/${question.id}`}>查看公开页面</Link>
            </p>
          ) : null}
          {can(actor, "manage:faq:any") && question.publicConsent ? (
            question.faqEntries.length > 0 ? (
              <p className="mt-2">已选入常见问题。</p>
            ) : (
              <div className="mt-3">
                <ActionButton action={promoteQuestionAction} fields={{ questionId: question.id }}>
                  选入常见问题
                </ActionButton>
              </div>
            )
          ) : null}
        </section>
      ) : null}
      {question.state === "rejected" && question.rejectionReason ? <p className="mb-6">未通过审核或已撤下：{question.rejectionReason}</p> : null}
      {question.state === "open" ? (
        <section aria-labelledby="reply-heading" className="mb-6">
          <h2 id="reply-heading" className="mb-2 text-xl font-bold">
            回复
          </h2>
          <AnswerForm questionId={question.id} />
        </section>
      ) : null}
      {departments.length > 0 ? (
        <section aria-labelledby="reassign-heading" className="mb-6">
          <h2 id="reassign-heading" className="mb-2 text-xl font-bold">
            改派
          </h2>
          <ReassignForm questionId={question.id} departments={departments} current={question.department.id} />
        </section>
      ) : null}
    </>
  );
}
