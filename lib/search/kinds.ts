// The types of public item the site search holds, in the order of its type filter. A module
// that adds public items adds its kind here and a source in lib/search/sources.ts.
export const SEARCH_KINDS = {
  article: "新闻资讯",
  policy: "政策文件",
  page: "网站页面",
  letter: "公开信件",
  service: "办事指南",
  consultation: "民意征集",
  evaluation: "网上评议",
  interview: "嘉宾访谈",
  question: "在线问答",
} as const;

export type SearchKind = keyof typeof SEARCH_KINDS;

export function isSearchKind(value: string): value is SearchKind {
  return Object.hasOwn(SEARCH_KINDS, value);
}
