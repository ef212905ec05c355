// Shapes of the demo content loaded by prisma/seed.ts. Demo only: never loaded into production.

export type PolicyValidity = "valid" | "amended" | "repealed";

export interface SeedCategory {
  slug: string; // ASCII, lowercase, used in URLs: /category/<slug>
  name: string; // Chinese name shown in navigation
  description: string;
  sortOrder: number;
  parentSlug?: string; // categories form a tree
  isPolicy?: boolean; // articles here carry a document number and validity
}

export interface SeedAttachment {
  fileName: string; // e.g. "附件1：申报表.pdf"
  // Plain text; the seed turns it into a small PDF file.
  text: string;
}

export interface SeedArticle {
  categorySlug: string;
  title: string;
  summary: string; // one or two sentences
  body: string; // Markdown (paragraphs, ### headings, lists, the occasional table)
  source: string; // 来源, e.g. "昌吉州人民政府办公室"
  author: string; // 作者 / 责任编辑
  publishedAt: string; // ISO 8601 with +08:00
  isHeadline?: boolean; // shown in the home page's headline block
  docNumber?: string; // 文号, policy documents only, e.g. "昌州政发〔2025〕12号"
  validity?: PolicyValidity; // policy documents only
  validityNote?: string; // e.g. "已被《…》（昌州政发〔2026〕3号）修改"
  attachments?: SeedAttachment[];
}

export interface SeedPage {
  slug: string; // privacy | disclaimer | contact | about
  title: string;
  body: string; // Markdown
}
