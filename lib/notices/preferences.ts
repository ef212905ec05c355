import { z } from "zod";
import { registerSubmissionSource } from "@/lib/accounts/submissions";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NOTICE_KIND_NAMES, NOTICE_KINDS, OPTIONAL_RESIDENT_KINDS, type NoticeKind } from "./kinds";

// A resident's notice preferences (/account): the optional kinds they turned off, one
// NoticeOptOut row each (no row: the notice is sent). Required kinds cannot be turned off.
// The rows are part of the export and go with the account (cascade, and erased here too).

export interface NoticePreference {
  kind: NoticeKind;
  label: string;
  enabled: boolean;
}

export async function noticePreferences(actor: Actor): Promise<NoticePreference[]> {
  const off = await db.noticeOptOut.findMany({ where: { userId: actor.id }, select: { kind: true } });
  const disabled = new Set(off.map((row) => row.kind));
  return OPTIONAL_RESIDENT_KINDS.map((kind) => ({ kind, label: NOTICE_KINDS[kind].label, enabled: !disabled.has(kind) }));
}

/** The notices a resident always gets (listed beside the form). */
export function requiredResidentNoticeLabels(): string[] {
  return NOTICE_KIND_NAMES.filter((kind) => NOTICE_KINDS[kind].audience === "resident" && NOTICE_KINDS[kind].required).map((kind) => NOTICE_KINDS[kind].label);
}

/** The form: one checkbox per optional kind, named after the kind; checked ("on") = wanted. */
export const preferencesSchema = z
  .object(Object.fromEntries(OPTIONAL_RESIDENT_KINDS.map((kind) => [kind, z.literal("on", { message: "请勾选或取消勾选" }).optional()])))
  .transform((values) => Object.fromEntries(OPTIONAL_RESIDENT_KINDS.map((kind) => [kind, values[kind] === "on"])) as Record<NoticeKind, boolean>);
export type PreferencesInput = z.output<typeof preferencesSchema>;

/** Replaces the resident's preferences in one transaction. */
export async function saveNoticePreferences(actor: Actor, input: PreferencesInput): Promise<void> {
  const off = OPTIONAL_RESIDENT_KINDS.filter((kind) => !input[kind]);
  await db.$transaction(async (tx) => {
    await tx.noticeOptOut.deleteMany({ where: { userId: actor.id } });
    if (off.length > 0) await tx.noticeOptOut.createMany({ data: off.map((kind) => ({ userId: actor.id, kind })) });
  });
}

registerSubmissionSource({
  name: "noticePreferences",
  export: async (tx, userId) =>
    (await tx.noticeOptOut.findMany({ where: { userId }, select: { kind: true, createdAt: true }, orderBy: { kind: "asc" } })).map((row) => ({
      turnedOff: row.kind,
      label: NOTICE_KINDS[row.kind as NoticeKind]?.label ?? row.kind,
      since: row.createdAt,
    })),
  erase: async (tx, userId) => {
    await tx.noticeOptOut.deleteMany({ where: { userId } });
    await tx.staffDigest.deleteMany({ where: { userId } });
  },
});
