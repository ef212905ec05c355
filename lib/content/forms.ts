import { z } from "zod";
import { ARTICLE_COMMENT_SETTINGS } from "@/lib/comments/fields";
import { optionalChinaDateTimeField, required, text } from "@/lib/forms/fields";
import { formatDate, formatDateTime } from "@/lib/format";
import { INDEX_NUMBER, TOPICS } from "./topics";
import { validitySchema } from "./validity";

// The staff console's content forms (zod schemas, Chinese messages). Times are typed in China
// time (datetime-local, "2026-12-01T09:30") and stored as instants.

const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);

/** "2026-12-01T09:30" (China time) to an instant; "" to null. */
export const chinaDateTime = optionalChinaDateTimeField("发布时间");

/** "2026-01-20" (a day in China time) to the instant it starts; "" to null. */
export const chinaDate = (label: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || /^\d{4}-\d{2}-\d{2}$/.test(value), `请按 年-月-日 填写${label}`)
    .transform((value, context) => {
      if (value === "") return null;
      const date = new Date(`${value}T00:00:00+08:00`);
      if (Number.isNaN(date.getTime()) || formatDate(date) !== value) {
        context.addIssue({ code: "custom", message: `${label}无效` });
        return z.NEVER;
      }
      return date;
    });

/** An instant as the value of a datetime-local field (China time). */
export function toChinaDateTimeInput(date: Date | null): string {
  return date ? formatDateTime(date).replace(" ", "T") : "";
}

export const articleSchema = z.object({
  title: required("标题", 200),
  categoryId: id("请选择栏目"),
  summary: text("摘要", 500),
  body: required("正文", 100_000),
  source: text("来源", 100),
  publishedAt: chinaDateTime,
  docNumber: text("文号", 100),
  validity: z.union([z.literal(""), validitySchema], { error: "请选择文件效力" }),
  validityNote: text("效力说明", 200),
  indexNumber: text("索引号", 40)
    .transform((value) => value.toUpperCase())
    .refine((value) => value === "" || INDEX_NUMBER.test(value), "索引号格式应为 18 位机构代码/年份-5 位序号，例如 11652300010000000X/2026-00003"),
  issuer: text("发文机关", 100),
  writtenAt: chinaDate("成文日期"),
  topic: z.union([z.literal(""), z.enum(TOPICS)], { error: "请选择主题分类" }),
  // Optional for callers that predate comments: an absent value leaves the stored setting.
  comments: z.enum(ARTICLE_COMMENT_SETTINGS, { error: "请选择评论设置" }).optional(),
});
export type ArticleInput = z.output<typeof articleSchema>;

export const ARTICLE_FIELDS = ["title", "categoryId", "summary", "body", "source", "publishedAt", "docNumber", "validity", "validityNote", "indexNumber", "issuer", "writtenAt", "topic", "comments"];

export const slugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "栏目标识只能使用小写字母、数字和连字符，不超过 40 个字符");

export const categorySchema = z.object({
  name: required("栏目名称", 50),
  slug: slugSchema,
  description: text("栏目说明", 200),
  parentId: z.union([z.literal(""), id("上级栏目无效")]).transform((value) => (value === "" ? null : value)),
  sortOrder: z.coerce.number({ error: "排序须为整数" }).int("排序须为整数").min(0, "排序不能小于 0").max(9999, "排序不能大于 9999"),
  isPolicy: z.literal("on").optional().transform((value) => value === "on"),
  commentsEnabled: z.literal("on").optional().transform((value) => value === "on"),
});
export type CategoryInput = z.output<typeof categorySchema>;

export const pageSchema = z.object({
  title: required("标题", 100),
  body: required("正文", 100_000),
});
export type PageInput = z.output<typeof pageSchema>;
