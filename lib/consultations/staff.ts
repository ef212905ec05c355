import { csvDocument } from "@/lib/files/csv";
import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { checkStaffFile, type UploadResult } from "@/lib/content/attachments";
import { assertCan } from "@/lib/content/permission";
import { toChinaDateTimeInput } from "@/lib/content/forms";
import { db } from "@/lib/db/client";
import type { FormResult } from "@/lib/forms/action";
import { removeStoredFiles, storeAttachments } from "@/lib/files/store";
import { syncConsultation } from "@/lib/search/sources";
import { clauseLabel, draftClauses } from "./clauses";
import { DECISIONS, isDecision, type ConsultationInput, type Decision } from "./fields";
import { revalidateConsultation } from "./revalidate";
import { listedConsultation, listItem } from "./public";
import { consultationStatus } from "./status";

// 民意征集 in the staff console (/admin/consultations): creating, editing and publishing a
// consultation, its attachments, reading the opinions (personal data: every opening is
// audited), deciding each opinion, publishing the 意见采纳情况反馈 after the close, and the CSV
// export. Every function checks manage:consultation:any itself; the search index follows in
// the same transaction as a change of what is public, and the public pages are revalidated.

const PERMISSION = "manage:consultation:any" as const;
export const CLOSING_SOON_DAYS = 3;

type SaveResult = FormResult<{ id: number }>;
type ActionResult = { ok: true } | { ok: false; formError: string };

export async function listConsultationsForStaff(now = new Date()) {
  const rows = await db.consultation.findMany({
    select: { ...listedConsultation, published: true },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  return rows.map((row) => listItem(row, now));
}

/** Published consultations still open that close within CLOSING_SOON_DAYS (the /admin dashboard). */
export async function consultationsClosingSoon(now = new Date()): Promise<number> {
  return db.consultation.count({
    where: { published: true, feedbackPublishedAt: null, startsAt: { lte: now }, endsAt: { gt: now, lte: new Date(now.getTime() + CLOSING_SOON_DAYS * 86_400_000) } },
  });
}

export async function getConsultationForStaff(id: number, now = new Date()) {
  const row = await db.consultation.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      departmentId: true,
      startsAt: true,
      endsAt: true,
      intro: true,
      draft: true,
      published: true,
      publishedAt: true,
      feedbackSummary: true,
      feedbackPublishedAt: true,
      attachments: { select: { id: true, fileName: true, size: true }, orderBy: { id: "asc" } },
      _count: { select: { opinions: true } },
    },
  });
  if (!row) return null;
  const { _count, ...consultation } = row;
  const undecided = await db.consultationOpinion.count({ where: { consultationId: id, decision: null } });
  return {
    ...consultation,
    opinions: _count.opinions,
    undecided,
    status: consultationStatus(consultation, now),
    form: {
      title: consultation.title,
      departmentId: String(consultation.departmentId),
      startsAt: toChinaDateTimeInput(consultation.startsAt),
      endsAt: toChinaDateTimeInput(consultation.endsAt),
      intro: consultation.intro,
      draft: consultation.draft,
    },
  };
}

const NO_DEPARTMENT = { departmentId: ["请选择征集单位"] };

async function departmentExists(id: number): Promise<boolean> {
  return (await db.department.findUnique({ where: { id }, select: { id: true } })) !== null;
}

/** A new consultation, not yet public. */
export async function createConsultation(actor: Actor, input: ConsultationInput, ip: string | null): Promise<SaveResult> {
  await assertCan(actor, PERMISSION, ip);
  if (!(await departmentExists(input.departmentId))) return { ok: false, fieldErrors: NO_DEPARTMENT };
  const { id } = await db.consultation.create({ data: input, select: { id: true } });
  await record({ actor, action: "consultation.create", outcome: "success", targetType: "consultation", targetId: id, ip, detail: input.title });
  return { ok: true, id };
}

/**
 * Edits a consultation. Once an opinion has been received the draft's text is frozen: the
 * opinions refer to its clauses by number (lib/consultations/clauses.ts).
 */
export async function updateConsultation(actor: Actor, id: number, input: ConsultationInput, ip: string | null): Promise<SaveResult> {
  await assertCan(actor, PERMISSION, ip);
  const before = await db.consultation.findUnique({ where: { id }, select: { draft: true, published: true, feedbackPublishedAt: true, _count: { select: { opinions: true } } } });
  if (!before) return { ok: false, fieldErrors: {}, formError: "未找到该征集项目" };
  if (!(await departmentExists(input.departmentId))) return { ok: false, fieldErrors: NO_DEPARTMENT };
  if (before._count.opinions > 0 && before.draft !== input.draft) {
    return { ok: false, fieldErrors: { draft: ["已收到意见，征求意见稿正文不能再修改（意见按条款编号引用正文）"] } };
  }
  await db.$transaction(async (tx) => {
    await tx.consultation.update({ where: { id }, data: input, select: { id: true } });
    await syncConsultation(tx, id);
  });
  await record({ actor, action: "consultation.update", outcome: "success", targetType: "consultation", targetId: id, ip, detail: input.title });
  if (before.published) revalidateConsultation(id);
  return { ok: true, id };
}

/** Publishes a consultation (it appears on the site and in the search) or takes it offline. */
export async function setConsultationPublished(actor: Actor, id: number, published: boolean, ip: string | null, now = new Date()): Promise<ActionResult> {
  await assertCan(actor, PERMISSION, ip);
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.consultation.updateMany({
      where: { id, published: !published },
      data: published ? { published: true, publishedAt: now } : { published: false },
    });
    if (count > 0) await syncConsultation(tx, id);
    return count > 0;
  });
  const action = published ? "consultation.publish" : "consultation.unpublish";
  if (!changed) {
    await record({ actor, action, outcome: "failed", targetType: "consultation", targetId: id, ip });
    return { ok: false, formError: published ? "该征集项目不存在或已发布" : "该征集项目不存在或未发布" };
  }
  await record({ actor, action, outcome: "success", targetType: "consultation", targetId: id, ip });
  revalidateConsultation(id);
  return { ok: true };
}

/** The draft as PDF or Word (the article attachments' rules: type from the bytes, 20 MB). */
export async function addConsultationAttachment(actor: Actor, consultationId: number, file: { name: string; bytes: Uint8Array }, ip: string | null): Promise<UploadResult> {
  await assertCan(actor, PERMISSION, ip);
  const consultation = await db.consultation.findUnique({ where: { id: consultationId }, select: { published: true } });
  if (!consultation) return { ok: false, error: "未找到该征集项目" };
  const checked = checkStaffFile(file);
  if (!checked.ok) return { ok: false, error: checked.error };
  const [stored] = await storeAttachments([checked.file], "consultations");
  let id: number;
  try {
    ({ id } = await db.consultationAttachment.create({ data: { consultationId, ...stored! }, select: { id: true } }));
  } catch (error) {
    await removeStoredFiles([stored!.storageKey]);
    throw error;
  }
  await record({ actor, action: "consultation.attachment_add", outcome: "success", targetType: "consultation", targetId: consultationId, ip, detail: checked.file.fileName });
  if (consultation.published) revalidateConsultation(consultationId);
  return { ok: true, id };
}

export async function removeConsultationAttachment(actor: Actor, attachmentId: number, ip: string | null): Promise<{ ok: boolean; consultationId?: number }> {
  await assertCan(actor, PERMISSION, ip);
  const attachment = await db.consultationAttachment.findUnique({ where: { id: attachmentId }, select: { storageKey: true, fileName: true, consultationId: true, consultation: { select: { published: true } } } });
  if (!attachment) return { ok: false };
  await db.consultationAttachment.delete({ where: { id: attachmentId }, select: { id: true } });
  await removeStoredFiles([attachment.storageKey]);
  await record({ actor, action: "consultation.attachment_remove", outcome: "success", targetType: "consultation", targetId: attachment.consultationId, ip, detail: attachment.fileName });
  if (attachment.consultation.published) revalidateConsultation(attachment.consultationId);
  return { ok: true, consultationId: attachment.consultationId };
}

const opinionSelect = {
  id: true,
  clause: true,
  body: true,
  publicConsent: true,
  decision: true,
  decisionReason: true,
  decidedAt: true,
  createdAt: true,
  maskedName: true,
  author: { select: { email: true, profile: { select: { name: true } } } },
} as const;

/** The opinions with their writers' names (personal data): every opening is audited. */
export async function readOpinions(actor: Actor, consultationId: number, ip: string | null) {
  await assertCan(actor, PERMISSION, ip);
  const consultation = await db.consultation.findUnique({ where: { id: consultationId }, select: { id: true, title: true, draft: true, startsAt: true, endsAt: true, feedbackPublishedAt: true } });
  if (!consultation) return null;
  const opinions = await db.consultationOpinion.findMany({ where: { consultationId }, select: opinionSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  await record({ actor, action: "consultation.opinions_view", outcome: "success", targetType: "consultation", targetId: consultationId, ip, detail: `${opinions.length} 条意见` });
  return {
    consultation: { ...consultation, status: consultationStatus(consultation) },
    clauses: draftClauses(consultation.draft),
    opinions: opinions.map(({ author, ...opinion }) => ({ ...opinion, authorName: author?.profile?.name ?? null, authorEmail: author?.email ?? null })),
  };
}

/** Marks an opinion 采纳 / 部分采纳 / 未采纳 with a reason; fixed once the feedback is published. */
export async function decideOpinion(actor: Actor, input: { opinionId: number; decision: string; reason: string }, ip: string | null, now = new Date()): Promise<{ ok: true; consultationId: number } | { ok: false; formError: string }> {
  await assertCan(actor, PERMISSION, ip);
  if (!isDecision(input.decision)) return { ok: false, formError: "请选择采纳情况" };
  const opinion = await db.consultationOpinion.findUnique({ where: { id: input.opinionId }, select: { consultationId: true, consultation: { select: { feedbackPublishedAt: true } } } });
  if (!opinion) return { ok: false, formError: "未找到该意见" };
  const { count } = await db.consultationOpinion.updateMany({
    where: { id: input.opinionId, consultation: { feedbackPublishedAt: null } },
    data: { decision: input.decision, decisionReason: input.reason, decidedAt: now },
  });
  if (count === 0) return { ok: false, formError: "采纳情况反馈已经发布，不能再修改" };
  await record({ actor, action: "consultation.opinion_decide", outcome: "success", targetType: "consultation_opinion", targetId: input.opinionId, ip, detail: DECISIONS[input.decision] });
  return { ok: true, consultationId: opinion.consultationId };
}

/**
 * Publishes the 意见采纳情况反馈: only after the close, when every opinion has its decision.
 * The counts by decision are stored with it (a fixed record).
 */
export async function publishFeedback(actor: Actor, consultationId: number, summary: string, ip: string | null, now = new Date()): Promise<ActionResult> {
  await assertCan(actor, PERMISSION, ip);
  const result = await db.$transaction(async (tx): Promise<ActionResult> => {
    const consultation = await tx.consultation.findUnique({ where: { id: consultationId }, select: { published: true, endsAt: true, feedbackPublishedAt: true } });
    if (!consultation) return { ok: false, formError: "未找到该征集项目" };
    if (!consultation.published) return { ok: false, formError: "征集项目尚未发布" };
    if (consultation.feedbackPublishedAt) return { ok: false, formError: "采纳情况反馈已经发布" };
    if (consultation.endsAt > now) return { ok: false, formError: "征集尚未结束，截止后才能发布采纳情况反馈" };
    const groups = await tx.consultationOpinion.groupBy({ by: ["decision"], where: { consultationId }, _count: { _all: true } });
    const count = (decision: Decision | null) => groups.find((group) => group.decision === decision)?._count._all ?? 0;
    if (count(null) > 0) return { ok: false, formError: `还有 ${count(null)} 条意见未标注采纳情况` };
    const { count: changed } = await tx.consultation.updateMany({
      where: { id: consultationId, feedbackPublishedAt: null },
      data: { feedbackSummary: summary, feedbackPublishedAt: now, adoptedCount: count("adopted"), partlyAdoptedCount: count("partly"), notAdoptedCount: count("not_adopted") },
    });
    if (changed === 0) return { ok: false, formError: "采纳情况反馈已经发布" };
    await syncConsultation(tx, consultationId);
    return { ok: true };
  });
  await record({ actor, action: "consultation.feedback_publish", outcome: result.ok ? "success" : "failed", targetType: "consultation", targetId: consultationId, ip, ...(result.ok ? {} : { detail: result.formError }) });
  if (result.ok) revalidateConsultation(consultationId);
  return result;
}

/**
 * The opinions as CSV (UTF-8 with a BOM, as /admin/ysq/report's export): the writer's name
 * and e-mail, never an ID number; audited.
 */
export async function exportOpinionsCsv(actor: Actor, consultationId: number, ip: string | null): Promise<string | null> {
  await assertCan(actor, PERMISSION, ip);
  const consultation = await db.consultation.findUnique({ where: { id: consultationId }, select: { draft: true } });
  if (!consultation) return null;
  const clauses = draftClauses(consultation.draft);
  const opinions = await db.consultationOpinion.findMany({ where: { consultationId }, select: opinionSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  await record({ actor, action: "consultation.opinions_export", outcome: "success", targetType: "consultation", targetId: consultationId, ip, detail: `${opinions.length} 条意见` });
  const rows = opinions.map((opinion) => [
    opinion.id,
    opinion.createdAt.toISOString(),
    opinion.author?.profile?.name ?? "（已注销）",
    opinion.author?.email ?? "",
    clauseLabel(clauses, opinion.clause),
    opinion.body,
    opinion.publicConsent ? "是" : "否",
    opinion.decision && isDecision(opinion.decision) ? DECISIONS[opinion.decision] : "未标注",
    opinion.decisionReason ?? "",
  ]);
  const header = ["编号", "提交时间", "姓名", "电子邮箱", "针对条款", "意见内容", "同意公开", "采纳情况", "理由"];
  return csvDocument([header, ...rows]);
}

/** The departments a consultation may name as 征集单位 (active ones, and its own). */
export async function consultationDepartments(current?: number) {
  return db.department.findMany({
    where: { OR: [{ active: true }, ...(current !== undefined ? [{ id: current }] : [])] },
    select: { id: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}
