import { db, type Prisma } from "@/lib/db/client";
import { containsText } from "@/lib/db/text-search";
import { parseTopic, TOPICS, type Topic } from "./topics";
import { parseValidity, type Validity } from "./validity";

// 文件库 (/gk/wjk) and the 法定主动公开内容 counts on /gk: the published policy documents
// (articles in policy categories), filtered by 发文机关, 主题分类, 成文日期 year and 效力, and
// searched by title or 文号. A plain indexed query on Article (topic and issuer are indexed),
// not the site search: these are exact filters over a few hundred documents, and a title or
// 文号 is matched as the text typed (docs/decisions/0018).

export const LIBRARY_PAGE_SIZE = 20;

export interface LibraryFilter {
  q?: string | undefined;
  issuer?: string | undefined;
  topic?: Topic | undefined;
  year?: number | undefined;
  validity?: Validity | undefined;
  page?: number | undefined;
}

/** Parses the query string of /gk/wjk; anything malformed is ignored. */
export function parseLibraryFilter(params: Record<string, string | string[] | undefined>): LibraryFilter {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string).trim() : "");
  const q = one("q").slice(0, 50);
  const issuer = one("issuer").slice(0, 100);
  const year = /^(19|20)\d\d$/.test(one("year")) ? Number(one("year")) : undefined;
  const page = /^[1-9]\d{0,4}$/.test(one("page")) ? Number(one("page")) : 1;
  return {
    q: q || undefined,
    issuer: issuer || undefined,
    topic: parseTopic(one("topic")) ?? undefined,
    year,
    validity: parseValidity(one("validity")) ?? undefined,
    page,
  };
}

/** The query string of a filter (page 1 omitted): the links of the pages and the counts. */
export function libraryHref(filter: LibraryFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.issuer) params.set("issuer", filter.issuer);
  if (filter.topic) params.set("topic", filter.topic);
  if (filter.year) params.set("year", String(filter.year));
  if (filter.validity) params.set("validity", filter.validity);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/gk/wjk?${query}` : "/gk/wjk";
}

function chinaYearRange(year: number) {
  return { gte: new Date(Date.UTC(year, 0, 1) - 8 * 3600_000), lt: new Date(Date.UTC(year + 1, 0, 1) - 8 * 3600_000) };
}

function visiblePolicy(now: Date): Prisma.ArticleWhereInput {
  return { status: "published", publishedAt: { lte: now }, category: { isPolicy: true } };
}

async function libraryWhere(filter: LibraryFilter, now: Date): Promise<Prisma.ArticleWhereInput> {
  return {
    AND: [
      visiblePolicy(now),
      filter.issuer ? { issuer: filter.issuer } : {},
      filter.topic ? { topic: filter.topic } : {},
      filter.year ? { writtenAt: chinaYearRange(filter.year) } : {},
      filter.validity ? { validity: filter.validity } : {},
      filter.q ? await containsText("Article", ["title", "docNumber"], filter.q) : {},
    ],
  };
}

/** One page of the library, newest 成文日期 first (then newest published). */
export async function listPolicyDocuments(filter: LibraryFilter, now = new Date()) {
  const where = await libraryWhere(filter, now);
  const total = await db.article.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE));
  const page = Math.min(filter.page ?? 1, pageCount);
  const items = await db.article.findMany({
    where,
    select: { id: true, title: true, docNumber: true, indexNumber: true, issuer: true, writtenAt: true, publishedAt: true, topic: true, validity: true },
    orderBy: [{ writtenAt: { sort: "desc", nulls: "last" } }, { publishedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * LIBRARY_PAGE_SIZE,
    take: LIBRARY_PAGE_SIZE,
  });
  return { total, page, pageCount, items: items.map((item) => ({ ...item, publishedAt: item.publishedAt!, validity: parseValidity(item.validity) })) };
}

/** What the filters offer: the 发文机关 and 成文日期 years that published documents have. */
export async function libraryChoices(now = new Date()) {
  const [issuers, dates] = await Promise.all([
    db.article.findMany({ where: { ...visiblePolicy(now), issuer: { not: null } }, select: { issuer: true }, distinct: ["issuer"], orderBy: { issuer: "asc" } }),
    db.article.findMany({ where: { ...visiblePolicy(now), writtenAt: { not: null } }, select: { writtenAt: true } }),
  ]);
  const years = new Set(dates.map((row) => new Date(row.writtenAt!.getTime() + 8 * 3600_000).getUTCFullYear()));
  return {
    issuers: issuers.map((row) => row.issuer!),
    years: [...years].sort((a, b) => b - a),
    topics: TOPICS,
  };
}

/** 法定主动公开内容 by 主题分类: the number of published documents of each topic that has any. */
export async function policyTopicCounts(now = new Date()): Promise<{ topic: Topic; count: number }[]> {
  const rows = await db.article.groupBy({ by: ["topic"], where: { ...visiblePolicy(now), topic: { not: null } }, _count: { _all: true } });
  const counts = new Map(rows.map((row) => [row.topic, row._count._all]));
  return TOPICS.filter((topic) => counts.has(topic)).map((topic) => ({ topic, count: counts.get(topic)! }));
}
