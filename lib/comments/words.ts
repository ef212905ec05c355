import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import type { FieldErrors } from "@/lib/forms/action";
import { assertCanModerate } from "./permission";

// The sensitive-word list (SensitiveWord), kept as data and edited at /admin/moderation/words.
// Words and comments are compared after NFKC (full-width letters and digits become their
// ASCII forms, compatibility ideographs their unified forms), lower-casing and removing
// white space, so "ＡＢＣ", "abc" and "a b c" all match "abc". A match flags the comment for
// the moderator; it never rejects it.

/** The form a word is stored and compared in. */
export function normalizeWord(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");
}

/** Each original character's normalized form, so a match can be mapped back to the original text. */
function normalizedChars(text: string): { normalized: string; starts: number[]; original: string[] } {
  const original = Array.from(text);
  const starts: number[] = [];
  let normalized = "";
  for (const char of original) {
    starts.push(normalized.length);
    normalized += normalizeWord(char);
  }
  return { normalized, starts, original };
}

/** The listed words the text contains (each once, in the list's order). */
export function findSensitiveWords(text: string, words: readonly string[]): string[] {
  const normalized = normalizeWord(text);
  return words.filter((word) => word !== "" && normalized.includes(normalizeWord(word)));
}

/** The text cut into runs, those that make up a listed word marked (for highlighting in the queue). */
export function highlightSegments(text: string, words: readonly string[]): { text: string; hit: boolean }[] {
  const { normalized, starts, original } = normalizedChars(text);
  const hit = new Array<boolean>(original.length).fill(false);
  for (const word of words.map(normalizeWord).filter(Boolean)) {
    for (let at = normalized.indexOf(word); at !== -1; at = normalized.indexOf(word, at + 1)) {
      const end = at + word.length;
      original.forEach((char, index) => {
        const start = starts[index]!;
        const length = normalizeWord(char).length;
        // A character normalized away (a space) inside a match belongs to it: "刷 单" is marked whole.
        const inside = length > 0 ? start < end && start + length > at : start > at && start < end;
        if (inside) hit[index] = true;
      });
    }
  }
  const segments: { text: string; hit: boolean }[] = [];
  original.forEach((char, index) => {
    const last = segments.at(-1);
    if (last && last.hit === hit[index]) last.text += char;
    else segments.push({ text: char, hit: hit[index]! });
  });
  return segments;
}

export async function listSensitiveWords(): Promise<{ id: number; word: string }[]> {
  return db.sensitiveWord.findMany({ select: { id: true, word: true }, orderBy: { word: "asc" } });
}

export async function currentWords(client: Pick<typeof db, "sensitiveWord"> = db): Promise<string[]> {
  return (await client.sensitiveWord.findMany({ select: { word: true }, orderBy: { word: "asc" } })).map((row) => row.word);
}

type WordResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

export async function addSensitiveWord(actor: Actor, input: { word: string }, ip: string | null): Promise<WordResult> {
  await assertCanModerate(actor, ip);
  const word = normalizeWord(input.word);
  if (word === "") return { ok: false, fieldErrors: { word: ["请填写敏感词"] } };
  try {
    await db.$transaction(async (tx) => {
      const created = await tx.sensitiveWord.create({ data: { word }, select: { id: true } });
      await record({ actor, action: "comment.word_add", outcome: "success", targetType: "sensitive_word", targetId: created.id, ip, detail: word }, tx);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, fieldErrors: { word: ["该敏感词已在列表中"] } };
    throw error;
  }
  return { ok: true };
}

export async function removeSensitiveWord(actor: Actor, id: number, ip: string | null): Promise<boolean> {
  await assertCanModerate(actor, ip);
  return db.$transaction(async (tx) => {
    const word = await tx.sensitiveWord.findUnique({ where: { id }, select: { word: true } });
    if (!word) return false;
    await tx.sensitiveWord.delete({ where: { id }, select: { id: true } });
    await record({ actor, action: "comment.word_remove", outcome: "success", targetType: "sensitive_word", targetId: id, ip, detail: word.word }, tx);
    return true;
  });
}
