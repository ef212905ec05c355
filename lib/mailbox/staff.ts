import { z } from "zod";
import { containsText } from "@/lib/db/text-search";
import { db } from "@/lib/db/client";
import { record } from "@/lib/audit/audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { readUpload, uploadPath } from "@/lib/files/uploads";
import { inScope, letterScope, scopeWhere, type LetterScope } from "./access";
import { addWorkingDays, loadCalendarExceptions } from "./calendar";
import { LETTER_STATUSES, LETTER_TYPES } from "./states";

// What staff read at /admin/mailbox: the list (filters, search, overdue and due-soon first),
// one letter with its history, and its attachments. Only letters in the reader's scope
// (lib/mailbox/access.ts); every opening of a letter and of an attachment is audited.

/** Due within this many working days: 即将到期. */
export const DUE_SOON_WORKING_DAYS = 3;
export const LETTER_PAGE_SIZE = 50;
const OPEN_STATUSES = ["accepted", "processing"];

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const letterFilterSchema = z.object({
  status: optional(z.enum(LETTER_STATUSES, { message: "请选择有效的状态" })),
  type: optional(z.enum(LETTER_TYPES, { message: "请选择有效的类型" })),
  department: optional(z.coerce.number({ message: "请选择有效的部门" }).int().positive("请选择有效的部门")),
  deadline: optional(z.enum(["overdue", "soon"], { message: "请选择有效的期限" })),
  q: optional(z.string().trim().max(100, "搜索词最多 100 个字")),
  page: optional(z.coerce.number().int().min(1).max(10_000)),
});
export type LetterFilter = z.output<typeof letterFilterSchema>;

/** The query string as given: single values only. */
export function filterValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of ["status", "type", "department", "deadline", "q"]) {
    const value = params[key];
    if (typeof value === "string" && value !== "") values[key] = value;
  }
  return values;
}

export type Deadline = "overdue" | "soon" | null;

export function deadlineOf(letter: { status: string; dueAt: Date | null }, now: Date, soonLimit: Date): Deadline {
  if (!letter.dueAt || !OPEN_STATUSES.includes(letter.status)) return null;
  if (letter.dueAt < now) return "overdue";
  return letter.dueAt <= soonLimit ? "soon" : null;
}

/**
 * One page of the letters in the actor's scope: overdue first (most overdue first), then due
 * soon (earliest deadline first), then the rest newest first. Sorting needs the flags, so the
 * ids of all matching letters are read (a few small columns), sorted and paged here.
 */
export async function listLettersForStaff(actor: Actor, filter: LetterFilter, now = new Date()) {
  const scope = await letterScope(actor);
  if (scope === null) return { total: 0, letters: [], page: 1, pages: 1 };
  const soonLimit = addWorkingDays(now, DUE_SOON_WORKING_DAYS, await loadCalendarExceptions());
  const where = await letterWhere(scope, filter, now, soonLimit);
  const keys = await db.letter.findMany({ where, select: { id: true, status: true, dueAt: true, createdAt: true } });
  const RANKS = { overdue: 0, soon: 1 } as const;
  const rank = (letter: (typeof keys)[number]) => {
    const deadline = deadlineOf(letter, now, soonLimit);
    return deadline ? RANKS[deadline] : 2;
  };
  keys.sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (rank(a) < 2) return a.dueAt!.getTime() - b.dueAt!.getTime();
    return b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id;
  });
  const pages = Math.max(1, Math.ceil(keys.length / LETTER_PAGE_SIZE));
  const page = Math.min(filter.page ?? 1, pages);
  const ids = keys.slice((page - 1) * LETTER_PAGE_SIZE, page * LETTER_PAGE_SIZE).map((key) => key.id);
  const rows = await db.letter.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      number: true,
      type: true,
      title: true,
      status: true,
      dueAt: true,
      createdAt: true,
      extensionStatus: true,
      publishedAt: true,
      department: { select: { name: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const letters = ids.map((id) => byId.get(id)!).map((letter) => ({ ...letter, deadline: deadlineOf(letter, now, soonLimit) }));
  return { total: keys.length, letters, page, pages };
}

async function letterWhere(scope: Exclude<LetterScope, null>, filter: LetterFilter, now: Date, soonLimit: Date) {
  const search = filter.q ? await containsText("Letter", ["number", "title"], filter.q) : {};
  const deadline =
    filter.deadline === "overdue"
      ? { status: { in: OPEN_STATUSES }, dueAt: { lt: now } }
      : filter.deadline === "soon"
        ? { status: { in: OPEN_STATUSES }, dueAt: { gte: now, lte: soonLimit } }
        : {};
  return {
    AND: [
      scopeWhere(scope),
      filter.status ? { status: filter.status } : {},
      filter.type ? { type: filter.type } : {},
      filter.department ? { departmentId: filter.department } : {},
      deadline,
      search,
    ],
  };
}

/** How many letters in the actor's scope the list would show for this filter (the /admin dashboard). */
export async function countLettersForStaff(actor: Actor, filter: LetterFilter, now = new Date()): Promise<number> {
  const scope = await letterScope(actor);
  if (scope === null) return 0;
  const soonLimit = addWorkingDays(now, DUE_SOON_WORKING_DAYS, await loadCalendarExceptions());
  return db.letter.count({ where: await letterWhere(scope, filter, now, soonLimit) });
}

/** Departments a letter can be assigned to. */
export async function activeDepartments() {
  return db.department.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
}

/** Departments in the actor's scope (for the list's filter). */
export async function departmentsInScope(actor: Actor) {
  const scope = await letterScope(actor);
  if (scope === null) return [];
  return db.department.findMany({
    where: scope === "all" ? {} : { id: { in: scope.departmentIds } },
    select: { id: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}

/** One letter for staff, with contact, attachments and history; audited as letter.view. */
export async function viewLetterForStaff(actor: Actor, letterId: number, ip: string | null = null, now = new Date()) {
  const audit = (outcome: "success" | "denied" | "failed") =>
    record({ actor, action: "letter.view", outcome, targetType: "letter", targetId: letterId, ip, at: now });
  const scope = await letterScope(actor);
  if (scope === null) {
    await audit("denied");
    return null;
  }
  const letter = await db.letter.findUnique({
    where: { id: letterId },
    select: {
      id: true,
      number: true,
      type: true,
      title: true,
      content: true,
      agreePublic: true,
      contactName: true,
      contactPhone: true,
      contactEmail: true,
      status: true,
      departmentId: true,
      department: { select: { name: true } },
      acceptedAt: true,
      dueAt: true,
      extensionStatus: true,
      extensionReason: true,
      extensionDays: true,
      reply: true,
      repliedAt: true,
      replyWorkingDays: true,
      closedAt: true,
      rating: true,
      ratingComment: true,
      publishedAt: true,
      createdAt: true,
      attachments: { select: { id: true, fileName: true, mimeType: true, size: true }, orderBy: { id: "asc" } },
      events: {
        select: { id: true, action: true, fromStatus: true, toStatus: true, actorId: true, actorRole: true, note: true, visibleToWriter: true, createdAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!letter || !inScope(scope, letter)) {
    // Another department's letter answers like a missing one.
    await audit(letter ? "denied" : "failed");
    return null;
  }
  await audit("success");
  const soonLimit = addWorkingDays(now, DUE_SOON_WORKING_DAYS, await loadCalendarExceptions());
  const actorIds = [...new Set(letter.events.map((event) => event.actorId).filter((id): id is number => id !== null))];
  const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } }) : [];
  const emails = new Map(actors.map((user) => [user.id, user.email]));
  return {
    ...letter,
    deadline: deadlineOf(letter, now, soonLimit),
    events: letter.events.map((event) => ({ ...event, actorEmail: event.actorId === null ? null : (emails.get(event.actorId) ?? null) })),
  };
}
export type StaffLetter = NonNullable<Awaited<ReturnType<typeof viewLetterForStaff>>>;

/** What the actor may do with a letter now (which forms the detail page shows). */
export function staffActions(actor: Actor, letter: Pick<StaffLetter, "status" | "extensionStatus" | "type" | "agreePublic">) {
  const any = can(actor, "handle:letter:any");
  const open = letter.status === "accepted" || letter.status === "processing";
  return {
    accept: any && letter.status === "submitted",
    reject: any && letter.status === "submitted",
    assign: any && open,
    reply: (any || can(actor, "handle:letter:department")) && letter.status === "processing",
    requestExtension: can(actor, "request:extension:department") && open && !letter.extensionStatus,
    decideExtension: can(actor, "decide:extension:any") && open && letter.extensionStatus === "pending",
    publish:
      can(actor, "publish:letter:any") &&
      letter.agreePublic &&
      letter.type !== "report" &&
      (letter.status === "replied" || letter.status === "closed"),
  };
}

/** An attachment of a letter in the actor's scope, with its bytes; audited. */
export async function readLetterAttachment(actor: Actor, letterId: number, attachmentId: number, ip: string | null = null) {
  const audit = (outcome: "success" | "denied" | "failed") =>
    record({ actor, action: "letter.attachment_download", outcome, targetType: "letter", targetId: letterId, ip, detail: `attachment ${attachmentId}` });
  const scope = await letterScope(actor);
  const attachment = await db.letterAttachment.findFirst({
    where: { id: attachmentId, letterId },
    select: { fileName: true, mimeType: true, storageKey: true, letter: { select: { departmentId: true } } },
  });
  if (!attachment || !inScope(scope, attachment.letter)) {
    await audit(scope === null || attachment ? "denied" : "failed");
    return null;
  }
  if (!uploadPath(attachment.storageKey)) return null;
  const bytes = await readUpload(attachment.storageKey);
  await audit(bytes ? "success" : "failed");
  return bytes ? { fileName: attachment.fileName, mimeType: attachment.mimeType, bytes } : null;
}

const DAY_MS = 24 * 3600_000;

/**
 * For the staff digest (lib/notices/digest.ts): the open letters of the departments due within
 * `soonWorkingDays` working days (overdue ones included), earliest first, and those assigned to
 * them in the day before `now` that are not among the due ones.
 */
export async function lettersDueForDigest(departmentIds: number[], now: Date, soonWorkingDays: number) {
  if (departmentIds.length === 0) return { due: [], assigned: [] };
  const soonLimit = addWorkingDays(now, soonWorkingDays, await loadCalendarExceptions());
  const select = { id: true, number: true, title: true, dueAt: true } as const;
  const [due, assigned] = await Promise.all([
    db.letter.findMany({
      where: { departmentId: { in: departmentIds }, status: { in: OPEN_STATUSES }, dueAt: { lte: soonLimit } },
      select,
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    }),
    db.letter.findMany({
      where: {
        departmentId: { in: departmentIds },
        status: "processing",
        events: { some: { action: "assign", createdAt: { gt: new Date(now.getTime() - DAY_MS), lte: now } } },
      },
      select,
      orderBy: { id: "asc" },
    }),
  ]);
  const dueIds = new Set(due.map((letter) => letter.id));
  return { due, assigned: assigned.filter((letter) => !dueIds.has(letter.id)) };
}
