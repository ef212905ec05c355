import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPermission } from "@/lib/auth/current";
import { can, PERMISSION_LABELS, permissionsOf, roleLabel } from "@/lib/auth/permissions";
import { CLOSING_SOON_DAYS, consultationsClosingSoon } from "@/lib/consultations/staff";
import { pendingCommentCount } from "@/lib/comments/moderation";
import { pendingEvaluationCommentCount } from "@/lib/evaluations/admin";
import { pendingQuestionCount } from "@/lib/interviews/questions";
import { StatusNotice } from "@/components/site/StatusNotice";

export const metadata: Metadata = { title: "概览" };

const notices: Record<string, string> = { passwordChanged: "密码已修改，其他设备上的登录已失效。" };

export default async function AdminDashboard({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireStaffPermission("access:admin:any", "/admin");
  const params = await searchParams;
  const notice = Object.keys(notices).find((key) => params[key] === "1");
  const permissions = permissionsOf(user);
  const closingSoon = can(user, "manage:consultation:any") ? await consultationsClosingSoon() : null;
  const waitingComments = can(user, "moderate:comment:any") ? await pendingCommentCount() : null;
  const waitingRatingComments = can(user, "moderate:comment:any") ? await pendingEvaluationCommentCount() : null;
  const waitingQuestions = can(user, "moderate:interviewquestion:any") ? await pendingQuestionCount() : null;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">管理后台</h1>
      {notice ? (
        <StatusNotice>
          {notices[notice]}
        </StatusNotice>
      ) : null}
      <p className="mb-4">您的角色：{roleLabel(user.role)}</p>
      {closingSoon !== null || waitingComments !== null || waitingQuestions !== null ? (
        <section aria-labelledby="waiting" className="mb-6">
          <h2 id="waiting" className="mb-3 text-xl font-bold">
            待办
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {waitingComments !== null ? (
              <li data-testid="comments-waiting">
                <Link href="/admin/moderation">待审核评论：{waitingComments} 条</Link>
              </li>
            ) : null}
            {waitingRatingComments !== null ? (
              <li data-testid="rating-comments-waiting">
                <Link href="/admin/evaluations">待审核的网上评议意见：{waitingRatingComments} 条</Link>
              </li>
            ) : null}
            {waitingQuestions !== null ? (
              <li data-testid="interview-questions-waiting">
                <Link href="/admin/interviews/questions">待审核的访谈提问：{waitingQuestions} 个</Link>
              </li>
            ) : null}
            {closingSoon !== null ? (
              <li data-testid="consultations-closing-soon">
                <Link href="/admin/consultations">
                  {CLOSING_SOON_DAYS} 天内截止的民意征集：{closingSoon} 个
                </Link>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="may">
        <h2 id="may" className="mb-3 text-xl font-bold">
          您可以
        </h2>
        <ul className="list-disc space-y-1 pl-6" data-testid="permissions">
          {permissions.map((permission) => (
            <li key={permission} data-permission={permission}>
              {permission === "read:audit:any" ? <Link href="/admin/audit">{PERMISSION_LABELS[permission]}</Link> : PERMISSION_LABELS[permission]}
            </li>
          ))}
        </ul>
      </section>
      <p className="mt-6">
        <Link href="/account/password">修改我的密码</Link>
      </p>
    </>
  );
}
