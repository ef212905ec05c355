// Labels and limits of the mailbox forms, shared by the forms (client) and the validation
// (server). Nothing here may import server-only code.

export const LETTER_FIELD_LABELS = {
  type: "信件类型",
  title: "标题",
  content: "内容",
  agreePublic: "同意公开",
  contactName: "姓名",
  contactPhone: "手机号码",
  contactEmail: "电子邮箱",
  attachments: "附件",
} as const;

export const TITLE_MAX = 100;
export const CONTENT_MIN = 10;
export const CONTENT_MAX = 5000;

export const RATINGS = { satisfied: "满意", basic: "基本满意", unsatisfied: "不满意" } as const;
export type Rating = keyof typeof RATINGS;
export const RATING_COMMENT_MAX = 500;

