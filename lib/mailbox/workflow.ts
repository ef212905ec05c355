import { db, type Prisma } from "@/lib/db/client";
import { record } from "@/lib/audit/audit";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { kickMailSender } from "@/lib/mail/sender";
import { queueNotice } from "@/lib/notices/queue";
import type { NoticeKind, NoticeValues } from "@/lib/notices/kinds";
import { inScope, letterScope } from "./access";
import { addWorkingDays, loadCalendarExceptions, workingDaysBetween } from "./calendar";
import { AUTO_CLOSE_DAYS, REPLY_WORKING_DAYS, canTransition, letterStatusLabel, type LetterStatus } from "./states";

// The staff side of the mailbox's state machine (lib/mailbox/states.ts). Every change runs in
// one transaction that moves the letter only if it is still in the status it was read in
// (a concurrent change makes the second one fail), writes a LetterEvent (who, when, note,
// whether the writer sees it) and an audit entry. A refused change (permission, another
// department's letter, a transition the state machine does not allow) changes nothing and
// answers in Chinese; refusals are audited too.

export type Tx = Prisma.TransactionClient;
export type WorkflowResult = { ok: true } | { ok: false; error: string };

export interface WorkflowContext {
  ip?: string | null | undefined;
  now?: Date | undefined;
}

export const EXTENSION_DEFAULT_DAYS = REPLY_WORKING_DAYS;
export const NOT_FOUND = "未找到该信件";

/**
 * The writer rated the reply: 已答复 -> 已办结 (called by the rating code in its transaction).
 * Returns false, changing nothing, when the letter is not 已答复.
 */
export async function closeOnRating(tx: Tx, letterId: number, now = new Date()): Promise<boolean> {
  const moved = await tx.letter.updateMany({ where: { id: letterId, status: "replied" }, data: { status: "closed", closedAt: now } });
  if (moved.count !== 1) return false;
  await tx.letterEvent.create({
    data: { letterId, action: "close", fromStatus: "replied", toStatus: "closed", actorId: null, note: "来信人已评价，信件办结", visibleToWriter: true, createdAt: now },
    select: { id: true },
  });
  return true;
}

/** 已答复 letters not rated within AUTO_CLOSE_DAYS of the reply -> 已办结. Returns how many. */
export async function closeStaleReplies(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - AUTO_CLOSE_DAYS * 24 * 3600_000);
  const stale = await db.letter.findMany({
    where: { status: "replied", rating: null, repliedAt: { lte: cutoff } },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 500,
  });
  let closed = 0;
  for (const { id } of stale) {
    const done = await db.$transaction(async (tx) => {
      const moved = await tx.letter.updateMany({ where: { id, status: "replied", rating: null }, data: { status: "closed", closedAt: now } });
      if (moved.count !== 1) return false;
      await tx.letterEvent.create({
        data: { letterId: id, action: "close", fromStatus: "replied", toStatus: "closed", actorId: null, note: `答复后${AUTO_CLOSE_DAYS}日内未评价，信件自动办结`, visibleToWriter: true, createdAt: now },
        select: { id: true },
      });
      await record({ actor: null, action: "letter.close", outcome: "success", targetType: "letter", targetId: id, detail: "auto", at: now }, tx);
      return true;
    });
    if (done) closed += 1;
  }
  return closed;
}

// ---- Staff transitions ----

const letterColumns = {
  id: true,
  number: true,
  title: true,
  type: true,
  status: true,
  departmentId: true,
  acceptedAt: true,
  dueAt: true,
  extensionStatus: true,
  agreePublic: true,
  contactEmail: true,
  writerId: true,
} as const;
type LoadedLetter = Prisma.LetterGetPayload<{ select: typeof letterColumns }>;

/** A notice to the letter's writer (lib/notices), at the contact address they gave. */
function notifyWriter<K extends NoticeKind>(kind: K, values: (letter: LoadedLetter) => NoticeValues<K>) {
  return async (tx: Tx, letter: LoadedLetter) => {
    const email = letter.contactEmail.trim();
    if (letter.writerId !== null) await queueNotice(tx, { kind, userId: letter.writerId, email, values: values(letter) });
    else if (email) await queueNotice(tx, { kind, email, values: values(letter) });
  };
}

interface Change {
  /** audit action, e.g. letter.accept */
  audit: string;
  /** LetterEvent action */
  event: string;
  to: LetterStatus;
  note: string | null;
  visibleToWriter: boolean;
  data: Prisma.LetterUpdateManyMutationInput & { departmentId?: number };
  /** Extra conditions the letter must still meet when it is written. */
  guard?: Prisma.LetterWhereInput;
  after?: (tx: Tx, letter: LoadedLetter) => Promise<void>;
}

type Plan = Change | { error: string };

interface Step {
  /** audit action of the attempt, e.g. letter.accept */
  audit: string;
  /** What the actor needs: a permission, and whether the letter must be in their scope. */
  permission: Permission;
  scoped: boolean;
  plan: (letter: LoadedLetter, tx: Tx, now: Date) => Promise<Plan> | Plan;
}

async function run(actor: Actor, letterId: number, step: Step, context: WorkflowContext): Promise<WorkflowResult> {
  const now = context.now ?? new Date();
  const refuse = async (outcome: "denied" | "failed", error: string, detail?: string) => {
    await record({ actor, action: step.audit, outcome, targetType: "letter", targetId: letterId, ip: context.ip, at: now, detail });
    return { ok: false as const, error };
  };
  if (!can(actor, step.permission)) return refuse("denied", "您没有办理此事项的权限");
  const letter = await db.letter.findUnique({ where: { id: letterId }, select: letterColumns });
  if (!letter) return refuse("failed", NOT_FOUND);
  // Another department's letter answers like a missing one.
  if (step.scoped && !inScope(await letterScope(actor), letter)) return refuse("denied", NOT_FOUND);
  let mailQueued = false;
  const result = await db.$transaction(async (tx) => {
    const plan = await step.plan(letter, tx, now);
    if ("error" in plan) return plan;
    if (plan.to !== letter.status && !canTransition(letter.status, plan.to)) {
      return { error: `信件当前为“${letterStatusLabel(letter.status)}”，不能改为“${letterStatusLabel(plan.to)}”` };
    }
    const moved = await tx.letter.updateMany({
      where: { id: letter.id, status: letter.status, ...(plan.guard ?? {}) },
      data: { ...plan.data, status: plan.to },
    });
    if (moved.count !== 1) return { error: "信件已被他人处理，请刷新后重试" };
    await tx.letterEvent.create({
      data: {
        letterId: letter.id,
        action: plan.event,
        fromStatus: letter.status,
        toStatus: plan.to,
        actorId: actor.id,
        actorRole: actor.role,
        note: plan.note,
        visibleToWriter: plan.visibleToWriter,
        createdAt: now,
      },
      select: { id: true },
    });
    await record({ actor, action: plan.audit, outcome: "success", targetType: "letter", targetId: letter.id, ip: context.ip, at: now }, tx);
    if (plan.after) {
      await plan.after(tx, letter);
      mailQueued = true;
    }
    return { ok: true as const };
  });
  if ("error" in result) return refuse("failed", result.error);
  if (mailQueued) kickMailSender();
  return result;
}

function stateError(letter: LoadedLetter, what: string): { error: string } {
  return { error: `信件当前为“${letterStatusLabel(letter.status)}”，不能${what}` };
}

/** 受理: 待受理 -> 已受理; the deadline is the end of the 15th working day after today. */
export function acceptLetter(actor: Actor, letterId: number, input: { note?: string | undefined }, context: WorkflowContext = {}) {
  return run(actor, letterId, {
    audit: "letter.accept",
    permission: "handle:letter:any",
    scoped: true,
    plan: async (letter, tx, now) => {
      if (!canTransition(letter.status, "accepted")) return stateError(letter, "受理");
      const dueAt = addWorkingDays(now, REPLY_WORKING_DAYS, await loadCalendarExceptions(tx));
      const note = input.note?.trim() || `信件已受理，将于${formatDate(dueAt)}前答复。`;
      return {
        audit: "letter.accept",
        event: "accept",
        to: "accepted",
        note,
        visibleToWriter: true,
        data: { acceptedAt: now, dueAt },
        after: notifyWriter("letter.accepted", (loaded) => ({ 信件编号: loaded.number, 标题: loaded.title, 答复期限: formatDate(dueAt) })),
      };
    },
  }, context);
}

/** 不予受理: 待受理 -> 不予受理, with the reason the writer reads. */
export function rejectLetter(actor: Actor, letterId: number, input: { reason: string }, context: WorkflowContext = {}) {
  return run(actor, letterId, {
    audit: "letter.reject",
    permission: "handle:letter:any",
    scoped: true,
    plan: (letter, _tx, now) => {
      const reason = input.reason.trim();
      if (!reason) return { error: "请填写不予受理的理由" };
      if (!canTransition(letter.status, "rejected")) return stateError(letter, "不予受理");
      return {
        audit: "letter.reject",
        event: "reject",
        to: "rejected",
        note: reason,
        visibleToWriter: true,
        data: { closedAt: now },
        after: notifyWriter("letter.rejected", (loaded) => ({ 信件编号: loaded.number, 标题: loaded.title, 理由: reason })),
      };
    },
  }, context);
}

/** 交办: 已受理 -> 办理中 with a department, or 办理中 -> 办理中 to another department. */
export function assignLetter(actor: Actor, letterId: number, input: { departmentId: number }, context: WorkflowContext = {}) {
  return run(actor, letterId, {
    audit: "letter.assign",
    permission: "handle:letter:any",
    scoped: true,
    plan: async (letter, tx) => {
      if (!canTransition(letter.status, "processing")) return stateError(letter, "交办");
      if (letter.departmentId === input.departmentId) return { error: "信件已在该部门办理" };
      const department = await tx.department.findUnique({ where: { id: input.departmentId }, select: { name: true, active: true } });
      if (!department?.active) return { error: "请选择一个有效的部门" };
      return {
        audit: letter.status === "processing" ? "letter.reassign" : "letter.assign",
        event: "assign",
        to: "processing",
        note: `已交由${department.name}办理`,
        visibleToWriter: true,
        data: { departmentId: input.departmentId },
        guard: { departmentId: letter.departmentId },
      };
    },
  }, context);
}

/** 答复: 办理中 -> 已答复; the writer gets the letter.reply notice. */
export function replyToLetter(actor: Actor, letterId: number, input: { reply: string }, context: WorkflowContext = {}) {
  return run(actor, letterId, {
    audit: "letter.reply",
    permission: can(actor, "handle:letter:any") ? "handle:letter:any" : "handle:letter:department",
    scoped: true,
    plan: async (letter, tx, now) => {
      const reply = input.reply.trim();
      if (!reply) return { error: "请填写答复内容" };
      if (!canTransition(letter.status, "replied")) return stateError(letter, "答复");
      const exceptions = await loadCalendarExceptions(tx);
      const replyWorkingDays = letter.acceptedAt ? Math.max(0, workingDaysBetween(letter.acceptedAt, now, exceptions)) : null;
      return {
        audit: "letter.reply",
        event: "reply",
        to: "replied",
        note: null,
        visibleToWriter: true,
        data: { reply, repliedAt: now, replyWorkingDays },
        after: notifyWriter("letter.reply", (loaded) => ({ 信件编号: loaded.number, 标题: loaded.title, 日期: formatDate(now), 答复: reply })),
      };
    },
  }, context);
}

/** A handler asks, once per letter, for more time (办理期限延期), with a reason. */
export function requestExtension(actor: Actor, letterId: number, input: { reason: string }, context: WorkflowContext = {}) {
  return run(actor, letterId, {
    audit: "letter.extension_request",
    permission: "request:extension:department",
    scoped: true,
    plan: (letter) => {
      const reason = input.reason.trim();
      if (!reason) return { error: "请填写申请延期的理由" };
      if (letter.status !== "accepted" && letter.status !== "processing") return stateError(letter, "申请延期");
      if (letter.extensionStatus) return { error: "每封信件只能申请一次延期" };
      return {
        audit: "letter.extension_request",
        event: "extension_request",
        to: letter.status as LetterStatus,
        note: reason,
        visibleToWriter: false,
        data: { extensionStatus: "pending", extensionReason: reason },
        guard: { extensionStatus: null },
      };
    },
  }, context);
}

/** An admin grants (the deadline moves by `days` working days) or refuses a pending request. */
export function decideExtension(
  actor: Actor,
  letterId: number,
  input: { grant: boolean; days?: number | undefined; note?: string | undefined },
  context: WorkflowContext = {},
) {
  return run(actor, letterId, {
    audit: input.grant ? "letter.extension_grant" : "letter.extension_refuse",
    permission: "decide:extension:any",
    scoped: false,
    plan: async (letter, tx, now) => {
      if (letter.extensionStatus !== "pending") return { error: "该信件没有待审批的延期申请" };
      if (letter.status !== "accepted" && letter.status !== "processing") return stateError(letter, "审批延期");
      const status = letter.status as LetterStatus;
      const note = input.note?.trim() || null;
      if (!input.grant) {
        return {
          audit: "letter.extension_refuse",
          event: "extension_refuse",
          to: status,
          note,
          visibleToWriter: false,
          data: { extensionStatus: "refused", extensionDecidedAt: now },
          guard: { extensionStatus: "pending" },
        };
      }
      const days = input.days ?? EXTENSION_DEFAULT_DAYS;
      if (!Number.isInteger(days) || days < 1 || days > 60) return { error: "延长的工作日数应为 1 到 60 之间的整数" };
      const dueAt = addWorkingDays(letter.dueAt ?? now, days, await loadCalendarExceptions(tx));
      return {
        audit: "letter.extension_grant",
        event: "extension_grant",
        to: status,
        note: `办理期限延长${days}个工作日，至${formatDate(dueAt)}${note ? `：${note}` : ""}`,
        visibleToWriter: true,
        data: { extensionStatus: "granted", extensionDays: days, extensionDecidedAt: now, dueAt },
        guard: { extensionStatus: "pending" },
      };
    },
  }, context);
}
