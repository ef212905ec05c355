import { marked, type Token } from "marked";
import { renderMarkdown } from "@/lib/content/markdown";

// The 条款 of a draft (docs/decisions/0020). The rule: a clause is a top-level paragraph or
// heading whose text starts with 第…条 (第一条, 第十二条, 第3条); lists, tables and other
// blocks belong to the clause before them. A draft without any 第…条 has each top-level
// paragraph as a clause (第 1 段, 第 2 段 ...). Clauses are numbered 1, 2, ... in order; an
// opinion stores that number (null = 全文), so the draft's text is frozen once an opinion
// has been received (lib/consultations/staff.ts).

const ARTICLE_START = /^\s*(第[一二三四五六七八九十百千零〇两\d]+条)/;

export interface Clause {
  number: number;
  label: string;
  /** The clause's first words, for the opinion form's select */
  excerpt: string;
}

export interface DraftBlock {
  html: string;
  clause: Clause | null;
}

const plain = (token: Token) => ("text" in token && typeof token.text === "string" ? token.text : "").replace(/[*_`#>[\]()!~]/g, "").replace(/\s+/g, " ").trim();

function isCandidate(token: Token) {
  return token.type === "paragraph" || token.type === "heading";
}

/** The top-level blocks of the draft, each with its clause (or null), not yet rendered. */
function blocksOf(markdown: string): { raw: string; clause: Clause | null }[] {
  const tokens = marked.lexer(markdown.replace(/\r\n?/g, "\n"), { gfm: true }).filter((token) => token.type !== "space");
  const byArticle = tokens.some((token) => isCandidate(token) && ARTICLE_START.test(plain(token)));
  let number = 0;
  return tokens.map((token) => {
    const text = plain(token);
    const article = isCandidate(token) ? ARTICLE_START.exec(text) : null;
    const isClause = byArticle ? article !== null : token.type === "paragraph";
    if (!isClause) return { raw: token.raw, clause: null };
    number += 1;
    const label = article ? article[1]! : `第 ${number} 段`;
    const rest = article ? text.slice(article[0].length).trim() : text;
    return { raw: token.raw, clause: { number, label, excerpt: [...rest].slice(0, 24).join("") + ([...rest].length > 24 ? "…" : "") } };
  });
}

export function draftClauses(markdown: string): Clause[] {
  return blocksOf(markdown).flatMap((block) => (block.clause ? [block.clause] : []));
}

/** The draft rendered block by block (sanitized, lib/content/markdown.ts), each clause marked. */
export function renderDraft(markdown: string): DraftBlock[] {
  return blocksOf(markdown).map((block) => ({ html: renderMarkdown(block.raw), clause: block.clause }));
}

/** How an opinion names its clause: 全文, the clause's label, or its number when the label is unknown. */
export function clauseLabel(clauses: Clause[], number: number | null): string {
  if (number === null) return "全文";
  return clauses.find((clause) => clause.number === number)?.label ?? `第 ${number} 项条款`;
}
