import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { assertCan } from "@/lib/content/permission";
import { toChinaDateTimeInput } from "@/lib/content/forms";
import { db } from "@/lib/db/client";
import type { FormResult } from "@/lib/forms/action";
import { removeStoredFiles } from "@/lib/files/store";
import { syncInterview } from "@/lib/search/sources";
import type { GuestInput, InterviewInput, TurnInput } from "./fields";
import { checkPhoto, withStoredPhoto, type PhotoUpload } from "./photos";
import { revalidateInterview } from "./revalidate";
import { interviewStatus, LIVE_SWITCHES, type LiveSwitch } from "./status";

// 嘉宾访谈 in the staff console (/admin/interviews): creating, editing and publishing an
// interview, its guests and their photos, the live switch, and the transcript posted turn by
// turn. Every function checks manage:interview:any itself and audits the change; the search
// index follows in the same transaction, and the public pages are revalidated.

const PERMISSION = "manage:interview:any" as const;

type SaveResult = FormResult<{ id: number }>;
type ActionResult = { ok: true } | { ok: false; formError: string };
const NOT_FOUND = "未找到该访谈";

export async function listInterviewsForStaff(now = new Date()) {
  const rows = await db.interview.findMany({
    select: { id: true, title: true, startsAt: true, endsAt: true, liveSwitch: true, published: true, _count: { select: { turns: true, questions: { where: { status: "pending" } } } } },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  return rows.map(({ _count, ...row }) => ({ ...row, turns: _count.turns, pendingQuestions: _count.questions, status: interviewStatus(row, now) }));
}

export async function getInterviewForStaff(id: number, now = new Date()) {
  const interview = await db.interview.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      host: true,
      startsAt: true,
      endsAt: true,
      intro: true,
      summary: true,
      liveSwitch: true,
      published: true,
      guests: { select: { id: true, name: true, post: true, department: true, photoId: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
      turns: { select: { id: true, role: true, speaker: true, body: true, photoId: true, createdAt: true }, orderBy: { id: "desc" }, take: 20 },
      questions: { where: { status: "approved", putToGuest: true, answeredTurnId: null }, select: { id: true, maskedName: true, body: true }, orderBy: { id: "asc" } },
      _count: { select: { turns: true, questions: { where: { status: "pending" } } } },
    },
  });
  if (!interview) return null;
  const { _count, ...rest } = interview;
  return {
    ...rest,
    turnCount: _count.turns,
    pendingQuestions: _count.questions,
    status: interviewStatus(interview, now),
    form: {
      title: interview.title,
      host: interview.host,
      startsAt: toChinaDateTimeInput(interview.startsAt),
      endsAt: toChinaDateTimeInput(interview.endsAt),
      intro: interview.intro,
      summary: interview.summary,
    },
  };
}

/** A new interview, not yet public. */
export async function createInterview(actor: Actor, input: InterviewInput, ip: string | null): Promise<SaveResult> {
  await assertCan(actor, PERMISSION, ip);
  const id = await db.$transaction(async (tx) => {
    const created = await tx.interview.create({ data: input, select: { id: true } });
    await record({ actor, action: "interview.create", outcome: "success", targetType: "interview", targetId: created.id, ip, detail: input.title }, tx);
    return created.id;
  });
  return { ok: true, id };
}

export async function updateInterview(actor: Actor, id: number, input: InterviewInput, ip: string | null): Promise<SaveResult> {
  await assertCan(actor, PERMISSION, ip);
  const published = await db.$transaction(async (tx) => {
    const { count } = await tx.interview.updateMany({ where: { id }, data: input });
    if (count === 0) return null;
    await syncInterview(tx, id);
    await record({ actor, action: "interview.update", outcome: "success", targetType: "interview", targetId: id, ip, detail: input.title }, tx);
    return (await tx.interview.findUnique({ where: { id }, select: { published: true } }))?.published ?? false;
  });
  if (published === null) return { ok: false, fieldErrors: {}, formError: NOT_FOUND };
  if (published) revalidateInterview(id);
  return { ok: true, id };
}

/** Publishes an interview (it appears on the site; in the search once it has ended) or takes it offline. */
export async function setInterviewPublished(actor: Actor, id: number, published: boolean, ip: string | null, now = new Date()): Promise<ActionResult> {
  await assertCan(actor, PERMISSION, ip);
  const action = published ? "interview.publish" : "interview.unpublish";
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.interview.updateMany({ where: { id, published: !published }, data: published ? { published: true, publishedAt: now } : { published: false } });
    if (count === 0) return false;
    await syncInterview(tx, id);
    await record({ actor, action, outcome: "success", targetType: "interview", targetId: id, ip }, tx);
    return true;
  });
  if (!changed) {
    await record({ actor, action, outcome: "failed", targetType: "interview", targetId: id, ip });
    return { ok: false, formError: published ? "该访谈不存在或已发布" : "该访谈不存在或未发布" };
  }
  revalidateInterview(id);
  return { ok: true };
}

/** The staff switch: 按访谈时间, 正在直播 (early start, overrun) or 已结束 (early close). */
export async function setLiveSwitch(actor: Actor, id: number, liveSwitch: LiveSwitch, ip: string | null): Promise<ActionResult> {
  await assertCan(actor, PERMISSION, ip);
  const published = await db.$transaction(async (tx) => {
    const { count } = await tx.interview.updateMany({ where: { id }, data: { liveSwitch } });
    if (count === 0) return null;
    await syncInterview(tx, id);
    await record({ actor, action: "interview.switch", outcome: "success", targetType: "interview", targetId: id, ip, detail: LIVE_SWITCHES[liveSwitch] }, tx);
    return (await tx.interview.findUnique({ where: { id }, select: { published: true } }))?.published ?? false;
  });
  if (published === null) return { ok: false, formError: NOT_FOUND };
  if (published) revalidateInterview(id);
  return { ok: true };
}

/** Adds a 访谈嘉宾, with an optional portrait. */
export async function addGuest(actor: Actor, input: GuestInput, photo: PhotoUpload, ip: string | null): Promise<SaveResult> {
  await assertCan(actor, PERMISSION, ip);
  const checked = photo ? checkPhoto(photo) : null;
  if (checked && !checked.ok) return { ok: false, fieldErrors: { photo: [checked.error] } };
  const { interviewId, ...guest } = input;
  const result = await withStoredPhoto(checked?.file ?? null, interviewId, (createPhoto) =>
    db.$transaction(async (tx): Promise<SaveResult & { published?: boolean }> => {
      const interview = await tx.interview.findUnique({ where: { id: interviewId }, select: { published: true, _count: { select: { guests: true } } } });
      if (!interview) return { ok: false, fieldErrors: {}, formError: NOT_FOUND };
      const photoId = await createPhoto(tx);
      const { id } = await tx.interviewGuest.create({ data: { interviewId, ...guest, photoId, sortOrder: interview._count.guests + 1 }, select: { id: true } });
      await syncInterview(tx, interviewId);
      await record({ actor, action: "interview.guest_add", outcome: "success", targetType: "interview", targetId: interviewId, ip, detail: guest.name }, tx);
      return { ok: true, id, published: interview.published };
    }),
  );
  if (result.ok && result.published) revalidateInterview(interviewId);
  return result.ok ? { ok: true, id: result.id } : result;
}

export async function removeGuest(actor: Actor, guestId: number, ip: string | null): Promise<{ ok: true; interviewId: number } | { ok: false; formError: string }> {
  await assertCan(actor, PERMISSION, ip);
  const removed = await db.$transaction(async (tx) => {
    const guest = await tx.interviewGuest.findUnique({ where: { id: guestId }, select: { name: true, interviewId: true, interview: { select: { published: true } }, photo: { select: { id: true, storageKey: true, _count: { select: { turns: true } } } } } });
    if (!guest) return null;
    await tx.interviewGuest.delete({ where: { id: guestId }, select: { id: true } });
    const unusedPhoto = guest.photo && guest.photo._count.turns === 0 ? guest.photo : null;
    if (unusedPhoto) await tx.interviewPhoto.delete({ where: { id: unusedPhoto.id }, select: { id: true } });
    await syncInterview(tx, guest.interviewId);
    await record({ actor, action: "interview.guest_remove", outcome: "success", targetType: "interview", targetId: guest.interviewId, ip, detail: guest.name }, tx);
    return { ...guest, storageKey: unusedPhoto?.storageKey ?? null };
  });
  if (!removed) return { ok: false, formError: "未找到该嘉宾" };
  if (removed.storageKey) await removeStoredFiles([removed.storageKey]);
  if (removed.interview.published) revalidateInterview(removed.interviewId);
  return { ok: true, interviewId: removed.interviewId };
}

/**
 * Posts one turn of the transcript (while the interview is live, or afterwards to complete
 * it). A 网友提问 turn may name the approved question it reads out: that question is then
 * shown as answered. Live readers get the turn from the poller (lib/interviews/live.ts).
 */
export async function postTurn(actor: Actor, input: TurnInput, photo: PhotoUpload, ip: string | null, now = new Date()): Promise<SaveResult> {
  await assertCan(actor, PERMISSION, ip);
  const checked = photo ? checkPhoto(photo) : null;
  if (checked && !checked.ok) return { ok: false, fieldErrors: { photo: [checked.error] } };
  const result = await withStoredPhoto(checked?.file ?? null, input.interviewId, (createPhoto) =>
    db.$transaction(async (tx): Promise<SaveResult & { published?: boolean }> => {
      // Turns of one interview commit in id order (the live poller moves every cursor to the
      // highest id it reads, so a lower id committed later would never reach live readers).
      await tx.$executeRaw`UPDATE "Interview" SET "updatedAt" = "updatedAt" WHERE "id" = ${input.interviewId}`;
      const interview = await tx.interview.findUnique({ where: { id: input.interviewId }, select: { published: true, startsAt: true, endsAt: true, liveSwitch: true } });
      if (!interview) return { ok: false, fieldErrors: {}, formError: NOT_FOUND };
      if (interviewStatus(interview, now) === "upcoming") return { ok: false, fieldErrors: {}, formError: "访谈尚未开始：开始时间未到，或请先将直播状态切换为“正在直播”" };
      if (input.questionId !== null) {
        const question = await tx.interviewQuestion.findFirst({ where: { id: input.questionId, interviewId: input.interviewId, status: "approved" }, select: { id: true } });
        if (!question) return { ok: false, fieldErrors: { questionId: ["请选择本访谈已审核通过的网友提问"] } };
      }
      const photoId = await createPhoto(tx);
      const { id } = await tx.interviewTurn.create({
        data: { interviewId: input.interviewId, role: input.role, speaker: input.speaker, body: input.body, photoId, createdAt: now },
        select: { id: true },
      });
      if (input.questionId !== null) await tx.interviewQuestion.update({ where: { id: input.questionId }, data: { answeredTurnId: id, putToGuest: true }, select: { id: true } });
      await syncInterview(tx, input.interviewId);
      await record({ actor, action: "interview.turn_post", outcome: "success", targetType: "interview_turn", targetId: id, ip, detail: `访谈 ${input.interviewId}`, at: now }, tx);
      return { ok: true, id, published: interview.published };
    }),
  );
  if (result.ok && result.published) revalidateInterview(input.interviewId);
  return result.ok ? { ok: true, id: result.id } : result;
}
