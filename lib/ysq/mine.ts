import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { applicantView, type ApplicantRequest } from "./track";
import { YSQ_NUMBER_PATTERN } from "./validation";

// The signed-in resident's own requests (/account, and /gk/ysq/track?number= without the
// 查询码). Functions take the actor and touch only that person's requests.

export async function myInfoRequests(actor: Actor) {
  return db.infoRequest.findMany({
    where: { userId: actor.id },
    select: { id: true, number: true, createdAt: true, status: true, dueAt: true, repliedAt: true, outcome: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

export async function myInfoRequest(actor: Actor, number: string): Promise<ApplicantRequest | null> {
  const normalized = number.trim().toUpperCase();
  if (!YSQ_NUMBER_PATTERN.test(normalized)) return null;
  return db.infoRequest.findFirst({ where: { number: normalized, userId: actor.id }, select: applicantView });
}
