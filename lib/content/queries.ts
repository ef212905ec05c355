import { db } from "@/lib/db/client";
import { parseValidity } from "./validity";

// Read side of the public site. Only published articles whose publish time has come are
// visible. Every query names its columns.

export const PAGE_SIZE = 10;

const listItem = { id: true, title: true, summary: true, publishedAt: true } as const;

function visibleNow() {
  return { status: "published", publishedAt: { lte: new Date() } } as const;
}

export interface CategoryNode {
  id: number;
  slug: string;
  name: string;
  description: string;
  isPolicy: boolean;
  parentId: number | null;
  children: CategoryNode[];
}

// The category tree for pages rendered per request (the search page and its layout): kept in
// memory so that those pages do no database work for it. A category change here forgets it at
// once; another instance's change shows within TREE_TTL_MS.
const TREE_TTL_MS = 60_000;
let treeCache: { tree: Promise<CategoryNode[]>; until: number } | undefined;

export function cachedCategoryTree(now = Date.now()): Promise<CategoryNode[]> {
  if (!treeCache || treeCache.until <= now) {
    const tree = getCategoryTree();
    treeCache = { tree, until: now + TREE_TTL_MS };
    tree.catch(() => (treeCache = undefined));
  }
  return treeCache.tree;
}

export function forgetCategoryTree(): void {
  treeCache = undefined;
}

export async function getCategoryTree(): Promise<CategoryNode[]> {
  const rows = await db.category.findMany({
    select: { id: true, slug: true, name: true, description: true, isPolicy: true, parentId: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
  const nodes = new Map(rows.map((row) => [row.id, { ...row, children: [] as CategoryNode[] }]));
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export async function getCategory(slug: string) {
  const category = await db.category.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      isPolicy: true,
      parent: { select: { slug: true, name: true } },
      children: { select: { id: true, slug: true, name: true }, orderBy: { sortOrder: "asc" } },
    },
  });
  return category;
}

/** Articles of a category and its sub-categories, newest first. */
export async function listArticles(categoryId: number, childIds: number[], page: number) {
  const where = { ...visibleNow(), categoryId: { in: [categoryId, ...childIds] } };
  const [total, items] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      select: { ...listItem, docNumber: true, validity: true },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    items: items.map((item) => ({ ...item, validity: parseValidity(item.validity) })),
  };
}

export async function latestInCategory(slug: string, take: number) {
  return db.article.findMany({
    where: { ...visibleNow(), category: { OR: [{ slug }, { parent: { slug } }] } },
    select: listItem,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take,
  });
}

export async function getHeadlines(take: number) {
  return db.article.findMany({
    where: { ...visibleNow(), isHeadline: true },
    select: listItem,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take,
  });
}

export async function getArticle(id: number) {
  const article = await db.article.findFirst({
    where: { ...visibleNow(), id },
    select: {
      id: true,
      title: true,
      summary: true,
      body: true,
      source: true,
      author: true,
      publishedAt: true,
      updatedAt: true,
      docNumber: true,
      validity: true,
      validityNote: true,
      indexNumber: true,
      issuer: true,
      writtenAt: true,
      topic: true,
      viewCount: true,
      category: {
        select: { id: true, slug: true, name: true, parent: { select: { slug: true, name: true } } },
      },
      attachments: { select: { id: true, fileName: true, size: true }, orderBy: { id: "asc" } },
    },
  });
  if (!article || !article.publishedAt) return null;
  const publishedAt = article.publishedAt;
  const neighbour = (direction: "previous" | "next") =>
    db.article.findFirst({
      where: {
        ...visibleNow(),
        categoryId: article.category.id,
        OR:
          direction === "previous"
            ? [{ publishedAt: { lt: publishedAt } }, { publishedAt, id: { lt: id } }]
            : [{ publishedAt: { gt: publishedAt } }, { publishedAt, id: { gt: id } }],
      },
      select: { id: true, title: true },
      orderBy:
        direction === "previous"
          ? [{ publishedAt: "desc" }, { id: "desc" }]
          : [{ publishedAt: "asc" }, { id: "asc" }],
    });
  const [previous, next] = await Promise.all([neighbour("previous"), neighbour("next")]);
  return { ...article, publishedAt, validity: parseValidity(article.validity), previous, next };
}

export async function getPage(slug: string) {
  return db.page.findUnique({ where: { slug }, select: { slug: true, title: true, body: true, updatedAt: true } });
}

export async function getAttachment(id: number) {
  return db.attachment.findFirst({
    where: { id, article: visibleNow() },
    select: { fileName: true, storageKey: true, mimeType: true, size: true },
  });
}

/** For the site map: every category with its newest articles. */
export async function getSitemap() {
  const [tree, pages] = await Promise.all([
    getCategoryTree(),
    db.page.findMany({ select: { slug: true, title: true }, orderBy: { slug: "asc" } }),
  ]);
  return { tree, pages };
}
