import { record } from "@/lib/audit/audit";
import { containsText } from "@/lib/db/text-search";
import { syncArticle } from "@/lib/search/sources";
import type { Actor } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import type { FieldErrors } from "@/lib/forms/action";
import type { ArticleInput } from "./forms";
import { assertCan } from "./permission";
import { revalidateArticle, type ArticlePosition } from "./revalidate";
import { articleStatusSchema, parseValidity, type ArticleStatus } from "./validity";
import { isTransition, permissionFor, TRANSITIONS, type Transition } from "./workflow";

// Articles in the staff console: the list with its filters, creating and editing, and the
// workflow (lib/content/workflow.ts). Every change is audited and revalidates the public
// pages it touched (lib/content/revalidate.ts).

export const STAFF_PAGE_SIZE = 20;

export const STATUS_FILTERS = [...articleStatusSchema.options, "scheduled"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface ArticleFilter {
  categoryId?: number | undefined;
  status?: StatusFilter | undefined;
  /** Publish time from (inclusive) and to (exclusive) */
  from?: Date | undefined;
  to?: Date | undefined;
  title?: string | undefined;
}

async function whereOf(filter: ArticleFilter, now: Date): Promise<Prisma.ArticleWhereInput> {
  const publishedAt = { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) };
  const status =
    filter.status === "scheduled"
      ? { status: "published", publishedAt: { gt: now } }
      : filter.status === "published"
        ? { status: "published", publishedAt: { lte: now } }
        : filter.status
          ? { status: filter.status }
          : {};
  return {
    AND: [
      status,
      filter.categoryId !== undefined ? { categoryId: filter.categoryId } : {},
      filter.title ? await containsText("Article", ["title"], filter.title) : {},
      filter.from || filter.to ? { publishedAt } : {},
    ],
  };
}

/** One page of articles for staff, most recently changed first. */
export async function listArticlesForStaff(filter: ArticleFilter, page: number) {
  const where = await whereOf(filter, new Date());
  const [total, items] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      select: { id: true, title: true, status: true, publishedAt: true, updatedAt: true, category: { select: { name: true } } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE)), items };
}

export async function getArticleForEdit(id: number) {
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      categoryId: true,
      summary: true,
      body: true,
      source: true,
      status: true,
      publishedAt: true,
      docNumber: true,
      validity: true,
      validityNote: true,
      indexNumber: true,
      issuer: true,
      writtenAt: true,
      topic: true,
      comments: true,
      updatedAt: true,
      attachments: { select: { id: true, fileName: true, size: true, mimeType: true }, orderBy: { id: "asc" } },
    },
  });
  return article ? { ...article, validity: parseValidity(article.validity) } : null;
}

/** Whether a published article is still waiting for its publish time. */
export function isScheduled(article: { status: string; publishedAt: Date | null }, now = new Date()): boolean {
  return article.status === "published" && !!article.publishedAt && article.publishedAt > now;
}

type SaveResult = { ok: true; id: number } | { ok: false; fieldErrors: FieldErrors };

interface ArticleColumns {
  title: string;
  categoryId: number;
  summary: string;
  body: string;
  source: string;
  publishedAt: Date | null;
  docNumber: string | null;
  validity: string | null;
  validityNote: string | null;
  indexNumber: string | null;
  issuer: string | null;
  writtenAt: Date | null;
  topic: string | null;
  comments?: string;
}

/** The columns written for the form's input; policy fields only in a policy category. */
async function columnsOf(input: ArticleInput, articleId: number | null): Promise<{ data: ArticleColumns; fieldErrors?: never } | { data?: never; fieldErrors: FieldErrors }> {
  const category = await db.category.findUnique({ where: { id: input.categoryId }, select: { isPolicy: true } });
  if (!category) return { fieldErrors: { categoryId: ["请选择栏目"] } };
  const docNumber = category.isPolicy && input.docNumber ? input.docNumber : null;
  if (category.isPolicy && input.validity === "") return { fieldErrors: { validity: ["请选择文件效力"] } };
  if (docNumber) {
    const clash = await db.article.findFirst({
      where: { docNumber, ...(articleId !== null ? { id: { not: articleId } } : {}) },
      select: { id: true },
    });
    if (clash) return { fieldErrors: { docNumber: ["该文号已被其他文章使用"] } };
  }
  const indexNumber = category.isPolicy && input.indexNumber ? input.indexNumber : null;
  if (indexNumber) {
    const clash = await db.article.findFirst({
      where: { indexNumber, ...(articleId !== null ? { id: { not: articleId } } : {}) },
      select: { id: true },
    });
    if (clash) return { fieldErrors: { indexNumber: ["该索引号已被其他文件使用"] } };
  }
  const writtenAt = category.isPolicy ? input.writtenAt : null;
  if (writtenAt && writtenAt.getTime() > Date.now()) return { fieldErrors: { writtenAt: ["成文日期不能晚于今天"] } };
  return {
    data: {
      title: input.title,
      categoryId: input.categoryId,
      summary: input.summary,
      body: input.body,
      source: input.source,
      publishedAt: input.publishedAt,
      docNumber,
      validity: category.isPolicy ? input.validity || null : null,
      validityNote: category.isPolicy && input.validityNote ? input.validityNote : null,
      indexNumber,
      issuer: category.isPolicy && input.issuer ? input.issuer : null,
      writtenAt,
      topic: category.isPolicy && input.topic ? input.topic : null,
      ...(input.comments ? { comments: input.comments } : {}),
    },
  };
}

const positionSelect = { id: true, categoryId: true, publishedAt: true, status: true } as const;

function publicPosition(article: ArticlePosition & { status: string }): ArticlePosition | null {
  return article.status === "published" ? article : null;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** The field a unique violation on create or update belongs to (文号 or 索引号). */
function uniqueErrors(error: unknown): FieldErrors {
  const target = JSON.stringify((error as { meta?: unknown }).meta ?? "");
  return target.includes("indexNumber") ? { indexNumber: ["该索引号已被其他文件使用"] } : { docNumber: ["该文号已被其他文章使用"] };
}

/** A new article, always a draft. */
export async function createArticle(actor: Actor, input: ArticleInput, ip: string | null): Promise<SaveResult> {
  await assertCan(actor, "manage:content:any", ip);
  const columns = await columnsOf(input, null);
  if (!columns.data) return { ok: false, fieldErrors: columns.fieldErrors };
  try {
    const { id } = await db.article.create({ data: { ...columns.data, status: "draft" }, select: { id: true } });
    await record({ actor, action: "content.article_create", outcome: "success", targetType: "article", targetId: id, ip, detail: input.title });
    return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: uniqueErrors(error) };
    throw error;
  }
}

/** Edits an article in any status; a published one changes on the public site at once. */
export async function updateArticle(actor: Actor, id: number, input: ArticleInput, ip: string | null): Promise<SaveResult | { ok: false; notFound: true }> {
  await assertCan(actor, "manage:content:any", ip);
  const before = await db.article.findUnique({ where: { id }, select: positionSelect });
  if (!before) return { ok: false, notFound: true };
  const columns = await columnsOf(input, id);
  if (!columns.data) return { ok: false, fieldErrors: columns.fieldErrors };
  // An emptied publish time of a published (or archived) article keeps the one it has.
  if (columns.data.publishedAt === null && before.status !== "draft" && before.status !== "review") columns.data.publishedAt = before.publishedAt;
  let after;
  try {
    after = await db.$transaction(async (tx) => {
      const updated = await tx.article.update({ where: { id }, data: columns.data, select: positionSelect });
      await syncArticle(tx, id);
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: uniqueErrors(error) };
    throw error;
  }
  await record({ actor, action: "content.article_update", outcome: "success", targetType: "article", targetId: id, ip, detail: input.title });
  if (before.status === "published") await revalidateArticle(publicPosition(before), publicPosition(after));
  return { ok: true, id };
}

export type TransitionResult =
  | { ok: true; status: ArticleStatus; scheduled: boolean }
  | { ok: false; reason: "not_found" | "not_allowed" };

/**
 * Moves an article along the workflow. Only the transitions in TRANSITIONS from the
 * article's current status are allowed (checked again inside the update, so two staff
 * clicking at once cannot both move it). Publishing keeps a publish time set in the form
 * (a future one schedules the article) or uses now.
 */
export async function transitionArticle(actor: Actor, id: number, transition: string, ip: string | null): Promise<TransitionResult> {
  if (!isTransition(transition)) return { ok: false, reason: "not_allowed" };
  await assertCan(actor, permissionFor(transition as Transition), ip);
  const step = TRANSITIONS[transition];
  const before = await db.article.findUnique({ where: { id }, select: positionSelect });
  if (!before) return { ok: false, reason: "not_found" };
  const now = new Date();
  const publishedAt = transition === "publish" ? (before.publishedAt ?? now) : before.publishedAt;
  // The search index changes with the status, in the same transaction (lib/search/sources.ts).
  const count = await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({ where: { id, status: step.from }, data: { status: step.to, publishedAt } });
    if (count > 0) await syncArticle(tx, id);
    return count;
  });
  if (count === 0) {
    await record({ actor, action: `content.article_${transition}`, outcome: "failed", targetType: "article", targetId: id, ip, detail: `状态为 ${before.status}` });
    return { ok: false, reason: "not_allowed" };
  }
  const scheduled = step.to === "published" && publishedAt !== null && publishedAt > now;
  await record({
    actor,
    action: `content.article_${transition}`,
    outcome: "success",
    targetType: "article",
    targetId: id,
    ip,
    detail: `${step.from} -> ${step.to}${scheduled ? `，定时 ${publishedAt.toISOString()}` : ""}`,
  });
  const after = { ...before, status: step.to, publishedAt };
  if (before.status === "published" || step.to === "published") await revalidateArticle(publicPosition(before), publicPosition(after));
  return { ok: true, status: step.to, scheduled };
}
