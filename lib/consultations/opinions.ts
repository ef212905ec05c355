import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { maskName } from "@/lib/mailbox/masking";
import { clauseLabel, draftClauses, type Clause } from "./clauses";
import { DECISIONS, isDecision, OPINIONS_PER_RESIDENT, type OpinionInput } from "./fields";
import { revalidateConsultation } from "./revalidate";
import { consultationStatus, CONSULTATION_STATUSES, type ConsultationStatus } from "./status";

// A signed-in resident's opinions on a consultation: the form's context, submitting (at most
// OPINIONS_PER_RESIDENT per consultation, exact under concurrency) and their own list on
// /account. Functions take the actor and touch only that person's opinions.

export const LIMIT_MESSAGE = `每位居民对同一征集项目最多提交 ${OPINIONS_PER_RESIDENT} 条意见，您已达到上限。`;
export const NOT_OPEN_MESSAGE = "该征集项目当前不在征集期内，不能提交意见。";

export interface OpinionFormContext {
  id: number;
  title: string;
  endsAt: Date;
  status: ConsultationStatus;
  clauses: Clause[];
  mine: number;
}

/** What the opinion form needs; null when the consultation is not public. */
export async function opinionFormContext(actor: Actor, consultationId: number, now = new Date()): Promise<OpinionFormContext | null> {
  const consultation = await db.consultation.findFirst({
    where: { id: consultationId, published: true },
    select: { id: true, title: true, draft: true, startsAt: true, endsAt: true, feedbackPublishedAt: true },
  });
  if (!consultation) return null;
  const mine = await db.consultationOpinion.count({ where: { consultationId, authorId: actor.id } });
  return { id: consultation.id, title: consultation.title, endsAt: consultation.endsAt, status: consultationStatus(consultation, now), clauses: draftClauses(consultation.draft), mine };
}

export type SubmitOpinionResult = { ok: true; id: number } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

export async function submitOpinion(actor: Actor, input: OpinionInput, now = new Date()): Promise<SubmitOpinionResult> {
  const outcome = await db.$transaction(
    async (tx): Promise<SubmitOpinionResult> => {
      // Serialises one resident's submissions: a row lock on PostgreSQL, the write lock on
      // SQLite (as lib/mailbox/submit.ts); the count below is then exact.
      await tx.$executeRaw`UPDATE "User" SET "sessionVersion" = "sessionVersion" WHERE "id" = ${actor.id}`;
      const consultation = await tx.consultation.findFirst({
        where: { id: input.consultationId, published: true },
        select: { draft: true, startsAt: true, endsAt: true, feedbackPublishedAt: true },
      });
      if (!consultation) return { ok: false, fieldErrors: {}, formError: "未找到该征集项目" };
      if (consultationStatus(consultation, now) !== "open") return { ok: false, fieldErrors: {}, formError: NOT_OPEN_MESSAGE };
      if (input.clause !== null && !draftClauses(consultation.draft).some((clause) => clause.number === input.clause)) {
        return { ok: false, fieldErrors: { clause: ["请选择针对的条款"] } };
      }
      const mine = await tx.consultationOpinion.count({ where: { consultationId: input.consultationId, authorId: actor.id } });
      if (mine >= OPINIONS_PER_RESIDENT) return { ok: false, fieldErrors: {}, formError: LIMIT_MESSAGE };
      const profile = await tx.profile.findUnique({ where: { userId: actor.id }, select: { name: true } });
      const { id } = await tx.consultationOpinion.create({
        data: {
          consultationId: input.consultationId,
          authorId: actor.id,
          maskedName: maskName(profile?.name ?? ""),
          clause: input.clause,
          body: input.body,
          publicConsent: input.publicConsent,
          createdAt: now,
        },
        select: { id: true },
      });
      return { ok: true, id };
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
  // The public page shows the number of opinions received.
  if (outcome.ok) revalidateConsultation(input.consultationId);
  return outcome;
}

export interface MyOpinion {
  id: number;
  consultationId: number;
  consultationTitle: string;
  consultationStatus: string;
  clause: string;
  body: string;
  publicConsent: boolean;
  createdAt: Date;
  /** 待反馈 until the feedback is published, then the decision and its reason */
  decision: string;
  decisionReason: string | null;
}

/** The resident's own opinions, newest first; the decision shows once the feedback is published. */
export async function myOpinions(actor: Actor, now = new Date()): Promise<MyOpinion[]> {
  const rows = await db.consultationOpinion.findMany({
    where: { authorId: actor.id },
    select: {
      id: true,
      clause: true,
      body: true,
      publicConsent: true,
      createdAt: true,
      decision: true,
      decisionReason: true,
      consultation: { select: { id: true, title: true, draft: true, startsAt: true, endsAt: true, feedbackPublishedAt: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map((row) => {
    const answered = row.consultation.feedbackPublishedAt !== null;
    return {
      id: row.id,
      consultationId: row.consultation.id,
      consultationTitle: row.consultation.title,
      consultationStatus: CONSULTATION_STATUSES[consultationStatus(row.consultation, now)],
      clause: clauseLabel(draftClauses(row.consultation.draft), row.clause),
      body: row.body,
      publicConsent: row.publicConsent,
      createdAt: row.createdAt,
      decision: answered && isDecision(row.decision) ? DECISIONS[row.decision] : "待反馈",
      decisionReason: answered ? row.decisionReason : null,
    };
  });
}
