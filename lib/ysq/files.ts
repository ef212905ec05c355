import { record } from "@/lib/audit/audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { readUpload } from "@/lib/files/uploads";
import { trackInfoRequest, type TrackResult } from "./track";

// The files of a reply (答复附件). The applicant downloads them with the 申请编号 + 查询码 pair
// (posted again, checked and rate-limited as on /gk/ysq/track) or, signed in, as the request's
// owner; staff with handle:inforequest:any from /admin/ysq/<id>, audited.

export interface ReplyFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

async function readAttachment(requestId: number, attachmentId: number): Promise<ReplyFile | null> {
  const attachment = await db.infoRequestAttachment.findFirst({
    where: { id: attachmentId, requestId },
    select: { fileName: true, mimeType: true, storageKey: true },
  });
  if (!attachment) return null;
  const bytes = await readUpload(attachment.storageKey);
  return bytes ? { fileName: attachment.fileName, mimeType: attachment.mimeType, bytes } : null;
}

/** With the pair; a wrong pair reads as the tracking page's failure. */
export async function readReplyFileWithCode(
  number: string,
  code: string,
  attachmentId: number,
  ip: string,
): Promise<{ kind: "file"; file: ReplyFile } | Exclude<TrackResult, { kind: "found" }>> {
  const tracked = await trackInfoRequest(number, code, ip);
  if (tracked.kind !== "found") return tracked;
  const file = await readAttachment(tracked.request.id, attachmentId);
  return file ? { kind: "file", file } : { kind: "not-found" };
}

/** The signed-in owner of the request. */
export async function readReplyFileForOwner(actor: Actor, attachmentId: number): Promise<ReplyFile | null> {
  const attachment = await db.infoRequestAttachment.findFirst({
    where: { id: attachmentId, request: { userId: actor.id } },
    select: { requestId: true },
  });
  return attachment ? readAttachment(attachment.requestId, attachmentId) : null;
}

/** Staff; audited as inforequest.attachment_download. */
export async function readReplyFileForStaff(actor: Actor, requestId: number, attachmentId: number, ip: string | null = null): Promise<ReplyFile | null> {
  const audit = (outcome: "success" | "denied" | "failed") =>
    record({ actor, action: "inforequest.attachment_download", outcome, targetType: "inforequest", targetId: requestId, ip, detail: `attachment ${attachmentId}` });
  if (!can(actor, "handle:inforequest:any")) {
    await audit("denied");
    return null;
  }
  const file = await readAttachment(requestId, attachmentId);
  await audit(file ? "success" : "failed");
  return file;
}
