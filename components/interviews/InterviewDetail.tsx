import Link from "next/link";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { formatDateTime } from "@/lib/format";
import type { getPublishedInterview } from "@/lib/interviews/public";
import { INTERVIEW_STATUSES } from "@/lib/interviews/status";
import { INTERVIEWS_HREF, interviewHref } from "./InterviewList";
import { Transcript } from "./Transcript";

// A published interview: guests, 访谈简介, how to ask, the transcript (live while it runs), the
// questions put to the guest and, afterwards, the summary. The page is cached for every reader
// of a variant: the question form is on /account/interviews/<id> (signed-in residents), where
// a resident also sees their own questions while they wait for moderation.

type Interview = NonNullable<Awaited<ReturnType<typeof getPublishedInterview>>>;

export function InterviewDetail({ interview, signedIn }: { interview: Interview; signedIn: boolean }) {
  const askHref = `/account/interviews/${interview.id}`;
  const open = interview.status !== "archive";
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "互动交流", href: "/interaction" }, { label: "嘉宾访谈", href: INTERVIEWS_HREF }, { label: interview.title }]} />
      <h1 className="mb-3 text-center text-2xl font-bold leading-snug">{interview.title}</h1>
      <p className="mb-4 flex flex-wrap justify-center gap-x-6 gap-y-1 border-b border-line pb-3 text-sm text-muted">
        <span className="font-semibold text-ink" data-testid="interview-status">
          {INTERVIEW_STATUSES[interview.status]}
        </span>
        <span>
          访谈时间：<time dateTime={interview.startsAt.toISOString()}>{formatDateTime(interview.startsAt)}</time> 至{" "}
          <time dateTime={interview.endsAt.toISOString()}>{formatDateTime(interview.endsAt)}</time>
        </span>
        <span>主持人：{interview.host}</span>
      </p>

      {interview.guests.length > 0 ? (
        <section aria-labelledby="guests" className="mb-6">
          <h2 id="guests" className="mb-2 text-xl font-bold">
            访谈嘉宾
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2">
            {interview.guests.map((guest) => (
              <li key={guest.id} className="flex gap-3 rounded border border-line p-3">
                {guest.photoId ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a stored upload served by /files/interview
                  <img src={`/files/interview/${guest.photoId}`} alt={`${guest.name}照片`} className="h-32 w-24 shrink-0 object-cover" />
                ) : null}
                <div>
                  <p className="text-lg font-semibold">{guest.name}</p>
                  <p className="text-sm">
                    {guest.department} {guest.post}
                  </p>
                  {guest.bio ? <p className="mt-1 whitespace-pre-line text-sm text-muted">{guest.bio}</p> : null}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="intro" className="mb-6">
        <h2 id="intro" className="mb-2 text-xl font-bold">
          访谈简介
        </h2>
        <p className="whitespace-pre-line">{interview.intro}</p>
      </section>

      {interview.status === "archive" && interview.summary ? (
        <section aria-labelledby="summary" className="mb-6">
          <h2 id="summary" className="mb-2 text-xl font-bold">
            访谈总结
          </h2>
          <p className="whitespace-pre-line">{interview.summary}</p>
        </section>
      ) : null}

      <section aria-labelledby="ask" className="mb-6 border-l-4 border-gov-red bg-paper p-4">
        <h2 id="ask" className="mb-2 text-xl font-bold">
          网友提问
        </h2>
        {open ? (
          <>
            <p className="mb-2">访谈前和访谈中，登录的居民可以向嘉宾提问（每个问题不超过 300 字）。问题经审核后，由主持人择要提交嘉宾回答。</p>
            <p>
              {signedIn ? (
                <Link href={askHref} className="font-semibold">
                  我要提问
                </Link>
              ) : (
                <Link href={`/login?next=${encodeURIComponent(askHref)}`} className="font-semibold">
                  登录后提问
                </Link>
              )}
            </p>
          </>
        ) : (
          <p>本场访谈已结束，不再接受提问。</p>
        )}
      </section>

      <section aria-labelledby="transcript" className="mb-6">
        <h2 id="transcript" className="mb-2 text-xl font-bold">
          文字实录
        </h2>
        {open ? (
          <p className="mb-2 text-sm text-muted">
            实录随访谈进行自动更新。{" "}
            <a href={interviewHref(interview.id)} className="underline">
              刷新
            </a>
          </p>
        ) : null}
        <Transcript interviewId={interview.id} turns={interview.turns} listen={open} />
      </section>

      {interview.questions.length > 0 ? (
        <section aria-labelledby="questions" className="mb-6">
          <h2 id="questions" className="mb-2 text-xl font-bold">
            提交嘉宾的网友问题
          </h2>
          <ul className="divide-y divide-line" data-testid="interview-questions">
            {interview.questions.map((question) => (
              <li key={question.id} className="py-2">
                <p>
                  <span className="font-semibold">{question.maskedName}</span>：{question.body}
                </p>
                <p className="text-sm text-muted">{question.answeredTurnId ? <a href={`#turn-${question.answeredTurnId}`}>已回答，查看实录</a> : "待回答"}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
