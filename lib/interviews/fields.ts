import { z } from "zod";
import { chinaDateTimeField, text } from "@/lib/forms/fields";
import { LIVE_SWITCHES, type LiveSwitch } from "./status";

// The forms of 嘉宾访谈 (zod, Chinese messages): the staff form of an interview, a guest, a
// transcript turn, the live switch, a resident's question and the moderator's decisions.
// Times are typed in China time (datetime-local) as in the other staff forms.

export const QUESTION_MAX = 300;
/** A resident's questions per hour, over all interviews (counted in the insert's transaction). */
export const QUESTIONS_PER_HOUR = 5;
export const TURN_MAX = 5000;
export const RATE_LIMITED_MESSAGE = `提问过于频繁：每人每小时最多提 ${QUESTIONS_PER_HOUR} 个问题，请稍后再试`;
export const CLOSED_MESSAGE = "该访谈已结束，不再接受提问";

export const TURN_ROLES = { host: "主持人", guest: "嘉宾", netizen: "网友提问" } as const;
export type TurnRole = keyof typeof TURN_ROLES;
export const isTurnRole = (value: string): value is TurnRole => Object.hasOwn(TURN_ROLES, value);

export const QUESTION_STATUSES = { pending: "待审核", approved: "已通过", rejected: "未通过" } as const;
export type QuestionStatus = keyof typeof QUESTION_STATUSES;

const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message).max(2_000_000_000, message);

export const interviewSchema = z
  .object({
    title: text("标题", 100, 1),
    host: text("主持人", 50, 1),
    startsAt: chinaDateTimeField("开始时间"),
    endsAt: chinaDateTimeField("计划结束时间"),
    intro: text("访谈简介", 2000, 1),
    summary: text("访谈总结", 5000),
  })
  .superRefine((input, context) => {
    if (input.endsAt <= input.startsAt) context.addIssue({ code: "custom", path: ["endsAt"], message: "计划结束时间须晚于开始时间" });
  });
export type InterviewInput = z.output<typeof interviewSchema>;
export const INTERVIEW_FIELDS = { title: "标题", host: "主持人", startsAt: "开始时间", endsAt: "计划结束时间", intro: "访谈简介", summary: "访谈总结" } as const;

export const guestSchema = z.object({
  interviewId: id("访谈无效"),
  name: text("嘉宾姓名", 50, 1),
  post: text("职务", 100, 1),
  department: text("单位", 100, 1),
  bio: text("简介", 500),
});
export type GuestInput = z.output<typeof guestSchema>;
export const GUEST_FIELDS = { name: "嘉宾姓名", post: "职务", department: "单位", bio: "简介", photo: "照片" } as const;

export const turnSchema = z.object({
  interviewId: id("访谈无效"),
  role: z.string().refine(isTurnRole, "请选择发言身份"),
  speaker: text("发言人", 50, 1),
  body: text("发言内容", TURN_MAX, 1),
  questionId: z
    .string()
    .trim()
    .refine((value) => value === "" || /^[1-9]\d{0,9}$/.test(value), "对应的网友提问无效")
    .transform((value) => (value === "" ? null : Number(value)))
    .optional()
    .transform((value) => value ?? null),
});
export type TurnInput = { interviewId: number; role: TurnRole; speaker: string; body: string; questionId: number | null };
export const TURN_FIELDS = { role: "发言身份", speaker: "发言人", body: "发言内容", photo: "图片", questionId: "对应的网友提问" } as const;

export const switchSchema = z.object({
  interviewId: id("访谈无效"),
  liveSwitch: z.string().refine((value): value is LiveSwitch => Object.hasOwn(LIVE_SWITCHES, value), "请选择直播状态"),
});

export const interviewIdSchema = z.object({ interviewId: id("访谈无效") });

export const questionSchema = z.object({
  interviewId: id("访谈无效"),
  body: z
    .string({ error: "请填写问题" })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, "请填写问题").max(QUESTION_MAX, `问题不能超过 ${QUESTION_MAX} 个字`)),
});
export type QuestionInput = z.output<typeof questionSchema>;
export const QUESTION_FIELDS = { body: "问题" } as const;

export const questionIdSchema = z.object({ questionId: id("问题不存在") });
export const rejectQuestionSchema = z.object({ questionId: id("问题不存在"), reason: text("不通过的理由", 200, 1) });
export const putQuestionSchema = z.object({ questionId: id("问题不存在"), put: z.enum(["1", "0"], { error: "操作无效" }) });
