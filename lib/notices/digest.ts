import { db, Prisma } from "@/lib/db/client";
import { isStaffRole } from "@/lib/auth/permissions";
import { kickMailSender } from "@/lib/mail/sender";
import { chinaDate } from "@/lib/mailbox/calendar";
import { formatDate } from "@/lib/format";
import { siteUrl } from "@/lib/site/origin";
import { lettersDueForDigest } from "@/lib/mailbox/staff";
import { questionsDueForDigest } from "@/lib/questions/staff";
import { queueNotice } from "./queue";

// The daily to-do digest (one mail per staff member per China date, not one per item): what
// was assigned to their departments in the last day, what is due within DIGEST_SOON_WORKING_DAYS
// working days and what is overdue. Items come from a list of sources; a StaffDigest row per
// user and day, written in the transaction that queues the mail, makes a second run (a
// restart, a second instance) send nothing.

export const DIGEST_SOON_WORKING_DAYS = 2;

export type DigestReason = "overdue" | "soon" | "assigned";
export interface DigestItem {
  reason: DigestReason;
  /** e.g. 信件 */
  type: string;
  title: string;
  /** e.g. the 信件编号 */
  reference: string;
  dueAt: Date | null;
  /** A path under /admin */
  link: string;
}
/** The items of one module for the given departments at `now`. */
export type DigestSource = (departmentIds: number[], now: Date) => Promise<DigestItem[]>;

/** Letters of the departments: overdue, due within 2 working days, assigned in the last day. */
export const lettersForDigest: DigestSource = async (departmentIds, now) => {
  const { due, assigned } = await lettersDueForDigest(departmentIds, now, DIGEST_SOON_WORKING_DAYS);
  const item = (letter: (typeof due)[number], reason: DigestReason): DigestItem => ({
    reason,
    type: "信件",
    title: letter.title,
    reference: letter.number,
    dueAt: letter.dueAt,
    link: `/admin/mailbox/${letter.id}`,
  });
  return [...due.map((letter) => item(letter, letter.dueAt! < now ? "overdue" : "soon")), ...assigned.map((letter) => item(letter, "assigned"))];
};

/** 在线问答 questions of the departments: overdue or due within 2 working days. */
export const questionsForDigest: DigestSource = async (departmentIds, now) =>
  (await questionsDueForDigest(departmentIds, now)).map((question) => ({
    reason: question.overdue ? "overdue" : "soon",
    type: "在线问答",
    title: question.title,
    reference: `问题 ${question.id}`,
    dueAt: question.dueAt,
    link: question.path,
  }));

// ---- The digest's sources: append one line per module. ----
export const DIGEST_SOURCES: DigestSource[] = [lettersForDigest, questionsForDigest];

const REASON_LABELS: Record<DigestReason, string> = { overdue: "已逾期", soon: "即将到期", assigned: "新交办" };
const REASON_ORDER: DigestReason[] = ["overdue", "soon", "assigned"];

export function digestLines(items: DigestItem[]): string {
  const sorted = [...items].sort((a, b) => REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason));
  return sorted
    .map((item) => {
      const due = item.dueAt ? `，办理期限 ${formatDate(item.dueAt)}` : "";
      return `【${REASON_LABELS[item.reason]}】${item.type}“${item.title}”（${item.reference}${due}）\n${siteUrl(item.link).href}`;
    })
    .join("\n\n");
}

/** Active staff members with at least one department, and their department ids. */
async function digestRecipients(): Promise<{ id: number; departmentIds: number[] }[]> {
  const users = await db.user.findMany({
    where: { disabledAt: null, departments: { some: {} } },
    select: { id: true, role: true, departments: { select: { departmentId: true } } },
    orderBy: { id: "asc" },
  });
  return users.filter((user) => isStaffRole(user.role)).map((user) => ({ id: user.id, departmentIds: user.departments.map((member) => member.departmentId) }));
}

/**
 * Queues today's digest for every staff member who has items and no digest yet today.
 * Returns how many were queued. Safe to run again (and concurrently): the StaffDigest row is
 * unique per user and day.
 */
export async function sendStaffDigests(now = new Date(), sources: DigestSource[] = DIGEST_SOURCES): Promise<number> {
  const day = chinaDate(now);
  const done = new Set((await db.staffDigest.findMany({ where: { day }, select: { userId: true } })).map((row) => row.userId));
  let queued = 0;
  for (const recipient of await digestRecipients()) {
    if (done.has(recipient.id)) continue;
    const items = (await Promise.all(sources.map((source) => source(recipient.departmentIds, now)))).flat();
    if (items.length === 0) continue;
    try {
      await db.$transaction(async (tx) => {
        await tx.staffDigest.create({ data: { userId: recipient.id, day, itemCount: items.length, createdAt: now }, select: { id: true } });
        await queueNotice(tx, { kind: "staff.digest", userId: recipient.id, values: { 日期: day, 数量: String(items.length), 条目: digestLines(items) } });
      });
      queued += 1;
    } catch (error) {
      // Another run sent this person's digest first.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
  if (queued > 0) kickMailSender();
  return queued;
}
