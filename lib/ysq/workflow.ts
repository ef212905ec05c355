import { db, type Prisma } from "@/lib/db/client";
import { record } from "@/lib/audit/audit";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { queueMail } from "@/lib/mail/outbox";
import { kickMailSender } from "@/lib/mail/sender";
import { removeStoredFiles, storeAttachments, type CheckedFile, type StoredFile } from "@/lib/files/store";
import { loadCalendarExceptions } from "@/lib/mailbox/calendar";
import { extendedDeadline, registrationDeadline, workingDaysLeft } from "./deadline";
import { EXTENSION_WORKING_DAYS, OUTCOMES, OUTCOME_LABELS, REPLY_WORKING_DAYS, statusLabel, type RequestOutcome, type RequestStatus } from "./fields";

// The staff side of a request (/admin/ysq), as the mailbox's workflow (lib/mailbox/workflow.ts):
// every change runs in one transaction that moves the request only if it is still in the
// status it was read in, writes an InfoRequestEvent and an audit entry; a refusal changes
// nothing, answers in Chinese and is audited too.
//   登记      待登记 -> 办理中: receivedAt today, due at the end of the 20th working day after it
//   补正      办理中 -> 待补正 (once): the clock stops; the applicant answers on /gk/ysq/track
//   延期      办理中, once: asked with a reason, granted (20 more working days) or refused by an admin
//   答复      办理中 -> 已答复: a legal outcome, its legal basis, the reply and up to 3 files (the
//             mailbox's attachment rules); e-mailed when possible, the files named in the mail

export type WorkflowResult = { ok: true } | { ok: false; error: string };
export interface WorkflowContext {
  ip?: string | null | undefined;
  now?: Date | undefined;
}
type Tx = Prisma.TransactionClient;

export const NOT_FOUND = "未找到该申请";

const columns = {
  id: true,
  number: true,
  status: true,
  dueAt: true,
  receivedAt: true,
  correctionAskedAt: true,
  extensionStatus: true,
  email: true,
  delivery: true,
  name: true,
} as const;
type Loaded = Prisma.InfoRequestGetPayload<{ select: typeof columns }>;

interface Change {
  audit: string;
  event: string;
  to: RequestStatus;
  note: string | null;
  visibleToApplicant: boolean;
  data: Prisma.InfoRequestUpdateManyMutationInput;
  guard?: Prisma.InfoRequestWhereInput;
  after?: (tx: Tx) => Promise<boolean>;
}

interface Step {
  audit: string;
  permission: Permission;
  plan: (request: Loaded, tx: Tx, now: Date) => Promise<Change | { error: string }> | Change | { error: string };
}

async function run(actor: Actor, requestId: number, step: Step, context: WorkflowContext): Promise<WorkflowResult> {
  const now = context.now ?? new Date();
  const refuse = async (outcome: "denied" | "failed", error: string) => {
    await record({ actor, action: step.audit, outcome, targetType: "inforequest", targetId: requestId, ip: context.ip, at: now });
    return { ok: false as const, error };
  };
  if (!can(actor, step.permission)) return refuse("denied", "您没有办理此事项的权限");
  const request = await db.infoRequest.findUnique({ where: { id: requestId }, select: columns });
  if (!request) return refuse("failed", NOT_FOUND);
  let mailQueued = false;
  const result = await db.$transaction(async (tx) => {
    const plan = await step.plan(request, tx, now);
    if ("error" in plan) return plan;
    const moved = await tx.infoRequest.updateMany({ where: { id: request.id, status: request.status, ...(plan.guard ?? {}) }, data: { ...plan.data, status: plan.to } });
    if (moved.count !== 1) return { error: "申请已被他人处理，请刷新后重试" };
    await tx.infoRequestEvent.create({
      data: {
        requestId: request.id,
        action: plan.event,
        fromStatus: request.status,
        toStatus: plan.to,
        actorId: actor.id,
        actorRole: actor.role,
        note: plan.note,
        visibleToApplicant: plan.visibleToApplicant,
        createdAt: now,
      },
      select: { id: true },
    });
    await record({ actor, action: plan.audit, outcome: "success", targetType: "inforequest", targetId: request.id, ip: context.ip, at: now }, tx);
    if (plan.after) mailQueued = await plan.after(tx);
    return { ok: true as const };
  });
  if ("error" in result) return refuse("failed", result.error);
  if (mailQueued) kickMailSender();
  return result;
}

const stateError = (request: Loaded, what: string) => ({ error: `申请当前为“${statusLabel(request.status)}”，不能${what}` });

/** 登记: the day of receipt is today; the answer is due 20 working days later. */
export function registerRequest(actor: Actor, requestId: number, context: WorkflowContext = {}) {
  return run(actor, requestId, {
    audit: "inforequest.register",
    permission: "handle:inforequest:any",
    plan: async (request, tx, now) => {
      if (request.status !== "submitted") return stateError(request, "登记");
      const dueAt = registrationDeadline(now, await loadCalendarExceptions(tx));
      return {
        audit: "inforequest.register",
        event: "register",
        to: "registered",
        note: `申请已于${formatDate(now)}登记，将于${formatDate(dueAt)}前答复（${REPLY_WORKING_DAYS} 个工作日）。`,
        visibleToApplicant: true,
        data: { receivedAt: now, dueAt },
      };
    },
  }, context);
}

/** 补正 (once): what is missing; the clock stops until the applicant answers. */
export function requestCorrection(actor: Actor, requestId: number, input: { request: string }, context: WorkflowContext = {}) {
  return run(actor, requestId, {
    audit: "inforequest.correction_request",
    permission: "handle:inforequest:any",
    plan: async (request, tx, now) => {
      const text = input.request.trim();
      if (!text) return { error: "请填写需要补正的内容" };
      if (request.status !== "registered" || !request.dueAt) return stateError(request, "要求补正");
      if (request.correctionAskedAt) return { error: "补正应一次性告知，该申请已要求过补正" };
      if (request.extensionStatus === "pending") return { error: "延期申请审批中，不能要求补正" };
      const left = workingDaysLeft(now, request.dueAt, await loadCalendarExceptions(tx));
      return {
        audit: "inforequest.correction_request",
        event: "correction_request",
        to: "correction",
        note: text,
        visibleToApplicant: true,
        data: { correctionRequest: text, correctionAskedAt: now, correctionRemainingDays: left, dueAt: null },
        guard: { correctionAskedAt: null },
      };
    },
  }, context);
}

/** 延期: asked once, with a reason; an admin decides. */
export function requestExtension(actor: Actor, requestId: number, input: { reason: string }, context: WorkflowContext = {}) {
  return run(actor, requestId, {
    audit: "inforequest.extension_request",
    permission: "handle:inforequest:any",
    plan: (request) => {
      const reason = input.reason.trim();
      if (!reason) return { error: "请填写延期的理由" };
      if (request.status !== "registered") return stateError(request, "申请延期");
      if (request.extensionStatus) return { error: "每件申请只能延期一次" };
      return {
        audit: "inforequest.extension_request",
        event: "extension_request",
        to: "registered",
        note: reason,
        visibleToApplicant: false,
        data: { extensionStatus: "pending", extensionReason: reason },
        guard: { extensionStatus: null },
      };
    },
  }, context);
}

/** An admin grants (the deadline moves by 20 working days) or refuses a pending extension. */
export function decideExtension(actor: Actor, requestId: number, input: { grant: boolean; note?: string | undefined }, context: WorkflowContext = {}) {
  return run(actor, requestId, {
    audit: input.grant ? "inforequest.extension_grant" : "inforequest.extension_refuse",
    permission: "decide:extension:any",
    plan: async (request, tx, now) => {
      if (request.extensionStatus !== "pending") return { error: "该申请没有待审批的延期申请" };
      if (request.status !== "registered" || !request.dueAt) return stateError(request, "审批延期");
      const note = input.note?.trim() || null;
      if (!input.grant) {
        return {
          audit: "inforequest.extension_refuse",
          event: "extension_refuse",
          to: "registered",
          note,
          visibleToApplicant: false,
          data: { extensionStatus: "refused", extensionDecidedAt: now },
          guard: { extensionStatus: "pending" },
        };
      }
      const dueAt = extendedDeadline(request.dueAt, await loadCalendarExceptions(tx));
      return {
        audit: "inforequest.extension_grant",
        event: "extension_grant",
        to: "registered",
        note: `经批准，答复期限延长 ${EXTENSION_WORKING_DAYS} 个工作日，至${formatDate(dueAt)}。${note ?? ""}`,
        visibleToApplicant: true,
        data: { extensionStatus: "granted", extensionDecidedAt: now, dueAt },
        guard: { extensionStatus: "pending" },
      };
    },
  }, context);
}

/** Where reply files are stored (below UPLOAD_DIR). */
export const REPLY_FILE_FOLDER = "ysq";

/**
 * 答复: one of the legal outcomes, its legal basis, the reply and its checked files
 * (checkAttachments); e-mailed when there is an address. The files are written before the
 * transaction and removed again when the reply is refused or fails.
 */
export async function replyToRequest(
  actor: Actor,
  requestId: number,
  input: { outcome: string; legalBasis: string; reply: string; files?: CheckedFile[] | undefined },
  context: WorkflowContext = {},
): Promise<WorkflowResult> {
  const stored = can(actor, "handle:inforequest:any") ? await storeAttachments(input.files ?? [], REPLY_FILE_FOLDER) : [];
  try {
    const result = await run(actor, requestId, replyStep(input, stored), context);
    if (!result.ok) await removeStoredFiles(stored.map((file) => file.storageKey));
    return result;
  } catch (error) {
    await removeStoredFiles(stored.map((file) => file.storageKey));
    throw error;
  }
}

function replyStep(input: { outcome: string; legalBasis: string; reply: string }, files: StoredFile[]): Step {
  return {
    audit: "inforequest.reply",
    permission: "handle:inforequest:any",
    plan: (request, _tx, now) => {
      if (!(OUTCOMES as readonly string[]).includes(input.outcome)) return { error: "请选择答复结果" };
      const outcome = input.outcome as RequestOutcome;
      const legalBasis = input.legalBasis.trim();
      const reply = input.reply.trim();
      if (!legalBasis) return { error: "请填写答复依据" };
      if (!reply) return { error: "请填写答复内容" };
      if (request.status !== "registered") return stateError(request, "答复");
      if (request.extensionStatus === "pending") return { error: "延期申请审批中，请先由管理员审批" };
      const to = request.email.trim();
      const fileLines = files.length > 0 ? [``, `附件（请在“依申请公开 - 申请查询”页面下载）：`, ...files.map((file) => `- ${file.fileName}`)] : [];
      return {
        audit: "inforequest.reply",
        event: "reply",
        to: "replied",
        note: `答复结果：${OUTCOME_LABELS[outcome]}${files.length > 0 ? `（附件 ${files.length} 个）` : ""}`,
        visibleToApplicant: true,
        data: { outcome, legalBasis, reply, repliedAt: now, repliedLate: request.dueAt ? now > request.dueAt : false },
        after: async (tx) => {
          if (files.length > 0) await tx.infoRequestAttachment.createMany({ data: files.map((file) => ({ ...file, requestId: request.id, createdAt: now })) });
          if (!to) return false;
          await queueMail(tx, {
            to,
            subject: `政府信息公开申请答复（${request.number}）`,
            body: [
              `${request.name}：`,
              ``,
              `您的政府信息公开申请（申请编号 ${request.number}）已于${formatDate(now)}答复。`,
              ``,
              `答复结果：${OUTCOME_LABELS[outcome]}`,
              `依据：${legalBasis}`,
              ``,
              reply,
              ...fileLines,
              ``,
              `您也可以在本网站“依申请公开 - 申请查询”页面用申请编号和查询码查看答复。`,
              `本邮件由系统自动发送，请勿直接回复。`,
            ].join("\n"),
            kind: "inforequest.reply",
          });
          return true;
        },
      };
    },
  };
}
