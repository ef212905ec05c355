import type { Prisma } from "@/lib/db/client";
import { maskPersonalData } from "@/lib/mailbox/masking";
import { STATIC_PAGE_SLUGS } from "@/lib/site/mode";
import { markIndexChanged } from "./generation";
import type { SearchKind } from "./kinds";
import { indexWords } from "./segment";
import { MAX_INDEXED_TEXT, markdownToText, normalizeCode } from "./text";

// What each kind of public item puts in the search index, and the one rule that keeps the
// index true: after any change to an item, call its sync function inside the same
// transaction. It reads the item as the change left it and writes its SearchDocument when
// the item is public, or deletes it when it is not (unpublished, archived, private, deleted).
// A scheduled article is indexed with its future publish time; the search only shows
// documents whose publish time has come (lib/search/engines).

export type SearchTx = Pick<Prisma.TransactionClient, "searchDocument" | "siteSetting" | "article" | "page" | "letter" | "serviceGuide" | "consultation" | "evaluationRound" | "interview" | "question">;

export interface SearchDocumentInput {
  sourceKey: string;
  kind: SearchKind;
  category: string | null;
  code: string | null;
  publishedAt: Date;
  url: string;
  title: string;
  body: string;
}

/** The row written for a document: its text segmented for the full-text index. */
export function documentRow(input: SearchDocumentInput) {
  const body = input.body.slice(0, MAX_INDEXED_TEXT);
  return {
    ...input,
    body,
    code: input.code ? normalizeCode(input.code) : null,
    // The code is part of the title's words: a query for 文号 finds it even where the text never quotes it.
    titleWords: indexWords(input.code ? `${input.title} ${input.code}` : input.title),
    bodyWords: indexWords(body),
  };
}

async function write(tx: SearchTx, sourceKey: string, input: SearchDocumentInput | null): Promise<void> {
  if (!input) {
    const { count } = await tx.searchDocument.deleteMany({ where: { sourceKey } });
    if (count > 0) await markIndexChanged(tx);
    return;
  }
  const row = documentRow(input);
  await tx.searchDocument.upsert({ where: { sourceKey }, create: row, update: row, select: { id: true } });
  await markIndexChanged(tx);
}

/** Removes the documents of these sources (e.g. submissions erased with an account), in one statement. */
export async function removeSearchDocuments(tx: SearchTx, sourceKeys: string[]): Promise<void> {
  if (sourceKeys.length === 0) return;
  const { count } = await tx.searchDocument.deleteMany({ where: { sourceKey: { in: sourceKeys } } });
  if (count > 0) await markIndexChanged(tx);
}

export const articleSelect = {
  id: true,
  title: true,
  summary: true,
  body: true,
  status: true,
  publishedAt: true,
  docNumber: true,
  indexNumber: true,
  issuer: true,
  category: { select: { slug: true, isPolicy: true } },
} as const;

type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

/** The search document of an article, or null while it is not published. */
export function articleDocument(article: ArticleRow): SearchDocumentInput | null {
  if (article.status !== "published" || !article.publishedAt) return null;
  return {
    sourceKey: `article:${article.id}`,
    kind: article.category.isPolicy ? "policy" : "article",
    category: article.category.slug,
    code: article.docNumber,
    publishedAt: article.publishedAt,
    url: `/article/${article.id}`,
    title: article.title,
    // A policy document's 发文机关 and 索引号 are searchable words too (after the text, so snippets start with it).
    body: [article.summary, markdownToText(article.body), article.issuer ? `发文机关：${article.issuer}` : "", article.indexNumber ? `索引号：${article.indexNumber}` : ""].filter(Boolean).join(" "),
  };
}

export async function syncArticle(tx: SearchTx, articleId: number): Promise<void> {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: articleSelect });
  await write(tx, `article:${articleId}`, article && articleDocument(article));
}

export const pageSelect = { slug: true, title: true, body: true, updatedAt: true } as const;

export function pageDocument(page: Prisma.PageGetPayload<{ select: typeof pageSelect }>): SearchDocumentInput {
  return {
    sourceKey: `page:${page.slug}`,
    kind: "page",
    category: null,
    code: null,
    publishedAt: page.updatedAt,
    url: `/${page.slug}`,
    title: page.title,
    body: markdownToText(page.body),
  };
}

/** A static page (lib/content/pages.ts); only the slugs served at /<slug> are indexed. */
export async function syncPage(tx: SearchTx, slug: string): Promise<void> {
  const page = STATIC_PAGE_SLUGS.includes(slug) ? await tx.page.findUnique({ where: { slug }, select: pageSelect }) : null;
  await write(tx, `page:${slug}`, page && pageDocument(page));
}

export const letterSelect = { id: true, publicTitle: true, publicContent: true, publicReply: true, publishedAt: true } as const;

/** The public version of a letter (masked by staff), or null while it is not published. */
export function letterDocument(letter: Prisma.LetterGetPayload<{ select: typeof letterSelect }>): SearchDocumentInput | null {
  if (!letter.publishedAt || letter.publicTitle === null) return null;
  return {
    sourceKey: `letter:${letter.id}`,
    kind: "letter",
    category: null,
    code: null,
    publishedAt: letter.publishedAt,
    url: `/mailbox/letters/${letter.id}`,
    title: letter.publicTitle,
    body: [letter.publicContent ?? "", letter.publicReply ? `答复：${letter.publicReply}` : ""].filter(Boolean).join(" "),
  };
}

export async function syncLetter(tx: SearchTx, letterId: number): Promise<void> {
  const letter = await tx.letter.findUnique({ where: { id: letterId }, select: letterSelect });
  await write(tx, `letter:${letterId}`, letter && letterDocument(letter));
}

/** After a category's slug or policy flag changed: its articles' documents follow. */
export async function syncCategory(tx: SearchTx, categoryId: number): Promise<void> {
  const articles = await tx.article.findMany({ where: { categoryId, status: "published" }, select: { id: true, category: { select: { slug: true, isPolicy: true } } } });
  const category = articles[0]?.category;
  if (!category) return;
  await tx.searchDocument.updateMany({
    where: { sourceKey: { in: articles.map((article) => `article:${article.id}`) } },
    data: { kind: category.isPolicy ? "policy" : "article", category: category.slug },
  });
  await markIndexChanged(tx);
}

export const serviceGuideSelect = {
  id: true,
  code: true,
  name: true,
  conditions: true,
  theme: true,
  status: true,
  publishedAt: true,
  department: { select: { name: true } },
} as const;

/** A 办事指南 (lib/services), or null while it is not published. Its 事项编码 is its code. */
export function serviceGuideDocument(guide: Prisma.ServiceGuideGetPayload<{ select: typeof serviceGuideSelect }>): SearchDocumentInput | null {
  if (guide.status !== "published" || !guide.publishedAt) return null;
  return {
    sourceKey: `service:${guide.id}`,
    kind: "service",
    category: null,
    code: guide.code,
    publishedAt: guide.publishedAt,
    url: `/services/${guide.code}`,
    title: guide.name,
    body: `实施主体：${guide.department.name} 办理条件：${guide.conditions}`,
  };
}

export async function syncServiceGuide(tx: SearchTx, guideId: number): Promise<void> {
  const guide = await tx.serviceGuide.findUnique({ where: { id: guideId }, select: serviceGuideSelect });
  await write(tx, `service:${guideId}`, guide && serviceGuideDocument(guide));
}

export const consultationSelect = {
  id: true,
  title: true,
  intro: true,
  draft: true,
  published: true,
  publishedAt: true,
  feedbackSummary: true,
  department: { select: { name: true } },
} as const;

/** A 民意征集 (lib/consultations) while it is published, with its draft and any published feedback. */
export function consultationDocument(consultation: Prisma.ConsultationGetPayload<{ select: typeof consultationSelect }>): SearchDocumentInput | null {
  if (!consultation.published || !consultation.publishedAt) return null;
  return {
    sourceKey: `consultation:${consultation.id}`,
    kind: "consultation",
    category: null,
    code: null,
    publishedAt: consultation.publishedAt,
    url: `/interaction/consultations/${consultation.id}`,
    title: consultation.title,
    body: [`征集单位：${consultation.department.name}`, consultation.intro, markdownToText(consultation.draft), consultation.feedbackSummary ? `采纳情况反馈：${consultation.feedbackSummary}` : ""].filter(Boolean).join(" "),
  };
}

export async function syncConsultation(tx: SearchTx, consultationId: number): Promise<void> {
  const consultation = await tx.consultation.findUnique({ where: { id: consultationId }, select: consultationSelect });
  await write(tx, `consultation:${consultationId}`, consultation && consultationDocument(consultation));
}

export const evaluationRoundSelect = {
  id: true,
  title: true,
  intro: true,
  criteria: true,
  published: true,
  publishedAt: true,
  objects: { select: { department: { select: { name: true } }, serviceGuide: { select: { name: true } } }, orderBy: { sortOrder: "asc" } },
} as const;

/** A 网上评议 round (lib/evaluations), or null while it is not published. */
export function evaluationRoundDocument(round: Prisma.EvaluationRoundGetPayload<{ select: typeof evaluationRoundSelect }>): SearchDocumentInput | null {
  if (!round.published || !round.publishedAt) return null;
  const objects = round.objects.map((object) => object.department?.name ?? object.serviceGuide?.name ?? "").filter(Boolean);
  let criteria: string[] = [];
  try {
    const parsed: unknown = JSON.parse(round.criteria);
    if (Array.isArray(parsed)) criteria = parsed.filter((item): item is string => typeof item === "string");
  } catch {
    // A malformed list indexes no criteria.
  }
  return {
    sourceKey: `evaluation:${round.id}`,
    kind: "evaluation",
    category: null,
    code: null,
    publishedAt: round.publishedAt,
    url: `/interaction/evaluations/${round.id}`,
    title: round.title,
    body: [round.intro, objects.length > 0 ? `评议对象：${objects.join("、")}` : "", criteria.length > 0 ? `评议指标：${criteria.join("、")}` : ""].filter(Boolean).join(" "),
  };
}

export async function syncEvaluationRound(tx: SearchTx, roundId: number): Promise<void> {
  const round = await tx.evaluationRound.findUnique({ where: { id: roundId }, select: evaluationRoundSelect });
  await write(tx, `evaluation:${roundId}`, round && evaluationRoundDocument(round));
}

export const interviewSelect = {
  id: true,
  title: true,
  host: true,
  intro: true,
  summary: true,
  startsAt: true,
  endsAt: true,
  liveSwitch: true,
  published: true,
  guests: { select: { name: true, post: true, department: true }, orderBy: { sortOrder: "asc" } },
  turns: { select: { speaker: true, body: true }, orderBy: { id: "asc" } },
} as const;

/**
 * A 嘉宾访谈 (lib/interviews) joins the search as 往期回顾: a published interview is indexed with
 * its planned end as its publish time (the search shows it once that has come), or its start
 * when staff ended it early; never while staff hold it live.
 */
export function interviewDocument(interview: Prisma.InterviewGetPayload<{ select: typeof interviewSelect }>): SearchDocumentInput | null {
  if (!interview.published || interview.liveSwitch === "live") return null;
  const guests = interview.guests.map((guest) => `${guest.name}（${guest.department}${guest.post}）`);
  return {
    sourceKey: `interview:${interview.id}`,
    kind: "interview",
    category: null,
    code: null,
    publishedAt: interview.liveSwitch === "ended" ? interview.startsAt : interview.endsAt,
    url: `/interaction/interviews/${interview.id}`,
    title: interview.title,
    body: [guests.length > 0 ? `访谈嘉宾：${guests.join("、")}` : "", `主持人：${interview.host}`, interview.intro, interview.summary, ...interview.turns.map((turn) => `${turn.speaker}：${turn.body}`)]
      .filter(Boolean)
      .join(" "),
  };
}

export async function syncInterview(tx: SearchTx, interviewId: number): Promise<void> {
  const interview = await tx.interview.findUnique({ where: { id: interviewId }, select: interviewSelect });
  await write(tx, `interview:${interviewId}`, interview && interviewDocument(interview));
}

export const questionSelect = {
  id: true,
  title: true,
  content: true,
  answer: true,
  state: true,
  publicConsent: true,
  answeredAt: true,
  department: { select: { name: true } },
  theme: { select: { name: true } },
} as const;

/**
 * An 在线问答 question (lib/questions) once answered and public; its asker's name is never
 * indexed, and its text is masked as on the public page (no phone or ID numbers to search for).
 */
export function questionDocument(question: Prisma.QuestionGetPayload<{ select: typeof questionSelect }>): SearchDocumentInput | null {
  if (question.state !== "answered" || !question.publicConsent || !question.answeredAt) return null;
  return {
    sourceKey: `question:${question.id}`,
    kind: "question",
    category: null,
    code: null,
    publishedAt: question.answeredAt,
    url: `/interaction/questions/${question.id}`,
    title: maskPersonalData(question.title),
    body: [maskPersonalData(question.content), `答复部门：${question.department.name}`, `主题：${question.theme.name}`, question.answer ? `答复：${question.answer}` : ""].filter(Boolean).join(" "),
  };
}

export async function syncQuestion(tx: SearchTx, questionId: number): Promise<void> {
  const question = await tx.question.findUnique({ where: { id: questionId }, select: questionSelect });
  await write(tx, `question:${questionId}`, question && questionDocument(question));
}
