import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { pendingCommentCount } from "@/lib/comments/moderation";
import { countQuestionsForStaff, QUESTION_QUEUE_LINKS } from "@/lib/questions/staff";
import { pendingQuestionCount as pendingInterviewQuestionCount } from "@/lib/interviews/questions";
import { CLOSING_SOON_DAYS, consultationsClosingSoon } from "@/lib/consultations/staff";
import { db } from "@/lib/db/client";
import { pendingEvaluationCommentCount } from "@/lib/evaluations/admin";
import { countLettersForStaff, DUE_SOON_WORKING_DAYS as LETTER_SOON_DAYS } from "@/lib/mailbox/staff";
import { DUE_SOON_WORKING_DAYS as REQUEST_SOON_DAYS } from "@/lib/ysq/fields";
import { countRequestsForStaff } from "@/lib/ysq/staff";

// The staff to-do dashboard (/admin) as data: each queue has a label, the permissions that
// show it (any one of them), a count for the signed-in staff member (scoped like the list it
// links to) and the link to that list, filtered. A module with a queue adds one entry:
//
//   { key: "questions.open", group: "在线问答", label: "待回复的问题", permissions: [...],
//     count: (actor, now) => ..., href: "/admin/questions?state=toAnswer" },

export interface WorkQueue {
  key: string;
  /** The heading it is listed under */
  group: string;
  label: string;
  /** Shown to staff holding any of these */
  permissions: readonly Permission[];
  count: (actor: Actor, now: Date) => Promise<number>;
  href: string;
}

const LETTER_HANDLERS = ["handle:letter:any", "handle:letter:department"] as const;
const QUESTION_ANSWERERS = ["answer:question:any", "answer:question:department"] as const;

export const WORK_QUEUES: WorkQueue[] = [
  {
    key: "letters.submitted",
    group: "州长信箱",
    label: "待受理的信件",
    permissions: ["handle:letter:any"],
    count: (actor, now) => countLettersForStaff(actor, { status: "submitted" }, now),
    href: "/admin/mailbox?status=submitted",
  },
  {
    key: "letters.processing",
    group: "州长信箱",
    label: "办理中的信件",
    permissions: LETTER_HANDLERS,
    count: (actor, now) => countLettersForStaff(actor, { status: "processing" }, now),
    href: "/admin/mailbox?status=processing",
  },
  {
    key: "letters.overdue",
    group: "州长信箱",
    label: "已逾期的信件",
    permissions: LETTER_HANDLERS,
    count: (actor, now) => countLettersForStaff(actor, { deadline: "overdue" }, now),
    href: "/admin/mailbox?deadline=overdue",
  },
  {
    key: "letters.soon",
    group: "州长信箱",
    label: `${LETTER_SOON_DAYS} 个工作日内到期的信件`,
    permissions: LETTER_HANDLERS,
    count: (actor, now) => countLettersForStaff(actor, { deadline: "soon" }, now),
    href: "/admin/mailbox?deadline=soon",
  },
  {
    key: "comments.pending",
    group: "审核",
    label: "待审核的评论",
    permissions: ["moderate:comment:any"],
    count: () => pendingCommentCount(),
    href: "/admin/moderation",
  },
  {
    key: "ratings.pending",
    group: "审核",
    label: "待审核的网上评议意见",
    permissions: ["moderate:comment:any"],
    count: () => pendingEvaluationCommentCount(),
    href: "/admin/evaluations",
  },
  {
    key: "ysq.submitted",
    group: "依申请公开",
    label: "待登记的申请",
    permissions: ["handle:inforequest:any"],
    count: (actor, now) => countRequestsForStaff(actor, { status: "submitted" }, now),
    href: "/admin/ysq?status=submitted",
  },
  {
    key: "ysq.overdue",
    group: "依申请公开",
    label: "已逾期的申请",
    permissions: ["handle:inforequest:any"],
    count: (actor, now) => countRequestsForStaff(actor, { deadline: "overdue" }, now),
    href: "/admin/ysq?deadline=overdue",
  },
  {
    key: "ysq.soon",
    group: "依申请公开",
    label: `${REQUEST_SOON_DAYS} 个工作日内到期的申请`,
    permissions: ["handle:inforequest:any"],
    count: (actor, now) => countRequestsForStaff(actor, { deadline: "soon" }, now),
    href: "/admin/ysq?deadline=soon",
  },
  {
    key: "content.review",
    group: "内容",
    label: "待审核发布的文章",
    permissions: ["publish:content:any"],
    count: () => db.article.count({ where: { status: "review" } }),
    href: "/admin/content?status=review",
  },
  {
    key: "services.review",
    group: "内容",
    label: "待审核发布的办事指南",
    permissions: ["publish:service:any"],
    count: () => db.serviceGuide.count({ where: { status: "review" } }),
    href: "/admin/services?status=review",
  },
  {
    key: "consultations.closing",
    group: "民意征集",
    label: `${CLOSING_SOON_DAYS} 天内截止的民意征集`,
    permissions: ["manage:consultation:any"],
    count: (_actor, now) => consultationsClosingSoon(now),
    href: "/admin/consultations",
  },
  {
    key: "interviews.questions",
    group: "审核",
    label: "待审核的访谈提问",
    permissions: ["moderate:interviewquestion:any"],
    count: () => pendingInterviewQuestionCount(),
    href: "/admin/interviews/questions",
  },
  {
    key: "questions.pending",
    group: "审核",
    label: "待审核的在线问答提问",
    permissions: ["moderate:question:any"],
    count: (actor, now) => countQuestionsForStaff(actor, "toModerate", now),
    href: QUESTION_QUEUE_LINKS.toModerate,
  },
  {
    key: "questions.open",
    group: "在线问答",
    label: "待回复的问题",
    permissions: QUESTION_ANSWERERS,
    count: (actor, now) => countQuestionsForStaff(actor, "toAnswer", now),
    href: QUESTION_QUEUE_LINKS.toAnswer,
  },
  {
    key: "questions.overdue",
    group: "在线问答",
    label: "已逾期的问题",
    permissions: QUESTION_ANSWERERS,
    count: (actor, now) => countQuestionsForStaff(actor, "overdue", now),
    href: QUESTION_QUEUE_LINKS.overdue,
  },
  {
    key: "questions.soon",
    group: "在线问答",
    label: "即将到期的问题",
    permissions: QUESTION_ANSWERERS,
    count: (actor, now) => countQuestionsForStaff(actor, "dueSoon", now),
    href: QUESTION_QUEUE_LINKS.dueSoon,
  },
  // ---- Append further modules' queues here. ----
];

export interface QueueCount {
  key: string;
  group: string;
  label: string;
  count: number;
  href: string;
}

/** The queues the actor's role sees, with their counts, in the order of WORK_QUEUES. */
export async function workQueuesFor(actor: Actor, now = new Date(), queues: WorkQueue[] = WORK_QUEUES): Promise<QueueCount[]> {
  const visible = queues.filter((queue) => queue.permissions.some((permission) => can(actor, permission)));
  const counts = await Promise.all(visible.map((queue) => queue.count(actor, now)));
  return visible.map(({ key, group, label, href }, index) => ({ key, group, label, href, count: counts[index]! }));
}
