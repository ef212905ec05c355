"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requestClientAddress } from "@/lib/http/request";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import type { Permission } from "@/lib/auth/permissions";
import { validatedAction } from "@/lib/forms/action";
import { publishLetter, unpublishLetter } from "@/lib/mailbox/publishing";
import { revalidatePublicMailbox } from "@/lib/mailbox/public-cache";
import {
  acceptLetter,
  assignLetter,
  decideExtension,
  rejectLetter,
  replyToLetter,
  requestExtension,
  type WorkflowResult,
} from "@/lib/mailbox/workflow";

// The letter page's forms (/admin/mailbox/[id]). Each checks the origin and a permission;
// the lib/mailbox functions check the letter's scope and status themselves.

const letterId = z.coerce.number({ message: "信件编号无效" }).int().positive("信件编号无效");

function prepare(permission: Permission) {
  return async () => {
    await assertSameOrigin();
    return { actor: await requireStaffPermission(permission, "/admin/mailbox"), ip: await requestClientAddress() };
  };
}

function done(result: WorkflowResult, id: number, notice: string) {
  if (!result.ok) return { fieldErrors: {}, formError: result.error };
  redirect(`/admin/mailbox/${id}?done=${notice}`);
}

export const acceptAction = validatedAction({
  schema: z.object({ letterId, acceptNote: z.string().trim().max(500, "受理意见最多 500 个字").optional() }),
  prepare: prepare("handle:letter:any"),
  handler: async (data, { actor, ip }) => done(await acceptLetter(actor, data.letterId, { note: data.acceptNote }, { ip }), data.letterId, "accept"),
});

export const rejectAction = validatedAction({
  schema: z.object({
    letterId,
    rejectReason: z.string().trim().min(1, "请填写不予受理的理由").max(1000, "理由最多 1000 个字"),
  }),
  prepare: prepare("handle:letter:any"),
  handler: async (data, { actor, ip }) => done(await rejectLetter(actor, data.letterId, { reason: data.rejectReason }, { ip }), data.letterId, "reject"),
});

export const assignAction = validatedAction({
  schema: z.object({ letterId, departmentId: z.coerce.number({ message: "请选择办理部门" }).int().positive("请选择办理部门") }),
  prepare: prepare("handle:letter:any"),
  handler: async (data, { actor, ip }) => done(await assignLetter(actor, data.letterId, { departmentId: data.departmentId }, { ip }), data.letterId, "assign"),
});

export const replyAction = validatedAction({
  schema: z.object({
    letterId,
    reply: z.string().trim().min(10, "答复内容至少 10 个字").max(5000, "答复内容最多 5000 个字"),
  }),
  prepare: prepare("handle:letter:department"),
  handler: async (data, { actor, ip }) => done(await replyToLetter(actor, data.letterId, { reply: data.reply }, { ip }), data.letterId, "reply"),
});

export const requestExtensionAction = validatedAction({
  schema: z.object({
    letterId,
    extensionReason: z.string().trim().min(1, "请填写申请延期的理由").max(500, "理由最多 500 个字"),
  }),
  prepare: prepare("request:extension:department"),
  handler: async (data, { actor, ip }) =>
    done(await requestExtension(actor, data.letterId, { reason: data.extensionReason }, { ip }), data.letterId, "extension_request"),
});

export const decideExtensionAction = validatedAction({
  schema: z.object({
    letterId,
    decision: z.enum(["grant", "refuse"], { message: "请选择同意或不同意" }),
    extensionDays: z.coerce.number({ message: "请填写 1 到 60 之间的整数" }).int("请填写 1 到 60 之间的整数").min(1, "请填写 1 到 60 之间的整数").max(60, "请填写 1 到 60 之间的整数").default(15),
    decisionNote: z.string().trim().max(500, "说明最多 500 个字").optional(),
  }),
  prepare: prepare("decide:extension:any"),
  handler: async (data, { actor, ip }) =>
    done(
      await decideExtension(actor, data.letterId, { grant: data.decision === "grant", days: data.extensionDays, note: data.decisionNote }, { ip }),
      data.letterId,
      "extension_decided",
    ),
});

export const publishAction = validatedAction({
  schema: z.object({
    letterId,
    publicTitle: z.string().trim().min(1, "请填写公开的标题").max(100, "标题最多 100 个字"),
    publicContent: z.string().trim().min(1, "请填写公开的内容").max(5000, "内容最多 5000 个字"),
    publicReply: z.string().trim().min(1, "请填写公开的答复").max(5000, "答复最多 5000 个字"),
  }),
  prepare: prepare("publish:letter:any"),
  handler: async (data, { actor, ip }) => {
    const result = await publishLetter(actor, data.letterId, { title: data.publicTitle, content: data.publicContent, reply: data.publicReply }, { ip });
    if (result.ok) revalidatePublicMailbox(data.letterId);
    return done(result, data.letterId, "publish");
  },
});

export const unpublishAction = validatedAction({
  schema: z.object({ letterId }),
  prepare: prepare("publish:letter:any"),
  handler: async (data, { actor, ip }) => {
    const result = await unpublishLetter(actor, data.letterId, { ip });
    if (result.ok) revalidatePublicMailbox(data.letterId);
    return done(result, data.letterId, "unpublish");
  },
});
