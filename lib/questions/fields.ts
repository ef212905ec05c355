import { z } from "zod";
import { text } from "@/lib/forms/fields";

// The forms of 在线问答 and 常见问题 (zod, Chinese messages) and the states of a question.

export const TITLE_MAX = 50;
export const CONTENT_MIN = 10;
export const CONTENT_MAX = 1000;
export const ANSWER_MAX = 5000;
/** Questions one resident may ask in 24 hours (counted in the insert's transaction). */
export const QUESTIONS_PER_DAY = 5;
/** The answer is due at the end of the 5th working day after publication. */
export const ANSWER_WORKING_DAYS = 5;
/** 即将到期: due within this many working days (the staff list and the daily digest). */
export const DUE_SOON_WORKING_DAYS = 2;
/** How many similar answered questions the form shows before sending. */
export const SIMILAR_COUNT = 5;

export const LIMIT_MESSAGE = `每位居民 24 小时内最多提问 ${QUESTIONS_PER_DAY} 次，请稍后再试。`;

export const QUESTION_STATES = ["pending", "open", "answered", "rejected"] as const;
export type QuestionState = (typeof QUESTION_STATES)[number];
export const QUESTION_STATE_LABELS: Record<QuestionState, string> = { pending: "待审核", open: "待回复", answered: "已回复", rejected: "未通过" };
export const questionStateLabel = (state: string) => (Object.hasOwn(QUESTION_STATE_LABELS, state) ? QUESTION_STATE_LABELS[state as QuestionState] : state);

const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message).max(2_147_483_647, message);

export const askSchema = z.object({
  departmentId: id("请选择咨询部门"),
  themeId: id("请选择主题"),
  title: text("标题", TITLE_MAX, 1),
  content: z
    .string({ error: "请填写内容" })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(CONTENT_MIN, `内容不能少于 ${CONTENT_MIN} 个字`).max(CONTENT_MAX, `内容不能超过 ${CONTENT_MAX} 个字`)),
  publicConsent: z
    .string()
    .optional()
    .transform((value) => value === "on"),
  /** The form's one-time key (a repeated submission stores nothing more) */
  submissionKey: z.string({ error: "表单已失效，请刷新页面后重新提交" }).regex(/^[A-Za-z0-9_-]{16,64}$/, "表单已失效，请刷新页面后重新提交"),
  /** Set by the second step: the asker has seen the similar questions */
  confirmed: z
    .string()
    .optional()
    .transform((value) => value === "1"),
});
export type AskInput = z.output<typeof askSchema>;
export const ASK_FIELDS = { departmentId: "咨询部门", themeId: "主题", title: "标题", content: "内容", publicConsent: "同意公开" } as const;

export const questionIdSchema = z.object({ questionId: id("问题不存在") });

export const rejectQuestionSchema = z.object({
  questionId: id("问题不存在"),
  reasonId: id("请选择驳回理由"),
  note: z.string().trim().max(200, "补充说明最多 200 个字符").default(""),
});
export type RejectQuestionInput = z.output<typeof rejectQuestionSchema>;

export const answerSchema = z.object({
  questionId: id("问题不存在"),
  answer: text("回复内容", ANSWER_MAX, 1),
});
export const ANSWER_FIELDS = { answer: "回复内容" } as const;

export const reassignSchema = z.object({
  questionId: id("问题不存在"),
  departmentId: id("请选择部门"),
});
export const REASSIGN_FIELDS = { departmentId: "部门" } as const;

export const faqSchema = z.object({
  departmentId: id("请选择部门"),
  themeId: id("请选择主题"),
  question: text("问题", 200, 1),
  answer: text("解答", ANSWER_MAX, 1),
  sortOrder: z.coerce.number({ error: "排序须为整数" }).int("排序须为整数").min(0, "排序须为 0 至 9999 的整数").max(9999, "排序须为 0 至 9999 的整数").default(0),
  published: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});
export type FaqInput = z.output<typeof faqSchema>;
export const FAQ_FIELDS = { departmentId: "部门", themeId: "主题", question: "问题", answer: "解答", sortOrder: "排序", published: "公开" } as const;
export const faqUpdateSchema = faqSchema.extend({ faqId: id("条目不存在") });
export const faqIdSchema = z.object({ faqId: id("条目不存在") });

/** Public list filters: ?department=&theme=&state=answered|open&page= (anything malformed is ignored). */
export interface PublicQuestionFilter {
  departmentId: number | null;
  themeId: number | null;
  state: "answered" | "open";
  page: number;
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const positive = (value: unknown): number | null => {
  const raw = first(value);
  return typeof raw === "string" && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
};

export function parsePublicFilter(raw: Record<string, string | string[] | undefined>): PublicQuestionFilter {
  const page = positive(raw.page);
  return {
    departmentId: positive(raw.department),
    themeId: positive(raw.theme),
    state: first(raw.state) === "open" ? "open" : "answered",
    page: page !== null ? Math.min(page, 500) : 1,
  };
}

/** The staff list's queue filter (?state=): links from a dashboard. */
export const STAFF_QUEUES = { toModerate: "待审核", toAnswer: "待回复", overdue: "已超期", dueSoon: "即将到期", answered: "已回复" } as const;
export type StaffQueue = keyof typeof STAFF_QUEUES;
export const isStaffQueue = (value: unknown): value is StaffQueue => typeof value === "string" && Object.hasOwn(STAFF_QUEUES, value);
