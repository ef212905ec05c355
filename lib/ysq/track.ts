import { db, type Prisma } from "@/lib/db/client";
import { countHits, recordHit, takeRateLimit, type RateLimitRule } from "@/lib/limits/rate-limit";
import { loadCalendarExceptions } from "@/lib/mailbox/calendar";
import { hashTrackingCode, normalizeTrackingCode, trackingCodeMatches } from "@/lib/mailbox/codes";
import { formatDate } from "@/lib/format";
import { resumedDeadline } from "./deadline";
import { YSQ_NUMBER_PATTERN } from "./validation";

// /gk/ysq/track: 申请编号 + 查询码, without login, as the mailbox's tracking (lib/mailbox/track.ts):
// a wrong pair - unknown number or wrong code - gets the same 未找到 after the same work, wrong
// codes are limited per number and all attempts per client address. The same pair lets the
// applicant answer a 补正, which restarts the clock with the working days that were left.

export const TRACK_NUMBER_RULE: RateLimitRule = { bucket: "ysq-track-number", limit: 10, windowMs: 60 * 60_000 };
export const TRACK_ADDRESS_RULE: RateLimitRule = { bucket: "ysq-track-address", limit: 100, windowMs: 10 * 60_000 };
export const NOT_FOUND_MESSAGE = "未找到：申请编号或查询码不正确，请核对后重试。";
export const NUMBER_LIMITED_MESSAGE = `该申请编号的查询码错误次数过多（每小时最多 ${TRACK_NUMBER_RULE.limit} 次），请 1 小时后再试。`;
export const ADDRESS_LIMITED_MESSAGE = `查询过于频繁：每 10 分钟最多查询 ${TRACK_ADDRESS_RULE.limit} 次，请稍后再试。`;
const NO_REQUEST_HASH = hashTrackingCode("NO-SUCH-REQUEST");

/** The applicant's details as given on the form (the 证件号码 apart: it is encrypted). */
export const applicantDetails = {
  applicantType: true,
  name: true,
  idType: true,
  creditCode: true,
  legalRepresentative: true,
  contactPerson: true,
  phone: true,
  email: true,
  address: true,
  postalCode: true,
  purpose: true,
} satisfies Prisma.InfoRequestSelect;

/** What the applicant sees: no staff-only notes, no ID number. */
export const applicantView = {
  id: true,
  number: true,
  name: true,
  status: true,
  description: true,
  delivery: true,
  createdAt: true,
  receivedAt: true,
  dueAt: true,
  correctionRequest: true,
  correctionAskedAt: true,
  correctionAnswer: true,
  correctionAnsweredAt: true,
  outcome: true,
  legalBasis: true,
  reply: true,
  repliedAt: true,
  attachments: { select: { id: true, fileName: true, size: true }, orderBy: { id: "asc" as const } },
  events: {
    where: { visibleToApplicant: true },
    select: { action: true, toStatus: true, note: true, createdAt: true },
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  },
} satisfies Prisma.InfoRequestSelect;

export type ApplicantRequest = Prisma.InfoRequestGetPayload<{ select: typeof applicantView }>;

export type TrackResult = { kind: "found"; request: ApplicantRequest } | { kind: "not-found" } | { kind: "rate-limited"; per: "number" | "address" };

export function trackFailureMessage(result: Exclude<TrackResult, { kind: "found" }>): string {
  if (result.kind === "not-found") return NOT_FOUND_MESSAGE;
  return result.per === "number" ? NUMBER_LIMITED_MESSAGE : ADDRESS_LIMITED_MESSAGE;
}

export async function trackInfoRequest(numberInput: string, codeInput: string, ip: string, now = new Date()): Promise<TrackResult> {
  if (!(await takeRateLimit(TRACK_ADDRESS_RULE, ip, now))) return { kind: "rate-limited", per: "address" };
  const number = numberInput.trim().toUpperCase().slice(0, 40);
  if ((await countHits(TRACK_NUMBER_RULE, number, now)) >= TRACK_NUMBER_RULE.limit) return { kind: "rate-limited", per: "number" };
  const request = YSQ_NUMBER_PATTERN.test(number)
    ? await db.infoRequest.findUnique({ where: { number }, select: { ...applicantView, trackingCodeHash: true } })
    : null;
  const matches = trackingCodeMatches(normalizeTrackingCode(codeInput), request?.trackingCodeHash ?? NO_REQUEST_HASH);
  if (!request || !matches) {
    await recordHit(TRACK_NUMBER_RULE, number, now);
    return { kind: "not-found" };
  }
  const view: Partial<typeof request> = { ...request };
  delete view.trackingCodeHash;
  return { kind: "found", request: view as ApplicantRequest };
}

export type AnswerResult = TrackResult | { kind: "not-correction" };

/**
 * The applicant answers a 补正 (number + code again): 待补正 -> 办理中, the deadline runs again
 * from today with the working days that were left when staff asked.
 */
export async function answerCorrection(numberInput: string, codeInput: string, answer: string, ip: string, now = new Date()): Promise<AnswerResult> {
  const tracked = await trackInfoRequest(numberInput, codeInput, ip, now);
  if (tracked.kind !== "found") return tracked;
  const id = tracked.request.id;
  const moved = await db.$transaction(async (tx) => {
    const current = await tx.infoRequest.findUnique({ where: { id }, select: { status: true, correctionRemainingDays: true } });
    if (current?.status !== "correction") return false;
    const dueAt = resumedDeadline(now, current.correctionRemainingDays ?? 1, await loadCalendarExceptions(tx));
    const updated = await tx.infoRequest.updateMany({
      where: { id, status: "correction" },
      data: { status: "registered", correctionAnswer: answer.trim(), correctionAnsweredAt: now, correctionRemainingDays: null, dueAt },
    });
    if (updated.count !== 1) return false;
    await tx.infoRequestEvent.create({
      data: {
        requestId: id,
        action: "correction_answer",
        fromStatus: "correction",
        toStatus: "registered",
        note: `申请人已补正，答复期限恢复计算，至${formatDate(dueAt)}。`,
        visibleToApplicant: true,
        createdAt: now,
      },
      select: { id: true },
    });
    return true;
  });
  if (!moved) return { kind: "not-correction" };
  const request = await db.infoRequest.findUniqueOrThrow({ where: { id }, select: applicantView });
  return { kind: "found", request };
}
