import type { Metadata } from "next";
import Link from "next/link";
import { logoutAction } from "@/app/(accounts)/actions";
import { RevealIdCardForm } from "@/components/account/forms";
import { getMyAccount } from "@/lib/accounts/accounts";
import { GENDERS } from "@/lib/accounts/validation";
import { profileViewsOf } from "@/lib/audit/audit";
import { requirePermission } from "@/lib/auth/current";
import { roleLabel } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { PRIVACY_POLICY_PATH } from "@/lib/privacy";
import { StatusNotice } from "@/components/site/StatusNotice";
import { LetterProgress } from "@/components/mailbox/LetterProgress";
import { RatingForm } from "@/components/mailbox/forms";
import { myLetters } from "@/lib/mailbox/mine";
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
  const comments = await commentsOfAuthor(actor.id);
  // Letters are shown above with their progress; other modules' submissions as data.
  const otherSubmissions = Object.entries(account.submissions).filter(([name, list]) => name !== "letters" && name !== "comments" && list.length > 0);
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
              {formatDateTime(consent.acceptedAt)} 同意了 <Link href={PRIVACY_POLICY_PATH}>隐私政策</Link>（版本 {consent.policyVersion}）
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
