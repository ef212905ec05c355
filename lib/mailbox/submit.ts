import { Prisma, db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { removeStoredFiles, storeAttachments, type StoredFile } from "@/lib/files/store";
import { kickMailSender } from "@/lib/mail/sender";
import { queueNotice } from "@/lib/notices/queue";
import { siteUrl } from "@/lib/site/origin";
import { ATTACHMENT_DIR, checkAttachments } from "./attachments";
import { generateTrackingCode, hashTrackingCode, letterNumber, startOfChinaDay } from "./codes";
import type { LetterInput } from "./validation";

// Submitting a letter (州长信箱 写信). The letter, its attachments and its "submit" event are
// written in one transaction; the attachment files are written before it and removed if it
// does not commit. The form's one-time submissionKey makes a re-sent form or a double click
// find the letter of the first request instead of creating a second one.

export const DAILY_LIMIT_MESSAGE = (limit: number) => `每位居民每天（北京时间）最多提交 ${limit} 封信件，您今天已达到上限，请明天再提交。`;
export const STALE_FORM_MESSAGE = "表单已失效，请刷新页面后重新填写。";

export type SubmitResult =
  | { ok: true; letterId: number; number: string; trackingCode: string | null; duplicate: boolean }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

type Outcome = { kind: "created"; id: number; number: string } | { kind: "duplicate"; id: number; number: string } | { kind: "limit" } | { kind: "stale" };

const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

async function findBySubmissionKey(tx: Pick<typeof db, "letter">, submissionKey: string, writerId: number): Promise<Outcome | null> {
  const letter = await tx.letter.findUnique({ where: { submissionKey }, select: { id: true, number: true, writerId: true } });
  if (!letter) return null;
  return letter.writerId === writerId ? { kind: "duplicate", id: letter.id, number: letter.number } : { kind: "stale" };
}

async function lettersToday(tx: Pick<typeof db, "letter">, writerId: number, now: Date): Promise<number> {
  return tx.letter.count({ where: { writerId, createdAt: { gte: startOfChinaDay(now) } } });
}

function failure(outcome: Outcome, limit: number): SubmitResult {
  if (outcome.kind === "limit") return { ok: false, fieldErrors: {}, formError: DAILY_LIMIT_MESSAGE(limit) };
  return { ok: false, fieldErrors: {}, formError: STALE_FORM_MESSAGE };
}

export async function submitLetter(
  actor: Actor,
  input: LetterInput,
  files: File[],
  now = new Date(),
  limit = env().MAILBOX_DAILY_LIMIT,
): Promise<SubmitResult> {
  const earlier = await findBySubmissionKey(db, input.submissionKey, actor.id);
  if (earlier?.kind === "duplicate") return { ok: true, letterId: earlier.id, number: earlier.number, trackingCode: null, duplicate: true };
  if (earlier) return failure(earlier, limit);
  if ((await lettersToday(db, actor.id, now)) >= limit) return failure({ kind: "limit" }, limit);

  const checked = await checkAttachments(files);
  if (!checked.ok) return { ok: false, fieldErrors: { attachments: checked.errors } };

  const stored = await storeAttachments(checked.files, ATTACHMENT_DIR);
  const trackingCode = generateTrackingCode();
  let outcome: Outcome;
  try {
    outcome = await db.$transaction((tx) => createLetter(tx, actor, input, stored, trackingCode, now, limit), TRANSACTION_OPTIONS);
  } catch (error) {
    await removeStoredFiles(stored.map((file) => file.storageKey));
    // Another request with the same key committed first (it did not wait on our lock).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const again = await findBySubmissionKey(db, input.submissionKey, actor.id);
      if (again?.kind === "duplicate") return { ok: true, letterId: again.id, number: again.number, trackingCode: null, duplicate: true };
    }
    throw error;
  }
  if (outcome.kind !== "created") await removeStoredFiles(stored.map((file) => file.storageKey));
  if (outcome.kind === "created") {
    kickMailSender();
    return { ok: true, letterId: outcome.id, number: outcome.number, trackingCode, duplicate: false };
  }
  if (outcome.kind === "duplicate") return { ok: true, letterId: outcome.id, number: outcome.number, trackingCode: null, duplicate: true };
  return failure(outcome, limit);
}

async function createLetter(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: LetterInput,
  stored: StoredFile[],
  trackingCode: string,
  now: Date,
  limit: number,
): Promise<Outcome> {
  // Serialises one writer's submissions: a row lock on PostgreSQL, the write lock on SQLite.
  // The daily count and the submissionKey check below are then exact under concurrency.
  await tx.$executeRaw`UPDATE "User" SET "sessionVersion" = "sessionVersion" WHERE "id" = ${actor.id}`;
  const earlier = await findBySubmissionKey(tx, input.submissionKey, actor.id);
  if (earlier) return earlier;
  if ((await lettersToday(tx, actor.id, now)) >= limit) return { kind: "limit" };

  const letter = await tx.letter.create({
    data: {
      // A placeholder unique to this transaction; the number needs the row id.
      number: `pending-${input.submissionKey}`,
      trackingCodeHash: hashTrackingCode(trackingCode),
      submissionKey: input.submissionKey,
      writerId: actor.id,
      type: input.type,
      title: input.title,
      content: input.content,
      agreePublic: input.agreePublic,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      contactEmail: input.contactEmail,
      status: "submitted",
      createdAt: now,
    },
    select: { id: true },
  });
  const number = letterNumber(now, letter.id);
  await tx.letter.update({ where: { id: letter.id }, data: { number }, select: { id: true } });
  if (stored.length > 0) {
    await tx.letterAttachment.createMany({ data: stored.map((file) => ({ ...file, letterId: letter.id, createdAt: now })) });
  }
  await tx.letterEvent.create({
    data: {
      letterId: letter.id,
      action: "submit",
      toStatus: "submitted",
      actorId: actor.id,
      actorRole: actor.role,
      note: "信件已提交，等待受理。",
      visibleToWriter: true,
      createdAt: now,
    },
    select: { id: true },
  });
  // The receipt (required): the 信件编号 the resident needs to track the letter.
  await queueNotice(tx, {
    kind: "letter.received",
    userId: actor.id,
    email: input.contactEmail,
    values: { 信件编号: number, 标题: input.title, 链接: siteUrl("/mailbox/track").href },
  });
  return { kind: "created", id: letter.id, number };
}

/** Profile details that pre-fill the contact fields of the form. */
export async function contactDefaults(actor: Actor): Promise<{ contactName: string; contactPhone: string; contactEmail: string }> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true, profile: { select: { name: true, phone: true } } } });
  return { contactName: user?.profile?.name ?? "", contactPhone: user?.profile?.phone ?? "", contactEmail: user?.email ?? "" };
}
