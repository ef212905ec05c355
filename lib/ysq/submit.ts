import { Prisma, db } from "@/lib/db/client";
import { encryptBound } from "@/lib/auth/id-card";
import type { Actor } from "@/lib/auth/permissions";
import { takeRateLimit, type RateLimitRule } from "@/lib/limits/rate-limit";
import { chinaDateKey, generateTrackingCode, hashTrackingCode } from "@/lib/mailbox/codes";
import type { InfoRequestInput } from "./validation";

// Submitting a request (/gk/ysq/apply): anyone may apply, without an account (the law asks for
// none); a signed-in resident's request is linked to the account. The request and its
// "submit" event are written in one transaction; the form's one-time submissionKey makes a
// re-sent form find the first request. The 证件号码 is encrypted at rest, bound to the
// request's submissionKey. New requests are limited per client address.

export const APPLY_ADDRESS_RULE: RateLimitRule = { bucket: "ysq-apply-address", limit: 10, windowMs: 24 * 3600_000 };
export const APPLY_LIMITED_MESSAGE = `提交过于频繁：同一网络每天最多提交 ${APPLY_ADDRESS_RULE.limit} 件申请，请明天再试，或通过信函、当面方式提出申请。`;

export type SubmitResult =
  | { ok: true; number: string; trackingCode: string | null; duplicate: boolean }
  | { ok: false; formError: string };

/** The context the 证件号码's ciphertext is bound to. */
export const idContext = (submissionKey: string) => `inforequest:${submissionKey}`;

/** 申请编号: YSQ, the China date of submission and the row id, e.g. YSQ20261202-0007. */
export function requestNumber(createdAt: Date, id: number): string {
  return `YSQ${chinaDateKey(createdAt)}-${String(id).padStart(4, "0")}`;
}

export async function earlier(submissionKey: string) {
  return db.infoRequest.findUnique({ where: { submissionKey }, select: { number: true } });
}

export async function submitInfoRequest(actor: Actor | null, input: InfoRequestInput, ip: string, now = new Date()): Promise<SubmitResult> {
  const found = await earlier(input.submissionKey);
  if (found) return { ok: true, number: found.number, trackingCode: null, duplicate: true };
  if (!(await takeRateLimit(APPLY_ADDRESS_RULE, ip, now))) return { ok: false, formError: APPLY_LIMITED_MESSAGE };
  return createInfoRequest({ ...input, channel: "online" }, { applicant: actor, actor, now }, async (tx, id) => {
    await tx.infoRequestEvent.create({
      data: { requestId: id, action: "submit", toStatus: "submitted", actorId: actor?.id ?? null, actorRole: actor?.role ?? null, note: "申请已提交，等待登记。", visibleToApplicant: true, createdAt: now },
      select: { id: true },
    });
  });
}

/**
 * Writes a request and its number in one transaction with `then` (its events and, for staff
 * entry, its registration); a form sent twice (the same submissionKey) finds the first one.
 */
export async function createInfoRequest(
  input: InfoRequestInput,
  by: { applicant: Actor | null; actor: Actor | null; now: Date },
  then: (tx: Prisma.TransactionClient, id: number, number: string) => Promise<void>,
): Promise<SubmitResult> {
  const trackingCode = generateTrackingCode();
  const { now } = by;
  try {
    const number = await db.$transaction(async (tx) => {
      const created = await tx.infoRequest.create({
        data: {
          number: `pending-${input.submissionKey}`,
          trackingCodeHash: hashTrackingCode(trackingCode),
          submissionKey: input.submissionKey,
          userId: by.applicant?.id ?? null,
          applicantType: input.applicantType,
          channel: input.channel,
          name: input.name,
          idType: input.idType,
          idNumberCipher: input.idNumber ? encryptBound(input.idNumber, idContext(input.submissionKey)) : null,
          creditCode: input.creditCode,
          legalRepresentative: input.legalRepresentative,
          contactPerson: input.contactPerson,
          phone: input.phone,
          email: input.email,
          address: input.address,
          postalCode: input.postalCode,
          description: input.description,
          purpose: input.purpose,
          delivery: input.delivery,
          status: "submitted",
          createdAt: now,
        },
        select: { id: true },
      });
      const number = requestNumber(now, created.id);
      await tx.infoRequest.update({ where: { id: created.id }, data: { number }, select: { id: true } });
      await then(tx, created.id, number);
      return number;
    });
    return { ok: true, number, trackingCode, duplicate: false };
  } catch (error) {
    // The same form sent twice at once: the other request committed first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const again = await earlier(input.submissionKey);
      if (again) return { ok: true, number: again.number, trackingCode: null, duplicate: true };
    }
    throw error;
  }
}

/** A signed-in resident's details that pre-fill the form. */
export async function applicantDefaults(actor: Actor | null): Promise<{ name: string; phone: string; email: string; address: string }> {
  const empty = { name: "", phone: "", email: "", address: "" };
  if (!actor || actor.role !== "resident") return empty;
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true, profile: { select: { name: true, phone: true, address: true } } } });
  if (!user) return empty;
  return { name: user.profile?.name ?? "", phone: user.profile?.phone ?? "", email: user.email, address: user.profile?.address ?? "" };
}
