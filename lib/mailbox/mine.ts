import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { generateTrackingCode, hashTrackingCode } from "./codes";
import { writerView, type WriterLetter } from "./track";

// The signed-in writer's own letters (/account and the confirmation page). Functions take the
// actor and touch only that person's letters.

export async function myLetters(actor: Actor): Promise<WriterLetter[]> {
  return db.letter.findMany({ where: { writerId: actor.id }, select: writerView, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

export async function myLetterByNumber(actor: Actor, number: string): Promise<WriterLetter | null> {
  return db.letter.findFirst({ where: { number, writerId: actor.id }, select: writerView });
}

/**
 * A new 查询码 for the writer's own letter (the old one stops working), e.g. when the
 * confirmation page could not show it again. The writer is signed in, so this reveals nothing.
 */
export async function resetTrackingCode(actor: Actor, number: string, now = new Date()): Promise<string | null> {
  const trackingCode = generateTrackingCode();
  return db.$transaction(async (tx) => {
    const letter = await tx.letter.findFirst({ where: { number, writerId: actor.id }, select: { id: true } });
    if (!letter) return null;
    await tx.letter.update({ where: { id: letter.id }, data: { trackingCodeHash: hashTrackingCode(trackingCode) }, select: { id: true } });
    await tx.letterEvent.create({
      data: { letterId: letter.id, action: "reset_code", actorId: actor.id, actorRole: actor.role, note: "来信人重新生成了查询码。", visibleToWriter: false, createdAt: now },
      select: { id: true },
    });
    return trackingCode;
  });
}
