import type { Metadata } from "next";
import Link from "next/link";
import { logoutAction } from "@/app/(accounts)/actions";
import { RevealIdCardForm } from "@/components/account/forms";
import { getMyAccount } from "@/lib/accounts/accounts";
import { GENDERS } from "@/lib/accounts/validation";
import { profileViewsOf } from "@/lib/audit/audit";
import { requirePermission } from "@/lib/auth/current";
import { roleLabel } from "@/lib/auth/permissions";
import { formatDate, formatDateTime } from "@/lib/format";
import { PRIVACY_POLICY_PATH } from "@/lib/privacy";
import { StatusNotice } from "@/components/site/StatusNotice";
import { LetterProgress } from "@/components/mailbox/LetterProgress";
import { RatingForm } from "@/components/mailbox/forms";
import { myLetters } from "@/lib/mailbox/mine";
import { outcomeLabel, statusLabel } from "@/lib/ysq/fields";
import { myInfoRequests } from "@/lib/ysq/mine";
import { myOpinions } from "@/lib/consultations/opinions";
import { COMMENT_STATUSES, type CommentStatus } from "@/lib/evaluations/fields";
import { ROUND_STATUSES } from "@/lib/evaluations/results";
import { myVotes } from "@/lib/evaluations/voting";
import { commentsOfAuthor } from "@/lib/comments/public";

export const metadata: Metadata = { title: "个人中心" };

const notices: Record<string, string> = {
  saved: "您的信息已保存。",
  passwordChanged: "密码已修改，其他设备上的登录已失效。",
  rated: "感谢您的评价，信件已办结。",
};

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("read:profile:own", "/account");
  const account = await getMyAccount(actor);
  const views = await profileViewsOf(actor.id);
  const params = await searchParams;
  const notice = Object.keys(notices).find((key) => params[key] === "1");
  if (!account) return <p>未找到您的账户资料。</p>;
  const { profile } = account;
  const letters = await myLetters(actor);
  const infoRequests = await myInfoRequests(actor);
  const opinions = await myOpinions(actor);
  const votes = await myVotes(actor);
  const comments = await commentsOfAuthor(actor.id);
  // Letters, information requests, opinions, votes and comments are shown above; other modules' submissions as data.
  const shownAbove = new Set(["letters", "infoRequests", "consultationOpinions", "evaluations", "comments"]);
  const otherSubmissions = Object.entries(account.submissions).filter(([name, list]) => !shownAbove.has(name) && list.length > 0);
  const empty = <span className="text-muted">未填写</span>;
  const rows: [string, React.ReactNode][] = [
    ["姓名", profile.name],
    ["出生日期", profile.birthDate ?? empty],
    ["性别", profile.gender ? GENDERS[profile.gender as keyof typeof GENDERS] : empty],
    ["手机号码", profile.phone],
    ["联系地址", profile.address ?? empty],
    ["身份证号码", profile.idCardMasked ?? empty],
    ["电子邮箱", account.email],
    ["学历", profile.education ?? empty],
    ["职业", profile.occupation ?? empty],
  ];
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">个人中心</h1>
      {notice ? (
        <StatusNotice>
          {notices[notice]}
        </StatusNotice>
      ) : null}
      <section aria-labelledby="my-data">
        <h2 id="my-data" className="mb-3 text-xl font-bold">
          我的信息
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[8rem_1fr] elder:sm:grid-cols-1">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd data-field={label}>{value}</dd>
            </div>
          ))}
        </dl>
        {profile.idCardMasked ? <RevealIdCardForm /> : null}
        <p className="mt-4">
          <Link href="/account/edit" className="font-semibold">
            修改我的信息
          </Link>
        </p>
      </section>

      <section aria-labelledby="consents" className="mt-8">
        <h2 id="consents" className="mb-3 text-xl font-bold">
          同意记录
        </h2>
        <ul className="list-disc pl-6">
          {account.consents.map((consent) => (
            <li key={`${consent.policyVersion}-${consent.acceptedAt.toISOString()}`}>
              {formatDateTime(consent.acceptedAt)} 同意了 <Link href={PRIVACY_POLICY_PATH} className="underline">隐私政策</Link>（版本 {consent.policyVersion}）
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="viewed-by" className="mt-8">
        <h2 id="viewed-by" className="mb-3 text-xl font-bold">
          谁查看了我的信息
        </h2>
        {views.length > 0 ? (
          <ul className="list-disc pl-6" data-testid="profile-views">
            {views.map((view, index) => (
              <li key={`${view.at.toISOString()}-${index}`}>
                {formatDateTime(view.at)} {roleLabel(view.role, "工作人员")}查看了您的个人信息
              </li>
            ))}
          </ul>
        ) : (
          <p>工作人员尚未查看过您的个人信息。</p>
        )}
      </section>

      <section aria-labelledby="letters" className="mt-8">
        <h2 id="letters" className="mb-3 text-xl font-bold">
          我的信件
        </h2>
        {letters.length > 0 ? (
          <ul className="space-y-6" data-testid="my-letters">
            {letters.map((letter) => (
              <li key={letter.id} className="rounded border border-line p-4">
                <LetterProgress letter={letter} />
                {letter.status === "replied" && !letter.rating ? <RatingForm letterId={letter.id} /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>您还没有写过信。</p>
        )}
        <p className="mt-3">
          <Link href="/mailbox/write">给州长写信</Link>
        </p>
      </section>

      <section aria-labelledby="info-requests" className="mt-8">
        <h2 id="info-requests" className="mb-3 text-xl font-bold">
          我的政府信息公开申请
        </h2>
        {infoRequests.length > 0 ? (
          <table className="w-full border-collapse text-left" data-testid="my-info-requests">
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="py-2 pr-4">申请编号</th>
                <th scope="col" className="py-2 pr-4">提交日期</th>
                <th scope="col" className="py-2 pr-4">办理状态</th>
                <th scope="col" className="py-2">答复期限</th>
              </tr>
            </thead>
            <tbody>
              {infoRequests.map((request) => (
                <tr key={request.id} className="border-b border-line">
                  <td className="py-2 pr-4">
                    <Link href={`/gk/ysq/track?number=${request.number}`}>{request.number}</Link>
                  </td>
                  <td className="py-2 pr-4">{formatDate(request.createdAt)}</td>
                  <td className="py-2 pr-4">{request.status === "replied" ? `已答复（${outcomeLabel(request.outcome)}）` : statusLabel(request.status)}</td>
                  <td className="py-2">{request.repliedAt ? "—" : request.dueAt ? formatDate(request.dueAt) : request.status === "correction" ? "补正期间暂停" : "登记后计算"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>您还没有提出过政府信息公开申请。</p>
        )}
        <p className="mt-3">
          <Link href="/gk/ysq/apply">申请政府信息公开</Link>
          </p>
        </section>

      <section aria-labelledby="opinions" className="mt-8">
        <h2 id="opinions" className="mb-3 text-xl font-bold">
          我的民意征集意见
        </h2>
        {opinions.length > 0 ? (
          <ul className="space-y-4" data-testid="my-opinions">
            {opinions.map((opinion) => (
              <li key={opinion.id} className="rounded border border-line p-4">
                <p className="mb-1">
                  <Link href={`/interaction/consultations/${opinion.consultationId}`} className="font-semibold underline">
                    {opinion.consultationTitle}
                  </Link>
                  （{opinion.consultationStatus}）
                </p>
                <p className="mb-1 text-sm text-muted">
                  {formatDateTime(opinion.createdAt)} · 针对：{opinion.clause} · {opinion.publicConsent ? "同意公开" : "不公开"}
                </p>
                <p className="whitespace-pre-line">{opinion.body}</p>
                <p className="mt-2">
                  采纳情况：<span className="font-semibold">{opinion.decision}</span>
                  {opinion.decisionReason ? `（${opinion.decisionReason}）` : ""}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>您还没有对民意征集提出过意见。</p>
        )}
        <p className="mt-3">
          <Link href="/interaction/consultations">查看民意征集</Link>
        </p>
      </section>

      <section aria-labelledby="evaluations" className="mt-8">
        <h2 id="evaluations" className="mb-3 text-xl font-bold">
          我的评议
        </h2>
        {votes.length > 0 ? (
          <ul className="space-y-3" data-testid="my-evaluations">
            {votes.map((vote) => (
              <li key={vote.id} className="rounded border border-line p-3">
                <p className="font-semibold">
                  {vote.round.title}：{vote.object.name}（{ROUND_STATUSES[vote.round.status]}）
                </p>
                <p>{vote.ratings.map((rating) => `${rating.criterion} ${rating.label}`).join("，")}</p>
                {vote.comment ? (
                  <p className="text-muted">
                    意见建议（{COMMENT_STATUSES[vote.commentStatus as CommentStatus] ?? "待审核"}）：{vote.comment}
                  </p>
                ) : null}
                <p className="text-sm text-muted">
                  {formatDateTime(vote.updatedAt)}
                  {vote.round.status === "open" ? (
                    <>
                      {" "}
                      · <Link href={`/account/evaluations/${vote.round.id}`} className="underline">修改评价</Link>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>您还没有参加过网上评议。</p>
        )}
        <p className="mt-3">
          <Link href="/interaction/evaluations">查看网上评议</Link>
        </p>
      </section>

      <section aria-labelledby="comments" className="mt-8">
        <h2 id="comments" className="mb-3 text-xl font-bold">
          我的评论
        </h2>
        {comments.length > 0 ? (
          <ul className="space-y-3" data-testid="my-comments">
            {comments.map((comment) => (
              <li key={comment.id} className="rounded border border-line p-3" data-status={comment.status}>
                <p className="mb-1 text-sm text-muted">
                  {formatDateTime(comment.createdAt)} · 评论：{comment.subjectPath ? <Link href={comment.subjectPath}>{comment.subjectTitle}</Link> : comment.subjectTitle} ·{" "}
                  <strong>{comment.statusLabel}</strong>
                </p>
                <p className="whitespace-pre-wrap break-words">{comment.body}</p>
                {comment.status === "rejected" && comment.rejectionReason ? <p className="mt-1 text-red-800">未通过的理由：{comment.rejectionReason}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>您还没有发表过评论。</p>
        )}
      </section>

      {otherSubmissions.length > 0 ? (
        <section aria-labelledby="submissions" className="mt-8">
          <h2 id="submissions" className="mb-3 text-xl font-bold">
            我的留言
          </h2>
          <pre className="overflow-x-auto text-sm">{JSON.stringify(Object.fromEntries(otherSubmissions), null, 2)}</pre>
        </section>
      ) : null}

      <section aria-labelledby="manage" className="mt-8">
        <h2 id="manage" className="mb-3 text-xl font-bold">
          账户管理
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li><Link href="/account/password">修改密码</Link></li>
          <li><Link href="/account/export">导出我的数据</Link></li>
          <li><Link href="/account/delete">注销账户</Link></li>
        </ul>
        <form action={logoutAction} className="mt-4">
          <button type="submit" className="rounded border-2 border-ink px-4 py-2 font-semibold">
            退出登录
          </button>
        </form>
      </section>
    </>
  );
}
