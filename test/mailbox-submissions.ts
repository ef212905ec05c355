import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { submitLetter } from "@/lib/mailbox/submit";
import { letterSchema } from "@/lib/mailbox/validation";

// Mailbox test fixtures. Letters are written through the real submission path; the states a
// letter reaches through staff handling (accepted, replied, published, ...) are set directly in
// the database here, since the staff workflow lives in lib/mailbox/workflow.ts.

export const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

export function pngFile(name = "photo.png") {
  return new File([PNG_BYTES], name, { type: "image/png" });
}

export const newSubmissionKey = () => randomBytes(18).toString("base64url");

/** The form's fields as the browser sends them. */
export function letterForm(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const values: Record<string, string | undefined> = {
    submissionKey: newSubmissionKey(),
    type: "suggest",
    title: "建议在昌吉市延安路增设公交站",
    content: "延安路北段居民较多，最近的公交站距离小区约一公里，老人出行不便，建议增设站点。",
    contactName: "张三",
    contactPhone: "13912345678",
    contactEmail: "zhangsan@example.com",
    ...overrides,
  };
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** Submits a letter through submitLetter; returns its id, number and 查询码. */
/** A letter submitted through the resident's real submission path (submitLetter). */
export async function submitTestLetter(actor: Actor, overrides: Record<string, string | undefined> = {}, options: { files?: File[]; now?: Date } = {}) {
  const input = letterSchema.parse(letterForm(overrides));
  const result = await submitLetter(actor, input, options.files ?? [], options.now ?? new Date(), 1000);
  if (!result.ok || !result.trackingCode) throw new Error(`letter not created: ${JSON.stringify(result)}`);
  return { id: result.letterId, number: result.number, trackingCode: result.trackingCode };
}

const DAY = 86_400_000;

export interface LetterState {
  status: "accepted" | "rejected" | "processing" | "replied" | "closed";
  departmentId?: number;
  acceptedAt?: Date;
  dueAt?: Date;
  repliedAt?: Date;
  replyWorkingDays?: number;
  reply?: string;
  rating?: "satisfied" | "basic" | "unsatisfied";
  /** Publishes the letter with this public version. */
  published?: { publicTitle: string; publicContent: string; publicReply: string; publishedAt?: Date };
  /** A note for the writer and one for staff only, as staff handling would write them. */
  notes?: { writer?: string; staff?: string };
}

/** Moves a letter to a later state directly in the database (as staff handling would). */
export async function setLetterState(letterId: number, state: LetterState) {
  const created = await db.letter.findUniqueOrThrow({ where: { id: letterId }, select: { createdAt: true } });
  const acceptedAt = state.acceptedAt ?? new Date(created.createdAt.getTime() + DAY);
  const replied = state.status === "replied" || state.status === "closed";
  const repliedAt = replied ? (state.repliedAt ?? new Date(acceptedAt.getTime() + 5 * DAY)) : null;
  await db.letter.update({
    where: { id: letterId },
    data: {
      status: state.status,
      departmentId: state.departmentId ?? null,
      acceptedAt: state.status === "rejected" ? null : acceptedAt,
      dueAt: state.status === "rejected" ? null : (state.dueAt ?? new Date(acceptedAt.getTime() + 21 * DAY)),
      reply: replied ? (state.reply ?? "您反映的问题已交相关部门研究办理。") : null,
      repliedAt,
      replyWorkingDays: replied ? (state.replyWorkingDays ?? 4) : null,
      closedAt: state.status === "closed" ? new Date((repliedAt ?? acceptedAt).getTime() + DAY) : null,
      rating: state.rating ?? null,
      ratedAt: state.rating ? new Date() : null,
      ...(state.published
        ? { ...state.published, publishedAt: state.published.publishedAt ?? new Date((repliedAt ?? acceptedAt).getTime() + DAY) }
        : {}),
    },
    select: { id: true },
  });
  if (state.notes?.writer) {
    await db.letterEvent.create({ data: { letterId, action: "accept", toStatus: "accepted", note: state.notes.writer, visibleToWriter: true, createdAt: acceptedAt } });
  }
  if (state.notes?.staff) {
    await db.letterEvent.create({ data: { letterId, action: "note", note: state.notes.staff, visibleToWriter: false, createdAt: acceptedAt } });
  }
}

export { makeDepartment } from "./mailbox";
