import { normalizeText } from "./segment";

// Highlighting the words of a query in a title or a snippet. The result is a list of plain
// text pieces, some marked: the page renders them as text and <mark> elements, so a title
// holding "<script>" shows as text and a highlight can never break the markup.

export interface TextPiece {
  text: string;
  mark: boolean;
}

/** Where each normalized character came from, so matches found after NFKC map back. */
function normalizedWithOrigin(text: string): { normalized: string; origin: number[] } {
  let normalized = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const folded = normalizeText(char);
    normalized += folded;
    for (let i = 0; i < folded.length; i += 1) origin.push(index);
    index += char.length;
  }
  origin.push(index);
  return { normalized, origin };
}

/** The ranges [start, end) of the text where the words occur, longest word first, not overlapping. */
export function matchRanges(text: string, words: string[]): [number, number][] {
  const { normalized, origin } = normalizedWithOrigin(text);
  const ordered = [...new Set(words.map(normalizeText).filter(Boolean))].sort((a, b) => b.length - a.length);
  const taken = new Array<boolean>(normalized.length).fill(false);
  const ranges: [number, number][] = [];
  for (const word of ordered) {
    for (let at = normalized.indexOf(word); at !== -1; at = normalized.indexOf(word, at + word.length)) {
      if (taken.slice(at, at + word.length).some(Boolean)) continue;
      taken.fill(true, at, at + word.length);
      ranges.push([origin[at]!, origin[at + word.length]!]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** The text in pieces, the words marked. */
export function markWords(text: string, words: string[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, words)) {
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
    pieces.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}

/**
 * About `length` characters of the body around the first match (from the start when the words
 * are only in the title), with an ellipsis where the text was cut, the words marked.
 */
export function snippet(body: string, words: string[], length = 120): TextPiece[] {
  const chars = [...body];
  const first = matchRanges(body, words)[0];
  // The code-point position of the first match, and a start a little before it.
  const matchAt = first ? [...body.slice(0, first[0])].length : 0;
  const start = Math.max(0, Math.min(matchAt - 20, chars.length - length));
  const end = Math.min(chars.length, start + length);
  const text = (start > 0 ? "…" : "") + chars.slice(start, end).join("") + (end < chars.length ? "…" : "");
  return markWords(text, words);
}
