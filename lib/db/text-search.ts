import { db, Prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isPostgresUrl } from "./url";

// Search words are text, never LIKE patterns: "%" finds the letters containing a percent
// sign, not every letter. Prisma's `contains` is a LIKE without escaping. PostgreSQL's LIKE
// takes a backslash as its escape character, so there the search word is escaped. SQLite's
// LIKE has no escape character unless the SQL names one, which Prisma's does not; there a
// search word with "%" or "_" is looked up with instr() (an exact substring test), and the
// matching ids (few: rows that contain those characters literally) are what the query filters on.

const LIKE_SPECIAL = /[\\%_]/g;

/** `a%b_c\d` -> `a\%b\_c\\d`: a LIKE pattern that matches only the text itself (PostgreSQL). */
export function escapeLike(text: string): string {
  return text.replace(LIKE_SPECIAL, (char) => `\\${char}`);
}

type ContainsAny<F extends string> = { OR: { [K in F]?: { contains: string } }[] } | { id: { in: number[] } };

/**
 * A where clause for the rows of `table` whose `fields` (text columns) contain `text` as is.
 * Async because on SQLite a search word with LIKE wildcards is first looked up with instr().
 */
export async function containsText<F extends string>(table: "Letter" | "Article", fields: readonly F[], text: string): Promise<ContainsAny<F>> {
  const byField = (pattern: string) => ({ OR: fields.map((field) => ({ [field]: { contains: pattern } }) as { [K in F]?: { contains: string } }) });
  if (isPostgresUrl(env().DATABASE_URL)) return byField(escapeLike(text));
  if (!/[%_]/.test(text)) return byField(text); // a backslash is no special character in SQLite's LIKE
  const tests = Prisma.join(fields.map((field) => Prisma.sql`instr(${Prisma.raw(`"${field}"`)}, ${text}) > 0`), " OR ");
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE ${tests}`;
  return { id: { in: rows.map((row) => Number(row.id)) } };
}
