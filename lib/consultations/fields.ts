import { z } from "zod";
import { chinaDateTimeField, text } from "@/lib/forms/fields";

// The forms of 民意征集 (zod, Chinese messages): the staff form of a consultation, a resident's
// opinion, staff's decision on an opinion and the 意见采纳情况反馈. Times are typed in China
// time (datetime-local, "2026-12-01T09:30") as in the content forms.

export const OPINION_MIN = 10;
export const OPINION_MAX = 2000;
export const OPINIONS_PER_RESIDENT = 5;
export const REASON_MAX = 500;
export const SUMMARY_MAX = 5000;
export const DRAFT_MAX = 100_000;

export const DECISIONS = {
  adopted: "采纳",
  partly: "部分采纳",
  not_adopted: "未采纳",
} as const;
export type Decision = keyof typeof DECISIONS;
export const isDecision = (value: string | null): value is Decision => value !== null && Object.hasOwn(DECISIONS, value);

const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message).max(2_000_000_000, message);

export const consultationSchema = z
  .object({
    title: text("标题", 100, 1),
    departmentId: id("请选择征集单位"),
    startsAt: chinaDateTimeField("开始时间"),
    endsAt: chinaDateTimeField("截止时间"),
    intro: text("征集说明", 2000, 1),
    draft: text("征求意见稿正文", DRAFT_MAX, 1),
  })
  .superRefine((input, context) => {
    if (input.endsAt <= input.startsAt) context.addIssue({ code: "custom", path: ["endsAt"], message: "截止时间须晚于开始时间" });
  });
export type ConsultationInput = z.output<typeof consultationSchema>;

export const CONSULTATION_FIELDS = {
  title: "标题",
  departmentId: "征集单位",
  startsAt: "开始时间",
  endsAt: "截止时间",
  intro: "征集说明",
  draft: "征求意见稿正文",
  attachment: "附件",
} as const;

export const opinionSchema = z.object({
  consultationId: id("征集项目无效"),
  clause: z
    .string()
    .trim()
    .refine((value) => value === "" || value === "full" || /^[1-9]\d{0,3}$/.test(value), "请选择针对的条款")
    .transform((value) => (value === "" || value === "full" ? null : Number(value))),
  body: z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(OPINION_MIN, `意见内容不能少于 ${OPINION_MIN} 个字`).max(OPINION_MAX, `意见内容不能超过 ${OPINION_MAX} 个字`)),
  publicConsent: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});
export type OpinionInput = z.output<typeof opinionSchema>;
export const OPINION_FIELDS = { clause: "针对条款", body: "意见内容", publicConsent: "同意公开" } as const;

export const decisionSchema = z.object({
  opinionId: id("意见编号无效"),
  decision: z.string().refine((value) => isDecision(value), "请选择采纳情况"),
  reason: text("理由", REASON_MAX, 1),
});
export const DECISION_FIELDS = { decision: "采纳情况", reason: "理由" } as const;

export const feedbackSchema = z.object({
  consultationId: id("征集项目无效"),
  summary: text("反馈说明", SUMMARY_MAX, 1),
});
export const FEEDBACK_FIELDS = { summary: "反馈说明" } as const;

export const consultationIdSchema = z.object({ consultationId: id("征集项目无效") });
