import { db } from "@/lib/db/client";
import { maskPersonalData } from "@/lib/mailbox/masking";
import { clauseLabel, draftClauses, renderDraft } from "./clauses";
import { DECISIONS } from "./fields";
import { consultationStatus, statusWhere, type ConsultationStatus } from "./status";

// The public side of 民意征集 (/interaction/consultations): published consultations only.
// After the feedback is published, the opinions whose writers agreed to publication are shown
// with the masked name (张**) and their text with ID and phone numbers hidden; the others never.

/** What a list of consultations shows of each (the public list and the staff list). */
export const listedConsultation = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  feedbackPublishedAt: true,
  department: { select: { name: true } },
  _count: { select: { opinions: true } },
} as const;

/** A listed row with its number of opinions and its status at `now`. */
export function listItem<Row extends { startsAt: Date; endsAt: Date; feedbackPublishedAt: Date | null; _count: { opinions: number } }>({ _count, ...row }: Row, now: Date) {
  return { ...row, opinions: _count.opinions, status: consultationStatus(row, now) };
}

export async function listPublishedConsultations(status: ConsultationStatus | null, now = new Date()) {
  const rows = await db.consultation.findMany({
    where: { published: true, ...(status ? statusWhere(status, now) : {}) },
    select: listedConsultation,
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: 100,
  });
  return rows.map((row) => listItem(row, now));
}

export async function getPublishedConsultation(id: number, now = new Date()) {
  const consultation = await db.consultation.findFirst({
    where: { id, published: true },
    select: {
      id: true,
      title: true,
      intro: true,
      draft: true,
      startsAt: true,
      endsAt: true,
      publishedAt: true,
      feedbackSummary: true,
      feedbackPublishedAt: true,
      adoptedCount: true,
      partlyAdoptedCount: true,
      notAdoptedCount: true,
      department: { select: { name: true } },
      attachments: { select: { id: true, fileName: true, size: true }, orderBy: { id: "asc" } },
      _count: { select: { opinions: true } },
    },
  });
  if (!consultation) return null;
  const { _count, draft, adoptedCount, partlyAdoptedCount, notAdoptedCount, ...rest } = consultation;
  const clauses = draftClauses(draft);
  const answered = consultation.feedbackPublishedAt !== null;
  const publicOpinions = answered
    ? await db.consultationOpinion.findMany({
        where: { consultationId: id, publicConsent: true },
        select: { id: true, maskedName: true, clause: true, body: true, decision: true, decisionReason: true, createdAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      })
    : [];
  return {
    ...rest,
    status: consultationStatus(consultation, now),
    opinions: _count.opinions,
    blocks: renderDraft(draft),
    feedback: answered
      ? {
          summary: consultation.feedbackSummary ?? "",
          counts: [
            { decision: DECISIONS.adopted, count: adoptedCount ?? 0 },
            { decision: DECISIONS.partly, count: partlyAdoptedCount ?? 0 },
            { decision: DECISIONS.not_adopted, count: notAdoptedCount ?? 0 },
          ],
          opinions: publicOpinions.map((opinion) => ({
            id: opinion.id,
            name: opinion.maskedName,
            clause: clauseLabel(clauses, opinion.clause),
            body: maskPersonalData(opinion.body),
            decision: opinion.decision && Object.hasOwn(DECISIONS, opinion.decision) ? DECISIONS[opinion.decision as keyof typeof DECISIONS] : "",
            reason: opinion.decisionReason ? maskPersonalData(opinion.decisionReason) : "",
            createdAt: opinion.createdAt,
          })),
        }
      : null,
  };
}

/** An attachment of a published consultation (served by app/files/consultation/[id]). */
export async function getPublishedConsultationAttachment(id: number) {
  return db.consultationAttachment.findFirst({
    where: { id, consultation: { published: true } },
    select: { fileName: true, storageKey: true, mimeType: true },
  });
}
