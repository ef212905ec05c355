import { db } from "@/lib/db/client";
import { maskPersonalData } from "@/lib/mailbox/masking";
import { TURN_ROLES, type TurnRole } from "./fields";
import { interviewStatus, type InterviewStatus } from "./status";

// The public side of 嘉宾访谈 (/interaction/interviews): published interviews only. Residents'
// questions appear once approved and put to the guest, under the masked name, their text with
// ID and phone numbers hidden.

export interface PublicTurn {
  id: number;
  role: TurnRole;
  roleLabel: string;
  speaker: string;
  body: string;
  photoId: number | null;
  createdAt: string;
}

export const turnSelect = { id: true, role: true, speaker: true, body: true, photoId: true, createdAt: true } as const;

export function publicTurn(row: { id: number; role: string; speaker: string; body: string; photoId: number | null; createdAt: Date }): PublicTurn {
  const role = (Object.hasOwn(TURN_ROLES, row.role) ? row.role : "host") as TurnRole;
  return { id: row.id, role, roleLabel: TURN_ROLES[role], speaker: row.speaker, body: row.body, photoId: row.photoId, createdAt: row.createdAt.toISOString() };
}

/** The published interviews by status: 正在直播, 预告 (soonest first), 往期回顾 (latest first). */
export async function listPublishedInterviews(now = new Date()) {
  const rows = await db.interview.findMany({
    where: { published: true },
    select: { id: true, title: true, host: true, startsAt: true, endsAt: true, liveSwitch: true, intro: true, guests: { select: { name: true, post: true, department: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] } },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  const items = rows.map(({ liveSwitch, ...row }) => ({ ...row, status: interviewStatus({ ...row, liveSwitch }, now) }));
  const of = (status: InterviewStatus) => items.filter((item) => item.status === status);
  return { live: of("live"), upcoming: of("upcoming").reverse(), archive: of("archive") };
}

export async function getPublishedInterview(id: number, now = new Date()) {
  const interview = await db.interview.findFirst({
    where: { id, published: true },
    select: {
      id: true,
      title: true,
      host: true,
      startsAt: true,
      endsAt: true,
      intro: true,
      summary: true,
      liveSwitch: true,
      guests: { select: { id: true, name: true, post: true, department: true, bio: true, photoId: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
      turns: { select: turnSelect, orderBy: { id: "asc" }, take: 2000 },
      questions: {
        where: { status: "approved", putToGuest: true },
        select: { id: true, maskedName: true, body: true, answeredTurnId: true, createdAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 500,
      },
    },
  });
  if (!interview) return null;
  const { liveSwitch, turns, questions, ...rest } = interview;
  return {
    ...rest,
    status: interviewStatus({ ...rest, liveSwitch }, now),
    turns: turns.map(publicTurn),
    questions: questions.map((question) => ({ ...question, body: maskPersonalData(question.body) })),
  };
}

/** The turns after `afterId` of a published interview (the live stream's catch-up), in order. */
export async function turnsAfter(interviewId: number, afterId: number, take = 200): Promise<PublicTurn[]> {
  const rows = await db.interviewTurn.findMany({ where: { interviewId, id: { gt: afterId }, interview: { published: true } }, select: turnSelect, orderBy: { id: "asc" }, take });
  return rows.map(publicTurn);
}

/** A photo of a published interview (served by app/files/interview/[id]). */
export async function getPublishedInterviewPhoto(id: number) {
  return db.interviewPhoto.findFirst({ where: { id, interview: { published: true } }, select: { fileName: true, mimeType: true, storageKey: true } });
}
