import { db } from "@/lib/db/client";
import { record } from "@/lib/audit/audit";
import { syncLetter } from "@/lib/search/sources";
import { can, type Actor } from "@/lib/auth/permissions";
import { maskPersonalData, maskedPublicVersion } from "./masking";
import { mayBePublished } from "./states";
import { NOT_FOUND, type WorkflowContext, type WorkflowResult } from "./workflow";

// Publishing a replied letter on /mailbox: only when the writer agreed (同意公开), never a
// 举报, and only once it is 已答复 or 已办结. Staff see the public version - title, content
// and reply with ID, phone and e-mail masked - in editable fields, redact more, and publish
// what they see (masked once more, so a number typed back in does not get out). The public
// version never holds the writer's name, contact or ID: those fields are not copied.

const publishColumns = {
  id: true,
  type: true,
  status: true,
  agreePublic: true,
  title: true,
  content: true,
  reply: true,
  publicTitle: true,
  publicContent: true,
  publicReply: true,
  publishedAt: true,
} as const;

type PublishLetter = { type: string; status: string; agreePublic: boolean };

/** Why a letter cannot be published, or null when it can. */
export function publishRefusal(letter: PublishLetter): string | null {
  if (!mayBePublished(letter.type)) return "举报类信件不予公开";
  if (!letter.agreePublic) return "来信人未同意公开";
  if (letter.status !== "replied" && letter.status !== "closed") return "信件答复后才能公开";
  return null;
}

export interface PublicVersion {
  title: string;
  content: string;
  reply: string;
}

/** The version the preview shows: the published one when there is one, else the masked letter. */
export async function publishPreview(actor: Actor, letterId: number): Promise<{ ok: true; version: PublicVersion; publishedAt: Date | null } | { ok: false; error: string }> {
  if (!can(actor, "publish:letter:any")) return { ok: false, error: "您没有公开信件的权限" };
  const letter = await db.letter.findUnique({ where: { id: letterId }, select: publishColumns });
  if (!letter) return { ok: false, error: NOT_FOUND };
  const refusal = publishRefusal(letter);
  if (refusal) return { ok: false, error: refusal };
  const version =
    letter.publishedAt && letter.publicTitle !== null
      ? { title: letter.publicTitle, content: letter.publicContent ?? "", reply: letter.publicReply ?? "" }
      : maskedPublicVersion(letter);
  return { ok: true, version, publishedAt: letter.publishedAt };
}

export async function publishLetter(actor: Actor, letterId: number, input: PublicVersion, context: WorkflowContext = {}): Promise<WorkflowResult> {
  const now = context.now ?? new Date();
  const audit = (outcome: "success" | "denied" | "failed", client?: Parameters<typeof record>[1]) =>
    record({ actor, action: "letter.publish", outcome, targetType: "letter", targetId: letterId, ip: context.ip, at: now }, client);
  if (!can(actor, "publish:letter:any")) {
    await audit("denied");
    return { ok: false, error: "您没有公开信件的权限" };
  }
  const result = await db.$transaction(async (tx) => {
    const letter = await tx.letter.findUnique({ where: { id: letterId }, select: publishColumns });
    if (!letter) return { ok: false as const, error: NOT_FOUND };
    const refusal = publishRefusal(letter);
    if (refusal) return { ok: false as const, error: refusal };
    const version = { title: maskPersonalData(input.title.trim()), content: maskPersonalData(input.content.trim()), reply: maskPersonalData(input.reply.trim()) };
    if (!version.title || !version.content || !version.reply) return { ok: false as const, error: "公开的标题、内容和答复都不能为空" };
    await tx.letter.update({
      where: { id: letterId },
      data: { publicTitle: version.title, publicContent: version.content, publicReply: version.reply, publishedAt: letter.publishedAt ?? now },
      select: { id: true },
    });
    await syncLetter(tx, letterId);
    await tx.letterEvent.create({
      data: { letterId, action: "publish", fromStatus: letter.status, toStatus: letter.status, actorId: actor.id, actorRole: actor.role, note: letter.publishedAt ? "更新公开内容" : "信件已公开", visibleToWriter: true, createdAt: now },
      select: { id: true },
    });
    await audit("success", tx);
    return { ok: true as const };
  });
  if (!result.ok) await audit("failed");
  return result;
}

export async function unpublishLetter(actor: Actor, letterId: number, context: WorkflowContext = {}): Promise<WorkflowResult> {
  const now = context.now ?? new Date();
  const audit = (outcome: "success" | "denied" | "failed", client?: Parameters<typeof record>[1]) =>
    record({ actor, action: "letter.unpublish", outcome, targetType: "letter", targetId: letterId, ip: context.ip, at: now }, client);
  if (!can(actor, "publish:letter:any")) {
    await audit("denied");
    return { ok: false, error: "您没有公开信件的权限" };
  }
  const result = await db.$transaction(async (tx) => {
    const letter = await tx.letter.findUnique({ where: { id: letterId }, select: { status: true, publishedAt: true } });
    if (!letter) return { ok: false as const, error: NOT_FOUND };
    if (!letter.publishedAt) return { ok: false as const, error: "该信件未公开" };
    await tx.letter.update({
      where: { id: letterId },
      data: { publicTitle: null, publicContent: null, publicReply: null, publishedAt: null },
      select: { id: true },
    });
    await syncLetter(tx, letterId);
    await tx.letterEvent.create({
      data: { letterId, action: "unpublish", fromStatus: letter.status, toStatus: letter.status, actorId: actor.id, actorRole: actor.role, note: "已取消公开", visibleToWriter: true, createdAt: now },
      select: { id: true },
    });
    await audit("success", tx);
    return { ok: true as const };
  });
  if (!result.ok) await audit("failed");
  return result;
}
