import { z } from "zod";
import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import type { FieldErrors, FormResult } from "@/lib/forms/action";
import { required } from "@/lib/forms/fields";
import { NOTICE_KIND_NAMES, NOTICE_KINDS, isNoticeKind, type NoticeKind } from "./kinds";

// Notice templates: {name} placeholders filled with plain text (the mails are text/plain).
// A template must keep every placeholder its kind supplies and may use no other; rendering
// with a value missing is a programming error and throws (the caller's transaction then
// rolls back rather than sending a mail with a hole in it).

export type TemplateText = { subject: string; body: string };
export type Template = TemplateText & { kind: NoticeKind; required: boolean };
type Client = Pick<Prisma.TransactionClient, "noticeTemplate">;

const PLACEHOLDER = /\{([^{}\s]{1,20})\}/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/** Problems with an edited template, in Chinese; empty when it is usable. */
export function templateProblems(kind: NoticeKind, text: TemplateText): { subject: string[]; body: string[] } {
  const allowed: readonly string[] = NOTICE_KINDS[kind].placeholders;
  const unknown = (value: string) => [...new Set(placeholdersIn(value).filter((name) => !allowed.includes(name)))];
  const problems = { subject: [] as string[], body: [] as string[] };
  for (const [field, value] of [["subject", text.subject], ["body", text.body]] as const) {
    const names = unknown(value);
    if (names.length > 0) problems[field].push(`不能使用未定义的占位符：${names.map((name) => `{${name}}`).join("、")}`);
  }
  const used = new Set([...placeholdersIn(text.subject), ...placeholdersIn(text.body)]);
  const missing = allowed.filter((name) => !used.has(name));
  if (missing.length > 0) problems.body.push(`必须保留占位符：${missing.map((name) => `{${name}}`).join("、")}`);
  return problems;
}

/** Fills the placeholders; throws when a value is missing. */
export function renderTemplate(text: TemplateText, values: Record<string, string>): TemplateText {
  const fill = (value: string) =>
    value.replace(PLACEHOLDER, (whole, name: string) => {
      const replacement = values[name];
      if (replacement === undefined) throw new Error(`Notice template placeholder {${name}} has no value`);
      return replacement;
    });
  return { subject: fill(text.subject).replace(/\s+/g, " ").trim(), body: fill(text.body) };
}

function defaultTemplate(kind: NoticeKind): Template {
  const definition = NOTICE_KINDS[kind];
  return { kind, subject: definition.subject, body: definition.body, required: definition.required };
}

/** The stored template of a kind, or its default when none is stored yet. */
// Whether a kind is required is a rule of the code (NOTICE_KINDS), never read from the row.
export async function loadTemplate(kind: NoticeKind, client: Client = db): Promise<Template> {
  const row = await client.noticeTemplate.findUnique({ where: { kind }, select: { subject: true, body: true } });
  return { ...defaultTemplate(kind), ...row };
}

/** Every kind's template, in the order of NOTICE_KINDS (for /admin/notices). */
export async function listTemplates(): Promise<(Template & { label: string; audience: string; placeholders: readonly string[]; updatedAt: Date | null })[]> {
  const rows = await db.noticeTemplate.findMany({ select: { kind: true, subject: true, body: true, updatedAt: true } });
  const byKind = new Map(rows.map((row) => [row.kind, row]));
  return NOTICE_KIND_NAMES.map((kind) => {
    const row = byKind.get(kind);
    const { label, audience, placeholders } = NOTICE_KINDS[kind];
    return { ...defaultTemplate(kind), ...(row ? { subject: row.subject, body: row.body } : {}), label, audience, placeholders, updatedAt: row?.updatedAt ?? null };
  });
}

/** Writes the default text of every kind that has no row yet (server start and seed). */
export async function ensureNoticeTemplates(client: Client = db): Promise<number> {
  const existing = new Set((await client.noticeTemplate.findMany({ select: { kind: true } })).map((row) => row.kind));
  let created = 0;
  for (const kind of NOTICE_KIND_NAMES.filter((name) => !existing.has(name))) {
    const { subject, body, required } = defaultTemplate(kind);
    try {
      await client.noticeTemplate.create({ data: { kind, subject, body, required }, select: { kind: true } });
      created += 1;
    } catch (error) {
      // Another instance wrote it first.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  return created;
}

export const templateSchema = z.object({
  kind: z.string().refine(isNoticeKind, "未知的通知类型").transform((value) => value as NoticeKind),
  subject: required("邮件标题", 200),
  body: required("邮件正文", 5000),
});
export type TemplateInput = z.output<typeof templateSchema>;

export type TemplateSaveResult = FormResult;

/** The placeholder problems of a typed template as form field errors, or null when there are none. */
export function templateFieldErrors(kind: NoticeKind, text: TemplateText): FieldErrors | null {
  const fieldErrors = Object.fromEntries(Object.entries(templateProblems(kind, text)).filter(([, messages]) => messages.length > 0));
  return Object.keys(fieldErrors).length > 0 ? fieldErrors : null;
}

/** An admin's edit of a template (permission checked by the caller); audited with the kind. */
export async function saveTemplate(actor: Actor, input: TemplateInput, ip: string | null): Promise<TemplateSaveResult> {
  const fieldErrors = templateFieldErrors(input.kind, input);
  if (fieldErrors) return { ok: false, fieldErrors };
  const required = NOTICE_KINDS[input.kind].required;
  await db.$transaction(async (tx) => {
    await tx.noticeTemplate.upsert({
      where: { kind: input.kind },
      create: { kind: input.kind, subject: input.subject, body: input.body, required, updatedById: actor.id },
      update: { subject: input.subject, body: input.body, updatedById: actor.id },
      select: { kind: true },
    });
    await record({ actor, action: "notice.template_update", outcome: "success", targetType: "notice_template", targetId: input.kind, ip }, tx);
  });
  return { ok: true };
}

/** Sample values for the preview: each placeholder shown as 【name】. */
export function previewTemplate(kind: NoticeKind, text: TemplateText): TemplateText {
  const values = Object.fromEntries(NOTICE_KINDS[kind].placeholders.map((name) => [name, `【${name}】`]));
  return renderTemplate(text, values);
}
