import { z } from "zod";

// The comments' vocabulary and form schemas (docs/decisions/0022).

export const COMMENT_MAX_CHARS = 500;
export const COMMENTS_PER_HOUR = 10;
export const SUBMITTED_MESSAGE = "评论已提交，审核通过后显示";
export const RATE_LIMITED_MESSAGE = `评论过于频繁：每人每小时最多发表 ${COMMENTS_PER_HOUR} 条评论，请稍后再试`;
export const CLOSED_MESSAGE = "该内容未开放评论";
export const REPORTED_MESSAGE = "举报已收到，该评论将重新审核";

/** What a comment can be about: articles now; consultations join here (lib/comments/subjects.ts). */
export const SUBJECT_KINDS = ["article", "consultation"] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const COMMENT_STATUSES = ["pending", "approved", "rejected"] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = { pending: "待审核", approved: "已发布", rejected: "未通过" };

/** An article's own setting: follow its category, or always on / off. */
export const ARTICLE_COMMENT_SETTINGS = ["inherit", "on", "off"] as const;
export type ArticleCommentSetting = (typeof ARTICLE_COMMENT_SETTINGS)[number];
export const ARTICLE_COMMENT_LABELS: Record<ArticleCommentSetting, string> = { inherit: "跟随栏目设置", on: "开放评论", off: "关闭评论" };

const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message).max(2_147_483_647, message);

export const commentSchema = z.object({
  subjectKind: z.enum(SUBJECT_KINDS, { error: "评论对象无效" }),
  subjectId: id("评论对象无效"),
  body: z
    .string({ error: "请填写评论内容" })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, "请填写评论内容").max(COMMENT_MAX_CHARS, `评论内容最多 ${COMMENT_MAX_CHARS} 个字符`)),
});
export type CommentInput = z.output<typeof commentSchema>;

export const reportSchema = z.object({ commentId: id("评论不存在") });

export const approveSchema = z.object({ commentId: id("评论不存在") });

export const rejectSchema = z.object({
  commentId: id("评论不存在"),
  reasonId: id("请选择驳回理由"),
  note: z.string().trim().max(200, "补充说明最多 200 个字符").default(""),
});
export type RejectInput = z.output<typeof rejectSchema>;

export const wordSchema = z.object({
  word: z.string({ error: "请填写敏感词" }).trim().min(1, "请填写敏感词").max(30, "敏感词最多 30 个字符"),
});

export const reasonSchema = z.object({
  text: z.string({ error: "请填写理由" }).trim().min(2, "理由至少 2 个字符").max(100, "理由最多 100 个字符"),
});

export const removeSchema = z.object({ id: id("条目不存在") });
