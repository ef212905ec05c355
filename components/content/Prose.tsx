import { renderMarkdown } from "@/lib/content/markdown";

/** Staff-written Markdown, rendered to sanitized HTML. */
export function Prose({ markdown }: { markdown: string }) {
  return <div className="prose-gov" dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />;
}
