// 网上评议's labels and field names, without server imports: the client forms use them too
// (lib/evaluations/fields.ts re-exports them with the zod schemas).

export const RATINGS = { satisfied: "满意", basic: "基本满意", dissatisfied: "不满意" } as const;
export type Rating = keyof typeof RATINGS;
export const isRating = (value: string): value is Rating => Object.hasOwn(RATINGS, value);

export const DEFAULT_CRITERIA = ["服务态度", "办事效率", "政务公开", "依法行政"];
export const MAX_CRITERIA = 8;
export const COMMENT_MAX = 500;

export const OBJECT_KINDS = { department: "部门", service: "办事事项" } as const;
export type ObjectKind = keyof typeof OBJECT_KINDS;

export const COMMENT_STATUSES = { pending: "待审核", approved: "已公开", rejected: "未通过审核" } as const;
export type CommentStatus = keyof typeof COMMENT_STATUSES;

export const ROUND_FIELDS: Record<string, string> = {
  title: "评议标题",
  intro: "评议说明",
  startDate: "开始日期",
  endDate: "结束日期",
  criteria: "评议指标",
  objects: "评议对象",
};

/** The checkbox name of an object choice: object-department-3, object-service-12. */
export const objectField = (kind: ObjectKind, id: number) => `object-${kind}-${id}`;

/** The field name of a criterion's radio group. */
export const ratingField = (index: number) => `r${index}`;
