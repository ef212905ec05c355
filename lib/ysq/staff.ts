import { z } from "zod";
import { db } from "@/lib/db/client";
import { record } from "@/lib/audit/audit";
import { decryptBound, maskIdCard } from "@/lib/auth/id-card";
import { can, type Actor } from "@/lib/auth/permissions";
import { addWorkingDays, loadCalendarExceptions } from "@/lib/mailbox/calendar";
import { DUE_SOON_WORKING_DAYS, REQUEST_STATUSES } from "./fields";
import { idContext } from "./submit";
import { applicantDetails } from "./track";

// What staff read at /admin/ysq: the list (overdue and due-soon first, ID numbers masked) and
// one request with its history; every opening of a request is audited (inforequest.view).

export const REQUEST_PAGE_SIZE = 50;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const requestFilterSchema = z.object({
  status: optional(z.enum(REQUEST_STATUSES, { message: "请选择有效的状态" })),
  deadline: optional(z.enum(["overdue", "soon"], { message: "请选择有效的期限" })),
  q: optional(z.string().trim().max(40, "申请编号最多 40 个字符")),
  page: optional(z.coerce.number().int().min(1).max(10_000)),
});
export type RequestFilter = z.output<typeof requestFilterSchema>;

export function filterValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of ["status", "deadline", "q"]) {
    const value = params[key];
    if (typeof value === "string" && value !== "") values[key] = value;
  }
  return values;
}

export type Deadline = "overdue" | "soon" | null;

export function deadlineOf(request: { status: string; dueAt: Date | null }, now: Date, soonLimit: Date): Deadline {
  if (!request.dueAt || request.status !== "registered") return null;
  if (request.dueAt < now) return "overdue";
  return request.dueAt <= soonLimit ? "soon" : null;
}

/** The masked 证件号码 (or the credit code of an organisation, which is public data). */
function maskedId(request: { idNumberCipher: string | null; submissionKey: string }): string {
  if (!request.idNumberCipher) return "";
  try {
    return maskIdCard(decryptBound(request.idNumberCipher, idContext(request.submissionKey)));
  } catch {
    return "（无法解密）";
  }
}

function requestWhere(filter: RequestFilter, now: Date, soonLimit: Date) {
  const deadline =
    filter.deadline === "overdue"
      ? { status: "registered", dueAt: { lt: now } }
      : filter.deadline === "soon"
        ? { status: "registered", dueAt: { gte: now, lte: soonLimit } }
        : {};
  return {
    AND: [filter.status ? { status: filter.status } : {}, deadline, filter.q ? { number: { contains: filter.q.toUpperCase() } } : {}],
  };
}

/** How many requests the list would show for this filter (the /admin dashboard). */
export async function countRequestsForStaff(actor: Actor, filter: RequestFilter, now = new Date()): Promise<number> {
  if (!can(actor, "handle:inforequest:any")) return 0;
  const soonLimit = addWorkingDays(now, DUE_SOON_WORKING_DAYS, await loadCalendarExceptions());
  return db.infoRequest.count({ where: requestWhere(filter, now, soonLimit) });
}

export async function listRequestsForStaff(actor: Actor, filter: RequestFilter, now = new Date()) {
  if (!can(actor, "handle:inforequest:any")) return { total: 0, requests: [], page: 1, pages: 1 };
  const soonLimit = addWorkingDays(now, DUE_SOON_WORKING_DAYS, await loadCalendarExceptions());
  const where = requestWhere(filter, now, soonLimit);
  const keys = await db.infoRequest.findMany({ where, select: { id: true, status: true, dueAt: true, createdAt: true } });
  const rank = (key: (typeof keys)[number]) => {
    const flag = deadlineOf(key, now, soonLimit);
    return flag === "overdue" ? 0 : flag === "soon" ? 1 : 2;
  };
  keys.sort((a, b) => rank(a) - rank(b) || (rank(a) < 2 ? a.dueAt!.getTime() - b.dueAt!.getTime() : b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id));
  const pages = Math.max(1, Math.ceil(keys.length / REQUEST_PAGE_SIZE));
  const page = Math.min(filter.page ?? 1, pages);
  const ids = keys.slice((page - 1) * REQUEST_PAGE_SIZE, page * REQUEST_PAGE_SIZE).map((key) => key.id);
  const rows = await db.infoRequest.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      number: true,
      applicantType: true,
      name: true,
      idNumberCipher: true,
      submissionKey: true,
      creditCode: true,
      status: true,
      dueAt: true,
      createdAt: true,
      extensionStatus: true,
      description: true,
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const requests = ids
    .map((id) => byId.get(id)!)
    .map(({ idNumberCipher, submissionKey, ...row }) => ({ ...row, maskedId: maskedId({ idNumberCipher, submissionKey }), deadline: deadlineOf(row, now, soonLimit) }));
  return { total: keys.length, requests, page, pages };
}

/** One request for staff, with its history; audited as inforequest.view. The ID number stays masked. */
export async function viewRequestForStaff(actor: Actor, requestId: number, ip: string | null = null, now = new Date()) {
  const audit = (outcome: "success" | "denied" | "failed") =>
    record({ actor, action: "inforequest.view", outcome, targetType: "inforequest", targetId: requestId, ip, at: now });
  if (!can(actor, "handle:inforequest:any")) {
    await audit("denied");
    return null;
  }
  const request = await db.infoRequest.findUnique({
    where: { id: requestId },
    select: {
      id: true,
      number: true,
      submissionKey: true,
      channel: true,
      ...applicantDetails,
      idNumberCipher: true,
      description: true,
      delivery: true,
      status: true,
      receivedAt: true,
      dueAt: true,
      correctionRequest: true,
      correctionAskedAt: true,
      correctionRemainingDays: true,
      correctionAnswer: true,
      correctionAnsweredAt: true,
      extensionStatus: true,
      extensionReason: true,
      outcome: true,
      legalBasis: true,
      reply: true,
      repliedAt: true,
      repliedLate: true,
      userId: true,
      createdAt: true,
      attachments: { select: { id: true, fileName: true, size: true }, orderBy: { id: "asc" } },
      events: {
        select: { id: true, action: true, toStatus: true, actorId: true, actorRole: true, note: true, visibleToApplicant: true, createdAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!request) {
    await audit("failed");
    return null;
  }
  await audit("success");
  const soonLimit = addWorkingDays(now, DUE_SOON_WORKING_DAYS, await loadCalendarExceptions());
  const { idNumberCipher, submissionKey, ...rest } = request;
  return { ...rest, maskedId: maskedId({ idNumberCipher, submissionKey }), deadline: deadlineOf(request, now, soonLimit) };
}
export type StaffRequest = NonNullable<Awaited<ReturnType<typeof viewRequestForStaff>>>;

/** Which forms the detail page shows. */
export function staffActions(actor: Actor, request: Pick<StaffRequest, "status" | "extensionStatus" | "correctionAskedAt">) {
  const handle = can(actor, "handle:inforequest:any");
  const open = request.status === "registered";
  return {
    register: handle && request.status === "submitted",
    correction: handle && open && !request.correctionAskedAt && request.extensionStatus !== "pending",
    requestExtension: handle && open && !request.extensionStatus,
    decideExtension: can(actor, "decide:extension:any") && open && request.extensionStatus === "pending",
    reply: handle && open && request.extensionStatus !== "pending",
  };
}
