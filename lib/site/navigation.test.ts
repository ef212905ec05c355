import { expect, it } from "vitest";
import type { CategoryNode } from "@/lib/content/queries";
import { sitemapSections } from "./navigation";

const node = (slug: string, name: string, children: CategoryNode[] = []): CategoryNode => ({ id: 0, slug, name, description: "", isPolicy: false, parentId: null, children });

it("lists every destination of the site map once (互动交流 is a service and a page)", () => {
  const tree = [node("yaowen", "要闻动态"), node("zcwj", "政策文件", [node("zfwj", "州政府文件")]), node("bmfw", "便民服务")];
  const pages = [
    { slug: "about", title: "网站简介" },
    { slug: "interaction", title: "互动交流" },
    { slug: "privacy", title: "隐私政策" },
  ];
  const { categories, services, about } = sitemapSections(tree, pages);
  const all = [...categories.flatMap((category) => [category, ...category.children]), ...services.flatMap((link) => [link, ...(link.children ?? [])]), ...about];
  expect(all.filter((link) => link.label === "互动交流")).toHaveLength(1);
  expect(new Set(all.map((link) => link.href)).size).toBe(all.length);
  expect(services.map((link) => link.href)).toEqual(["/mailbox", "/services", "/interaction"]);
  // 民意征集 sits under 互动交流.
  expect(services.find((link) => link.href === "/interaction")?.children).toEqual([
    { href: "/interaction/consultations", label: "民意征集" },
    { href: "/interaction/evaluations", label: "网上评议" },
    { href: "/interaction/questions", label: "在线问答" },
  ]);
  expect(services.find((link) => link.href === "/services")?.label).toBe("在线服务");
  expect(about.map((link) => link.href)).toEqual(["/about", "/privacy"]);
  expect(categories[1]?.children).toEqual([{ href: "/category/zfwj", label: "州政府文件" }]);
});

it("puts 政务公开 in the main navigation, leading to /gk, at its category's place or before 在线服务 and 互动交流", async () => {
  const { mainNavigation } = await import("./navigation");
  const withSection = mainNavigation([node("yaowen", "要闻动态"), node("zwgk", "政务公开", [node("gknb", "政府信息公开年报")]), node("bmdt", "部门动态")]);
  expect(withSection.map((link) => link.href)).toEqual(["/", "/category/yaowen", "/gk", "/category/bmdt", "/services", "/interaction"]);
  const without = mainNavigation([node("yaowen", "要闻动态")]);
  expect(without.map((link) => [link.href, link.label])).toEqual([
    ["/", "首页"],
    ["/category/yaowen", "要闻动态"],
    ["/gk", "政务公开"],
    ["/services", "在线服务"],
    ["/interaction", "互动交流"],
  ]);
  const { categories } = sitemapSections([node("zwgk", "政务公开", [node("gknb", "政府信息公开年报")])], []);
  expect(categories[0]).toEqual({ href: "/gk", label: "政务公开", children: [{ href: "/category/gknb", label: "政府信息公开年报" }] });
});
