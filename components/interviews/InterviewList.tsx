import Link from "next/link";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { formatDateTime } from "@/lib/format";
import type { listPublishedInterviews } from "@/lib/interviews/public";
import { INTERVIEW_STATUSES, type InterviewStatus } from "@/lib/interviews/status";

// The public list of 嘉宾访谈 (/interaction/interviews): 正在直播, 预告 and 往期回顾.

export const INTERVIEWS_HREF = "/interaction/interviews";
export const interviewHref = (id: number) => `${INTERVIEWS_HREF}/${id}`;

type Lists = Awaited<ReturnType<typeof listPublishedInterviews>>;

const empty: Record<InterviewStatus, string> = { live: "当前没有正在直播的访谈。", upcoming: "暂无访谈预告。", archive: "暂无往期访谈。" };

export function InterviewList({ lists }: { lists: Lists }) {
  const sections: InterviewStatus[] = ["live", "upcoming", "archive"];
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "互动交流", href: "/interaction" }, { label: "嘉宾访谈" }]} />
      <h1 className="mb-4 text-2xl font-bold">嘉宾访谈</h1>
      <p className="mb-4">部门负责人做客政府网站，介绍政策、回应关切。访谈前和访谈中，登录的居民可以提问；访谈结束后可查看文字实录和访谈总结。</p>
      {sections.map((status) => (
        <section key={status} aria-labelledby={`interviews-${status}`} className="mb-6" data-testid={`interviews-${status}`}>
          <h2 id={`interviews-${status}`} className="mb-2 border-b-2 border-gov-red pb-1 text-xl font-bold">
            {INTERVIEW_STATUSES[status]}
          </h2>
          {lists[status].length === 0 ? <p className="text-muted">{empty[status]}</p> : null}
          <ul className="divide-y divide-line">
            {lists[status].map((item) => (
              <li key={item.id} className="py-3">
                <Link href={interviewHref(item.id)} className="text-lg font-semibold">
                  {item.title}
                </Link>
                <p className="mt-1 flex flex-wrap gap-x-5 text-sm text-muted">
                  <span>
                    访谈时间：<time dateTime={item.startsAt.toISOString()}>{formatDateTime(item.startsAt)}</time>
                  </span>
                  {item.guests.length > 0 ? <span>访谈嘉宾：{item.guests.map((guest) => `${guest.department}${guest.post} ${guest.name}`).join("、")}</span> : null}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
