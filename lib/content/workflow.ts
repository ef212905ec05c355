import type { ArticleStatus } from "./validity";

// The editorial workflow of an article: 草稿 -> 待审核 (送审) -> 已发布 (发布) -> 已下线 (下线).
// Only the transitions below exist; lib/content/articles.ts refuses any other.

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: "草稿",
  review: "待审核",
  published: "已发布",
  archived: "已下线",
};

export const TRANSITIONS = {
  submit: { from: "draft", to: "review", label: "送审" },
  return: { from: "review", to: "draft", label: "退回修改" },
  publish: { from: "review", to: "published", label: "发布" },
  archive: { from: "published", to: "archived", label: "下线归档" },
  reopen: { from: "archived", to: "draft", label: "重新编辑" },
} as const satisfies Record<string, { from: ArticleStatus; to: ArticleStatus; label: string }>;

export type Transition = keyof typeof TRANSITIONS;

export function isTransition(value: string): value is Transition {
  return Object.hasOwn(TRANSITIONS, value);
}

/** The transitions open to an article in this status. */
export function transitionsFrom(status: string): Transition[] {
  return (Object.keys(TRANSITIONS) as Transition[]).filter((name) => TRANSITIONS[name].from === status);
}

/** Publishing and taking offline need publish:content:any; the rest manage:content:any. */
export function permissionFor(transition: Transition) {
  return transition === "publish" || transition === "archive" ? "publish:content:any" : "manage:content:any";
}
