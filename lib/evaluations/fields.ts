import { z } from "zod";
import { lines } from "@/lib/forms/fields";
import { isValidDate } from "@/lib/mailbox/calendar";
import { COMMENT_MAX, MAX_CRITERIA, type ObjectKind } from "./labels";

// 网上评议 (docs/decisions/0021): the criteria kept as data on each round, and the forms (zod,
// Chinese messages): the staff's round form and the resident's vote form. The labels are in
// ./labels (no server imports, for the client forms), re-exported here.
export * from "./labels";

const criterion = z.string().min(1).max(20);
export const criteriaJson = z.array(criterion).min(1).max(MAX_CRITERIA);

/** A round's stored criteria, checked; a malformed value reads as none (never trusted blindly). */
export function readCriteria(text: string): string[] {
  try {
    const parsed = criteriaJson.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const date = (label: string) => z.string().trim().refine(isValidDate, `请按 2026-12-01 的格式填写${label}`);

/** The staff form of a round. Object choices arrive as checkboxes, read separately (roundObjectsOf). */
export const roundSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, "请填写评议标题")
      .max(100, "评议标题不能超过 100 个字"),
    intro: z
      .string()
      .transform((value) => value.replace(/\r\n?/g, "\n").trim())
      .pipe(z.string().max(2000, "评议说明不能超过 2000 个字")),
    startDate: date("开始日期"),
    endDate: date("结束日期"),
    criteria: z
      .string()
      .transform(lines)
      .pipe(
        z
          .array(z.string().max(20, "每项评议指标不能超过 20 个字"))
          .min(1, "请至少填写一项评议指标")
          .max(MAX_CRITERIA, `评议指标最多 ${MAX_CRITERIA} 项`)
          .refine((list) => new Set(list).size === list.length, "评议指标不能重复"),
      ),
  })
  .refine((round) => round.endDate >= round.startDate, { path: ["endDate"], message: "结束日期不能早于开始日期" });
export type RoundInput = z.output<typeof roundSchema>;



/** The chosen objects from the form's checkboxes, in form order. */
export function roundObjectsOf(formData: FormData): { kind: ObjectKind; id: number }[] {
  const chosen: { kind: ObjectKind; id: number }[] = [];
  for (const [key, value] of formData.entries()) {
    const match = /^object-(department|service)-([1-9]\d{0,8})$/.exec(key);
    if (match && value === "on" && !chosen.some((object) => object.kind === match[1] && object.id === Number(match[2]))) {
      chosen.push({ kind: match[1] as ObjectKind, id: Number(match[2]) });
    }
  }
  return chosen;
}

/**
 * The resident's vote on one object: one radio group per criterion, named r0, r1, ... in the
 * round's order, and an optional comment. Whether every criterion of the round is rated is
 * checked against the round itself (lib/evaluations/voting.ts).
 */
export const voteSchema = z.object({
  roundId: z.coerce.number().int().positive("评议无效"),
  objectId: z.coerce.number().int().positive("评议对象无效"),
  comment: z
    .string()
    .optional()
    .transform((value) => (value ?? "").replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(COMMENT_MAX, `意见建议不能超过 ${COMMENT_MAX} 个字`)),
  ...Object.fromEntries(Array.from({ length: MAX_CRITERIA }, (_, index) => [`r${index}`, z.string().optional()])),
});
export type VoteInput = z.output<typeof voteSchema>;
