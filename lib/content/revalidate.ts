import { db } from "@/lib/db/client";
import { revalidatePublic } from "@/lib/site/revalidate";
import { PAGE_SIZE } from "./queries";

// Which public pages an article change touches (docs/decisions/0006).

export interface ArticlePosition {
  id: number;
  categoryId: number;
  publishedAt: Date | null;
}

const visible = () => ({ status: "published", publishedAt: { lte: new Date() } }) as const;

/** The visible articles just before and after a position in a category (their prev/next links). */
async function neighbourIds({ id, categoryId, publishedAt }: ArticlePosition): Promise<number[]> {
  if (!publishedAt) return [];
  const [previous, next] = await Promise.all([
    db.article.findFirst({
      where: { ...visible(), categoryId, id: { not: id }, OR: [{ publishedAt: { lt: publishedAt } }, { publishedAt, id: { lt: id } }] },
      select: { id: true },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    }),
    db.article.findFirst({
      where: { ...visible(), categoryId, id: { not: id }, OR: [{ publishedAt: { gt: publishedAt } }, { publishedAt, id: { gt: id } }] },
      select: { id: true },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    }),
  ]);
  return [previous?.id, next?.id].filter((value): value is number => value !== undefined);
}

/** Every page of a category's listing and of its parent's (which lists sub-categories too), plus one. */
async function categoryPaths(categoryId: number): Promise<string[]> {
  const category = await db.category.findUnique({
    where: { id: categoryId },
    select: { slug: true, parent: { select: { id: true, slug: true } } },
  });
  if (!category) return [];
  const listings = [{ slug: category.slug, ids: [categoryId] }];
  if (category.parent) {
    const siblings = await db.category.findMany({ where: { parentId: category.parent.id }, select: { id: true } });
    listings.push({ slug: category.parent.slug, ids: [category.parent.id, ...siblings.map((row) => row.id)] });
  }
  const paths: string[] = [];
  for (const listing of listings) {
    const total = await db.article.count({ where: { ...visible(), categoryId: { in: listing.ids } } });
    const pages = Math.ceil(total / PAGE_SIZE) + 1;
    paths.push(`/category/${listing.slug}`);
    for (let page = 2; page <= pages; page++) paths.push(`/category/${listing.slug}/${page}`);
  }
  return paths;
}

/**
 * The public pages an article change touches, given where the article was before and is
 * after it: the home page, /gk, the article itself, its neighbours' pages (their previous/next
 * links) and the listings of its category and parent category.
 */
export async function articlePaths(positions: ArticlePosition[]): Promise<string[]> {
  // /gk lists the 政务公开 categories' newest articles and counts policy documents by 主题分类.
  const paths = new Set<string>(["/", "/gk"]);
  for (const position of positions) {
    paths.add(`/article/${position.id}`);
    for (const id of await neighbourIds(position)) paths.add(`/article/${id}`);
    for (const path of await categoryPaths(position.categoryId)) paths.add(path);
  }
  return [...paths];
}

/** After an article change: revalidate what it touched, before and after. */
export async function revalidateArticle(before: ArticlePosition | null, after: ArticlePosition | null): Promise<void> {
  const positions = [before, after].filter((value): value is ArticlePosition => value !== null);
  revalidatePublic(await articlePaths(positions));
}
