import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { userDictionary } from "./dictionary";

// Chinese word segmentation for the site search, the same at index and at query time
// (docs/decisions/0016). jieba's precise mode gives the words; for the index each word also
// brings the dictionary words inside it (吉木萨尔县 -> 吉木萨尔, 木垒哈萨克自治县 -> 木垒), so a
// query for the shorter word finds it. Latin letters and digits stay whole (IPv6, 12345).

let segmenter: Jieba | undefined;

function jieba(): Jieba {
  if (!segmenter) {
    const instance = Jieba.withDict(dict);
    instance.loadDict(Buffer.from(userDictionary()));
    segmenter = instance;
  }
  return segmenter;
}

/** Function words too common to search for (they would match nearly every document). */
const STOPWORDS = new Set(["的", "了", "和", "与", "及", "是", "在", "对", "等", "或", "之", "其", "为", "于", "将", "以", "也", "而", "并", "the", "and", "of"]);

/** Full-width letters and digits as ASCII, lower case: ＩＰｖ６ and IPv6 are one word. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

const WORD = /[\p{L}\p{N}]/u;

function isIndexable(word: string): boolean {
  return WORD.test(word) && !STOPWORDS.has(word);
}

/** The words of a query, in order, each once (precise mode). */
export function queryWords(query: string): string[] {
  const words = jieba()
    .cut(normalizeText(query), true)
    .map((word) => word.trim())
    .filter(isIndexable);
  return [...new Set(words)];
}

/** The words a document is indexed under, space-separated (what the engines' full-text index holds). */
export function indexWords(text: string): string {
  const segmenter = jieba();
  const out: string[] = [];
  for (const raw of segmenter.cut(normalizeText(text), true)) {
    const word = raw.trim();
    if (!isIndexable(word)) continue;
    out.push(word);
    if ([...word].length > 2 && /\p{Script=Han}/u.test(word)) {
      for (const part of segmenter.cutAll(word)) if (part !== word && [...part].length >= 2) out.push(part);
    }
  }
  return out.join(" ");
}
