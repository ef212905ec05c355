import type { CategoryNode } from "@/lib/content/queries";

export const categoryHref = (slug: string) => `/category/${slug}`;

/** The 政务公开 section: its category (指南, 制度, 年报 below it) is presented by /gk. */
export const GK_CATEGORY = "zwgk";
export const GK_HREF = "/gk";
export const GK_LABEL = "政务公开";

/** Where a category's link goes: the 政务公开 category to /gk, any other to its listing. */
export const sectionHref = (slug: string) => (slug === GK_CATEGORY ? GK_HREF : categoryHref(slug));
export const articleHref = (id: number) => `/article/${id}`;

/** Entry points to the interactive services, shown in the navigation and on the home page. */
export const serviceLinks = [
  { href: "/mailbox", label: "州长信箱", description: "向州长反映情况、提出意见建议" },
  { href: "/services", label: "在线服务", description: "办事指南：个人服务、法人服务，按主题和部门查找" },
  { href: "/interaction", label: "互动交流", description: "12345 热线、信函与网站意见" },
] as const;

/** The sections under 互动交流: listed on its page (/interaction), below it on the site map, and in breadcrumbs. */
export const INTERACTION_CRUMB = { label: "互动交流", href: "/interaction" };
export const interactionLinks = [
  { href: "/interaction/consultations", label: "民意征集", description: "对规范性文件和重要政策的草案提出意见" },
  { href: "/interaction/evaluations", label: "网上评议", description: "对政府部门和政务服务事项进行满意度评议" },
  { href: "/interaction/questions", label: "在线问答", description: "向政府部门咨询问题，查看已公开的回复和常见问题" },
] as const;

/** 首页, the top-level categories, 政务公开 (always, at its category's place if it has one), 在线服务 and 互动交流. */
export function mainNavigation(tree: CategoryNode[]) {
  const sections = tree.map((category) => (category.slug === GK_CATEGORY ? { href: GK_HREF, label: GK_LABEL } : { href: categoryHref(category.slug), label: category.name }));
  if (!sections.some((link) => link.href === GK_HREF)) sections.push({ href: GK_HREF, label: GK_LABEL });
  return [{ href: "/", label: "首页" }, ...sections, { href: "/services", label: "在线服务" }, { href: "/interaction", label: "互动交流" }];
}

export interface SitemapLink {
  href: string;
  label: string;
  children?: SitemapLink[];
}

/**
 * The site map's three sections with one link per destination: a service that is already a
 * category, or a static page that is already a service (互动交流 is both a service link and
 * the page /interaction), is listed once, in the first section that has it.
 */
export function sitemapSections(tree: CategoryNode[], pages: { slug: string; title: string }[]) {
  const seen = new Set<string>();
  const once = (link: SitemapLink) => !seen.has(link.href) && Boolean(seen.add(link.href));
  const categories = tree
    .filter((category) => once({ href: sectionHref(category.slug), label: category.name }))
    .map((category) => ({
      href: sectionHref(category.slug),
      label: category.name,
      children: category.children.filter((child) => once({ href: categoryHref(child.slug), label: child.name })).map((child) => ({ href: categoryHref(child.slug), label: child.name })),
    }));
  const children = interactionLinks.filter(once).map(({ href, label }) => ({ href, label }));
  const services: SitemapLink[] = serviceLinks.filter(once).map(({ href, label }) => (href === INTERACTION_CRUMB.href ? { href, label, children } : { href, label }));
  const about = pages.map((page) => ({ href: `/${page.slug}`, label: page.title })).filter(once);
  return { categories, services, about };
}
