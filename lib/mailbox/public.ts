import { db, type Prisma } from "@/lib/db/client";
import { containsText } from "@/lib/db/text-search";
import { isLetterType, LETTER_TYPES } from "./states";

// What readers see of the mailbox: published letters (staff-approved, masked public version
// only - never the writer's name, contact or the original text) and the statistics. Called by
// cached pages (docs/decisions/0003); the filtered list renders per request.

export const PUBLIC_PAGE_SIZE = 15;

const listColumns = {
  id: true,
  type: true,
  publicTitle: true,
  createdAt: true,
  repliedAt: true,
  publishedAt: true,
  department: { select: { name: true } },
} as const;

export type PublicLetterSummary = Prisma.LetterGetPayload<{ select: typeof listColumns }>;

export interface PublicLetterFilter {
  q?: string | undefined;
  type?: string | undefined;
  year?: number | undefined;
  page?: number | undefined;
}

/** Parses the query string of the list; anything unknown is ignored. */
export function parsePublicFilter(params: Record<string, string | string[] | undefined>): PublicLetterFilter {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string).trim() : "");
  const q = one("q").slice(0, 50);
  const type = one("type");
  const year = /^20\d\d$/.test(one("year")) ? Number(one("year")) : undefined;
  const page = /^[1-9]\d{0,4}$/.test(one("page")) ? Number(one("page")) : 1;
  return { q: q || undefined, type: isLetterType(type) ? type : undefined, year, page };
}

function chinaYearRange(year: number) {
  return { gte: new Date(Date.UTC(year, 0, 1) - 8 * 3600_000), lt: new Date(Date.UTC(year + 1, 0, 1) - 8 * 3600_000) };
}

async function publishedWhere(filter: PublicLetterFilter): Promise<Prisma.LetterWhereInput> {
  const where: Prisma.LetterWhereInput = { publishedAt: { not: null } };
  if (filter.type) where.type = filter.type;
  if (filter.year) where.createdAt = chinaYearRange(filter.year);
  if (filter.q) where.AND = [await containsText("Letter", ["publicTitle", "publicContent", "publicReply"], filter.q)];
  return where;
}

export async function listPublishedLetters(filter: PublicLetterFilter = {}) {
  const where = await publishedWhere(filter);
  const total = await db.letter.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE));
  const page = Math.min(filter.page ?? 1, pageCount);
  const letters = await db.letter.findMany({
    where,
    select: listColumns,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PUBLIC_PAGE_SIZE,
    take: PUBLIC_PAGE_SIZE,
  });
  return { letters, total, page, pageCount };
}

/** The years that have published letters (China time), newest first, for the filter. */
export async function publishedYears(now = new Date()): Promise<number[]> {
  const oldest = await db.letter.findFirst({ where: { publishedAt: { not: null } }, select: { createdAt: true }, orderBy: { createdAt: "asc" } });
  const current = new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
  const first = oldest ? new Date(oldest.createdAt.getTime() + 8 * 3600_000).getUTCFullYear() : current;
  return Array.from({ length: current - first + 1 }, (_, i) => current - i);
}

export async function getPublishedLetter(id: number) {
  return db.letter.findFirst({
    where: { id, publishedAt: { not: null } },
    select: { ...listColumns, publicContent: true, publicReply: true },
  });
}

export interface PeriodStatistics {
  received: number;
  rejected: number;
  replied: number;
  /** replied / (received - rejected), or null when nothing to count */
  replyRate: number | null;
  averageReplyWorkingDays: number | null;
  /** share of the replied letters answered by their deadline */
  onTimeRate: number | null;
  rated: number;
  /** share of 满意 + 基本满意 among the rated letters */
  satisfactionRate: number | null;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Figures for the letters received from `from` until `to` (the cohort of that period). */
export async function periodStatistics(from: Date, to: Date): Promise<PeriodStatistics> {
  const received: Prisma.LetterWhereInput = { createdAt: { gte: from, lt: to } };
  const [count, rejected, replied, average, onTime, rated, satisfied] = await Promise.all([
    db.letter.count({ where: received }),
    db.letter.count({ where: { ...received, status: "rejected" } }),
    db.letter.count({ where: { ...received, repliedAt: { not: null } } }),
    db.letter.aggregate({ where: { ...received, replyWorkingDays: { not: null } }, _avg: { replyWorkingDays: true } }),
    db.letter.count({ where: { ...received, repliedAt: { not: null, lte: db.letter.fields.dueAt } } }),
    db.letter.count({ where: { ...received, rating: { not: null } } }),
    db.letter.count({ where: { ...received, rating: { in: ["satisfied", "basic"] } } }),
  ]);
  return {
    received: count,
    rejected,
    replied,
    replyRate: share(replied, count - rejected),
    averageReplyWorkingDays: average._avg.replyWorkingDays,
    onTimeRate: share(onTime, replied),
    rated,
    satisfactionRate: share(satisfied, rated),
  };
}

/** This month's and this year's figures, in China time. */
export async function mailboxStatistics(now = new Date()) {
  const china = new Date(now.getTime() + 8 * 3600_000);
  const year = china.getUTCFullYear();
  const month = china.getUTCMonth();
  const monthStart = new Date(Date.UTC(year, month, 1) - 8 * 3600_000);
  const yearStart = new Date(Date.UTC(year, 0, 1) - 8 * 3600_000);
  const [thisMonth, thisYear] = await Promise.all([periodStatistics(monthStart, now), periodStatistics(yearStart, now)]);
  return { year, month: month + 1, thisMonth, thisYear, computedAt: now };
}

export const PUBLIC_LETTER_TYPES = LETTER_TYPES;
