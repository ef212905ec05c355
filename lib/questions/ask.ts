import type { Actor } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import type { FieldErrors, FormResult } from "@/lib/forms/action";
import { maskName } from "@/lib/mailbox/masking";
import { MAX_QUERY_LENGTH, searchSite } from "@/lib/search/search";
import { queryWords } from "@/lib/search/segment";
import { LIMIT_MESSAGE, QUESTIONS_PER_DAY, SIMILAR_COUNT, type AskInput } from "./fields";

// What a signed-in resident does: ask a question (it waits for the moderator), see similar
// answered questions before sending, and follow their own questions on /account.

const DAY_MS = 86_400_000;
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

export interface SimilarQuestion {
  url: string;
  title: string;
}

/**
 * Up to SIMILAR_COUNT answered public questions like the new one, from the site search (kind
 * "question"): all the title's words first; when that finds too few, its longest words one by one.
 */
export async function similarQuestions(title: string): Promise<SimilarQuestion[]> {
  const found = new Map<string, SimilarQuestion>();
  const collect = async (q: string) => {
    const outcome = await searchSite({ q: q.slice(0, MAX_QUERY_LENGTH), truncated: false, type: "question", range: "all", category: null, sort: "relevance", page: 1 });
    for (const result of outcome.results) {
      if (found.size < SIMILAR_COUNT) found.set(result.url, { url: result.url, title: result.title.map((piece) => piece.text).join("") });
    }
  };
  await collect(title);
  const words = queryWords(title)
    .filter((word) => [...word].length >= 2)
    .sort((a, b) => [...b].length - [...a].length)
    .slice(0, 3);
  for (const word of words) {
    if (found.size >= SIMILAR_COUNT) break;
    await collect(word);
  }
  return [...found.values()];
}

export type AskResult = FormResult<{ id: number }>;

/**
 * Stores a pending question. The daily limit is a count of the asker's questions in the
 * insert's transaction after a no-op update of their User row (a row lock on PostgreSQL, the
 * write lock on SQLite), as comments do. The form's submissionKey makes a repeated submission
 * (double click, resent POST) return the question already stored.
 */
export async function askQuestion(actor: Actor, input: AskInput, now = new Date()): Promise<AskResult> {
  const [department, theme] = await Promise.all([
    db.department.findFirst({ where: { id: input.departmentId, active: true }, select: { id: true } }),
    db.questionTheme.findUnique({ where: { id: input.themeId }, select: { id: true } }),
  ]);
  const fieldErrors: FieldErrors = {};
  if (!department) fieldErrors.departmentId = ["请选择咨询部门"];
  if (!theme) fieldErrors.themeId = ["请选择主题"];
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  try {
    return await db.$transaction(async (tx): Promise<AskResult> => {
      await tx.$executeRaw`UPDATE "User" SET "sessionVersion" = "sessionVersion" WHERE "id" = ${actor.id}`;
      const earlier = await tx.question.findUnique({ where: { askerId_submissionKey: { askerId: actor.id, submissionKey: input.submissionKey } }, select: { id: true } });
      if (earlier) return { ok: true, id: earlier.id };
      const lastDay = await tx.question.count({ where: { askerId: actor.id, createdAt: { gt: new Date(now.getTime() - DAY_MS) } } });
      if (lastDay >= QUESTIONS_PER_DAY) return { ok: false, fieldErrors: {}, formError: LIMIT_MESSAGE };
      const profile = await tx.profile.findUnique({ where: { userId: actor.id }, select: { name: true } });
      const created = await tx.question.create({
        data: {
          askerId: actor.id,
          maskedName: maskName(profile?.name),
          departmentId: input.departmentId,
          themeId: input.themeId,
          title: input.title,
          content: input.content,
          publicConsent: input.publicConsent,
          submissionKey: input.submissionKey,
          createdAt: now,
        },
        select: { id: true },
      });
      return { ok: true, id: created.id };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    // Both copies of one submission passed the lookup at once: the first is the question.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const earlier = await db.question.findUnique({ where: { askerId_submissionKey: { askerId: actor.id, submissionKey: input.submissionKey } }, select: { id: true } });
      if (earlier) return { ok: true, id: earlier.id };
    }
    throw error;
  }
}

/** The resident's own questions, newest first: state, answer, a rejection's reason. */
export async function myQuestions(actor: Actor) {
  return db.question.findMany({
    where: { askerId: actor.id },
    select: {
      id: true,
      title: true,
      content: true,
      state: true,
      publicConsent: true,
      rejectionReason: true,
      answer: true,
      answeredAt: true,
      createdAt: true,
      department: { select: { name: true } },
      theme: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
  });
}
