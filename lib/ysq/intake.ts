import { record } from "@/lib/audit/audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { loadCalendarExceptions } from "@/lib/mailbox/calendar";
import { registrationDeadline } from "./deadline";
import { CHANNEL_LABELS, REPLY_WORKING_DAYS } from "./fields";
import { createInfoRequest, earlier, type SubmitResult } from "./submit";
import type { InfoRequestInput } from "./validation";

// Staff entering a request received by another channel (当面, 信函, 传真) at /admin/ysq/new:
// the same fields and rules as the public form, the channel kept (the annual report counts
// it). The request is registered at once - the day staff enter it is the day of receipt - so
// it starts 办理中 with its 20-working-day deadline. No account is linked; the 查询码 is shown
// to staff once, to give to the applicant. Audited as inforequest.create.

export async function enterInfoRequest(actor: Actor, input: InfoRequestInput, ip: string | null, now = new Date()): Promise<SubmitResult & { id?: number }> {
  if (!can(actor, "handle:inforequest:any") || input.channel === "online") {
    await record({ actor, action: "inforequest.create", outcome: "denied", targetType: "inforequest", ip, at: now });
    return { ok: false, formError: "您没有登记申请的权限" };
  }
  const found = await earlier(input.submissionKey);
  if (found) return { ok: true, number: found.number, trackingCode: null, duplicate: true };
  let requestId: number | undefined;
  const result = await createInfoRequest(input, { applicant: null, actor, now }, async (tx, id) => {
    requestId = id;
    const dueAt = registrationDeadline(now, await loadCalendarExceptions(tx));
    await tx.infoRequest.update({ where: { id }, data: { status: "registered", receivedAt: now, dueAt }, select: { id: true } });
    const step = { requestId: id, actorId: actor.id, actorRole: actor.role, visibleToApplicant: true, createdAt: now };
    await tx.infoRequestEvent.createMany({
      data: [
        { ...step, action: "submit", toStatus: "submitted", note: `工作人员录入了${CHANNEL_LABELS[input.channel]}。` },
        { ...step, action: "register", fromStatus: "submitted", toStatus: "registered", note: `申请已于${formatDate(now)}登记，将于${formatDate(dueAt)}前答复（${REPLY_WORKING_DAYS} 个工作日）。` },
      ],
    });
    await record({ actor, action: "inforequest.create", outcome: "success", targetType: "inforequest", targetId: id, ip, at: now, detail: CHANNEL_LABELS[input.channel] }, tx);
  });
  return requestId && result.ok && !result.duplicate ? { ...result, id: requestId } : result;
}
