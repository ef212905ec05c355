import { z } from "zod";
import { emailSchema, nameSchema, phoneSchema } from "@/lib/accounts/validation";
import { CONTENT_MAX, CONTENT_MIN, RATING_COMMENT_MAX, TITLE_MAX } from "./fields";
import { LETTER_TYPES, mayBePublished } from "./states";

export * from "./fields";

// The rules of the mailbox forms (messages are shown beside the field and in the summary).

const length = (value: string) => [...value].length;

export const letterSchema = z
  .object({
    submissionKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "表单已失效，请刷新页面后重新填写"),
    type: z.enum(LETTER_TYPES, "请选择信件类型"),
    title: z
      .string()
      .trim()
      .min(1, "请填写标题")
      .refine((value) => length(value) <= TITLE_MAX, `标题不能超过 ${TITLE_MAX} 个字`),
    content: z
      .string()
      .trim()
      .refine((value) => length(value) >= CONTENT_MIN, `内容不能少于 ${CONTENT_MIN} 个字`)
      .refine((value) => length(value) <= CONTENT_MAX, `内容不能超过 ${CONTENT_MAX} 个字`),
    agreePublic: z
      .literal("on")
      .optional()
      .transform((value) => value === "on"),
    contactName: nameSchema,
    contactPhone: phoneSchema,
    contactEmail: emailSchema,
  })
  .superRefine((letter, context) => {
    if (letter.agreePublic && !mayBePublished(letter.type)) {
      context.addIssue({ code: "custom", path: ["agreePublic"], message: "举报信件不予公开，请取消勾选“同意公开”" });
    }
  });

export type LetterInput = z.output<typeof letterSchema>;

export const trackSchema = z.object({
  number: z
    .string()
    .trim()
    .min(1, "请填写信件编号")
    .max(40, "信件编号格式不正确，例如 20261129-0007"),
  code: z
    .string()
    .trim()
    .min(1, "请填写查询码")
    .max(40, "查询码应为 12 位字母和数字"),
});

export const ratingSchema = z.object({
  letterId: z.coerce.number().int().positive("请选择要评价的信件"),
  rating: z.enum(["satisfied", "basic", "unsatisfied"], "请选择评价"),
  ratingComment: z
    .string()
    .trim()
    .refine((value) => length(value) <= RATING_COMMENT_MAX, `评价意见不能超过 ${RATING_COMMENT_MAX} 个字`)
    .transform((value) => value || null),
});
