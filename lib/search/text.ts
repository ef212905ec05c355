import { renderMarkdown } from "@/lib/content/markdown";

// Turning content into the plain text the search indexes and shows in snippets.

/** The most of an item's text that is indexed and kept for snippets (characters). */
export const MAX_INDEXED_TEXT = 30_000;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/** Markdown (rendered and sanitized as on the page) as plain text on one line per block. */
export function markdownToText(markdown: string): string {
  return renderMarkdown(markdown)
    .replace(/<\/(p|h[2-4]|li|tr|blockquote|pre)>|<br\s*\/?>/g, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_INDEXED_TEXT);
}

/**
 * A 文号 in one spelling: 昌州政发〔2026〕3号, 昌州政发[2026]3号 and 昌州政发（2026）3 号 are the same
 * number, so an exact query for it can rank the document first.
 */
export function normalizeCode(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/[[(【〔]/g, "〔")
    .replace(/[\])】〕]/g, "〕");
}
