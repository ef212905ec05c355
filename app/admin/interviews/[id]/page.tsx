import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/admin/ActionButton";
import { GuestForm, InterviewForm, LiveSwitchForm, PublishInterviewForm, TurnForm } from "@/components/admin/interview-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { removeGuestAction } from "@/app/admin/interviews/actions";
import { requireStaffPermission } from "@/lib/auth/current";
import { formatDateTime } from "@/lib/format";
import { TURN_ROLES, isTurnRole } from "@/lib/interviews/fields";
import { PHOTO_HINT } from "@/lib/interviews/photos";
import { getInterviewForStaff } from "@/lib/interviews/staff";
import { INTERVIEW_STATUSES, LIVE_SWITCHES, isLiveSwitch } from "@/lib/interviews/status";

export const metadata: Metadata = { title: "编辑嘉宾访谈" };

const notices: Record<string, string> = {
  publish: "已发布，网站上立即可见。",
  unpublish: "已下线，网站上不再显示。",
  switch: "直播状态已切换。",
  guest: "嘉宾已添加。",
  guest_removed: "嘉宾已删除。",
};

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

// One interview in the console: state, publish and the live switch, the fast transcript form
// (the speaker is kept from one turn to the next), guests, and the interview's own fields.
export default async function EditInterviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  await requireStaffPermission("manage:interview:any", `/admin/interviews/${/^\d+$/.test(id) ? id : ""}`);
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const interview = await getInterviewForStaff(Number(id));
  if (!interview) notFound();
  const query = await searchParams;
  const done = notices[one(query.done)];
  const keptRole = one(query.role);
  const keep = { role: isTurnRole(keptRole) ? keptRole : "", speaker: one(query.speaker).slice(0, 50) };
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/interviews">返回嘉宾访谈管理</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{interview.title}</h1>
      {query.saved === "1" ? <StatusNotice>已保存。</StatusNotice> : null}
      {query.posted ? <StatusNotice>实录已发布。</StatusNotice> : null}
      {done ? <StatusNotice>{done}</StatusNotice> : null}

      <section aria-labelledby="state-title" className="mb-6 rounded border border-line bg-white p-4">
        <h2 id="state-title" className="mb-2 text-xl font-bold">
          状态
        </h2>
        <p className="mb-3" data-testid="interview-admin-status">
          {INTERVIEW_STATUSES[interview.status]}，{interview.published ? "已发布" : "未发布"}（直播状态：{isLiveSwitch(interview.liveSwitch) ? LIVE_SWITCHES[interview.liveSwitch] : interview.liveSwitch}）
          {interview.published ? (
            <>
              {" "}
              （<Link href={`/interaction/interviews/${interview.id}`} className="underline">在网站上查看</Link>）
            </>
          ) : null}
        </p>
        <p className="mb-3">
          实录 {interview.turnCount} 段；待审核的网友提问 {interview.pendingQuestions} 个（由审核员在“访谈提问审核”中处理）。
        </p>
        <PublishInterviewForm interviewId={interview.id} publish={!interview.published} />
        <LiveSwitchForm interviewId={interview.id} current={interview.liveSwitch} />
      </section>

      <section aria-labelledby="turn-title" className="mb-6 rounded border border-line bg-white p-4">
        <h2 id="turn-title" className="mb-2 text-xl font-bold">
          发布文字实录
        </h2>
        {interview.status === "upcoming" ? <p className="mb-2">访谈开始后（或将直播状态切换为“正在直播”后）才能发布实录。</p> : null}
        <TurnForm interviewId={interview.id} questions={interview.questions} keep={keep} hint={PHOTO_HINT} />
        {interview.turns.length > 0 ? (
          <>
            <h3 className="mb-2 mt-4 font-bold">最近的实录</h3>
            <ol className="space-y-2">
              {interview.turns.map((turn) => (
                <li key={turn.id} className="border-l-4 border-line pl-3">
                  <p className="text-sm text-muted">
                    {formatDateTime(turn.createdAt)} 〔{isTurnRole(turn.role) ? TURN_ROLES[turn.role] : turn.role}〕{turn.speaker}
                    {turn.photoId ? "（附图片）" : ""}
                  </p>
                  <p className="whitespace-pre-line">{turn.body}</p>
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </section>

      <section aria-labelledby="guests" className="mb-6 rounded border border-line bg-white p-4">
        <h2 id="guests" className="mb-2 text-xl font-bold">
          访谈嘉宾
        </h2>
        {interview.guests.length > 0 ? (
          <ul className="mb-4 list-disc pl-6">
            {interview.guests.map((guest) => (
              <li key={guest.id}>
                {guest.name}（{guest.department} {guest.post}）{guest.photoId ? "，有照片" : "，无照片"}{" "}
                <ActionButton action={removeGuestAction} fields={{ guestId: guest.id }} label={`删除嘉宾 ${guest.name}`}>
                  删除
                </ActionButton>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4">还没有嘉宾。</p>
        )}
        <GuestForm interviewId={interview.id} hint={PHOTO_HINT} />
      </section>

      <section aria-labelledby="edit-title">
        <h2 id="edit-title" className="mb-2 text-xl font-bold">
          访谈信息
        </h2>
        <InterviewForm id={interview.id} stored={interview.form} />
      </section>
    </>
  );
}
