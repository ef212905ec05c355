import type { Metadata } from "next";
import Link from "next/link";
import { logoutAction } from "@/app/(accounts)/actions";
import { AccountSection } from "@/components/account/AccountSection";
import { RevealIdCardForm } from "@/components/account/forms";
import { MyComments, MyInterviewQuestions, MyInfoRequests, MyOpinions, MyVotes } from "@/components/account/submissions";
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
import { myInfoRequests } from "@/lib/ysq/mine";
import { myOpinions } from "@/lib/consultations/opinions";
import { myVotes } from "@/lib/evaluations/voting";
import { commentsOfAuthor } from "@/lib/comments/public";
import { NoticePreferencesForm } from "@/components/account/NoticePreferencesForm";
import { noticePreferences, requiredResidentNoticeLabels } from "@/lib/notices/preferences";
import { myInterviewQuestions } from "@/lib/interviews/questions";
import { MyQuestions } from "@/components/questions/MyQuestions";
import { myQuestions } from "@/lib/questions/ask";

export const metadata: Metadata = { title: "个人中心" };

const notices: Record<string, string> = {
  saved: "您的信息已保存。",
  passwordChanged: "密码已修改，其他设备上的登录已失效。",
  rated: "感谢您的评价，信件已办结。",
  noticesSaved: "通知设置已保存。",
};

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("read:profile:own", "/account");
  const account = await getMyAccount(actor);
  const views = await profileViewsOf(actor.id);
  const params = await searchParams;
  const notice = Object.keys(notices).find((key) => params[key] === "1");
  if (!account) return <p>未找到您的账户资料。</p>;
  const { profile } = account;
  const [letters, infoRequests, opinions, votes, comments, questions, interviewQuestions, noticeSettings] = await Promise.all([
    myLetters(actor),
    myInfoRequests(actor),
    myOpinions(actor),
    myVotes(actor),
    commentsOfAuthor(actor.id),
    myQuestions(actor),
    myInterviewQuestions(actor),
    noticePreferences(actor),
  ]);
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

      <AccountSection id="viewed-by" title="谁查看了我的信息" empty={views.length > 0 ? null : "工作人员尚未查看过您的个人信息。"}>
        <ul className="list-disc pl-6" data-testid="profile-views">
          {views.map((view, index) => (
            <li key={`${view.at.toISOString()}-${index}`}>
              {formatDateTime(view.at)} {roleLabel(view.role, "工作人员")}查看了您的个人信息
            </li>
          ))}
        </ul>
      </AccountSection>

      <AccountSection id="letters" title="我的信件" empty={letters.length > 0 ? null : "您还没有写过信。"} link={{ href: "/mailbox/write", label: "给州长写信" }}>
        <ul className="space-y-6" data-testid="my-letters">
          {letters.map((letter) => (
            <li key={letter.id} className="rounded border border-line p-4">
              <LetterProgress letter={letter} />
              {letter.status === "replied" && !letter.rating ? <RatingForm letterId={letter.id} /> : null}
            </li>
          ))}
        </ul>
      </AccountSection>

      <AccountSection id="info-requests" title="我的政府信息公开申请" empty={infoRequests.length > 0 ? null : "您还没有提出过政府信息公开申请。"} link={{ href: "/gk/ysq/apply", label: "申请政府信息公开" }}>
        <MyInfoRequests infoRequests={infoRequests} />
      </AccountSection>

      <AccountSection id="opinions" title="我的民意征集意见" empty={opinions.length > 0 ? null : "您还没有对民意征集提出过意见。"} link={{ href: "/interaction/consultations", label: "查看民意征集" }}>
        <MyOpinions opinions={opinions} />
      </AccountSection>

      <AccountSection id="evaluations" title="我的评议" empty={votes.length > 0 ? null : "您还没有参加过网上评议。"} link={{ href: "/interaction/evaluations", label: "查看网上评议" }}>
        <MyVotes votes={votes} />
      </AccountSection>

      <AccountSection id="comments" title="我的评论" empty={comments.length > 0 ? null : "您还没有发表过评论。"}>
        <MyComments comments={comments} />
      </AccountSection>

      <AccountSection id="questions" title="我的提问" empty={questions.length > 0 ? null : "您还没有在在线问答提过问题。"} link={{ href: "/interaction/questions/ask", label: "我要提问" }}>
        <MyQuestions questions={questions} />
      </AccountSection>

      <AccountSection id="interview-questions" title="我的访谈提问" empty={interviewQuestions.length > 0 ? null : "您还没有向嘉宾访谈提过问题。"} link={{ href: "/interaction/interviews", label: "查看嘉宾访谈" }}>
        <MyInterviewQuestions questions={interviewQuestions} />
      </AccountSection>

      <AccountSection id="notices" title="通知邮件" empty={null}>
        <NoticePreferencesForm preferences={noticeSettings} required={requiredResidentNoticeLabels()} />
      </AccountSection>

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
