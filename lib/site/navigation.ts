import type { CategoryNode } from "@/lib/content/queries";

export const categoryHref = (slug: string) => `/category/${slug}`;
export const articleHref = (id: number) => `/article/${id}`;

/** Entry points to the interactive services, shown in the navigation and on the home page. */
export const serviceLinks = [
  { href: "/mailbox", label: "州长信箱", description: "向州长反映情况、提出意见建议" },
  { href: categoryHref("bmfw"), label: "在线服务", description: "办事指南与便民服务事项" },
  { href: "/interaction", label: "互动交流", description: "12345 热线、信函与网站意见" },
] as const;

export function mainNavigation(tree: CategoryNode[]) {
  return [
    { href: "/", label: "首页" },
    ...tree.map((category) => ({ href: categoryHref(category.slug), label: category.name })),
    { href: "/interaction", label: "互动交流" },
  ];
}
