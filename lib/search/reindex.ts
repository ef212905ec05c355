import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { STATIC_PAGE_SLUGS } from "@/lib/site/mode";
import { userDictionary } from "./dictionary";
import { markIndexChanged } from "./generation";
import { articleDocument, articleSelect, consultationDocument, consultationSelect, documentRow, evaluationRoundDocument, evaluationRoundSelect, interviewDocument, interviewSelect, letterDocument, letterSelect, pageDocument, pageSelect, questionDocument, questionSelect, serviceGuideDocument, serviceGuideSelect, type SearchDocumentInput } from "./sources";
import { MAX_INDEXED_TEXT } from "./text";

// Rebuilding the search index from the content (npm run search:reindex, and start-up when the
// segmentation changed). The index stays usable while it is rebuilt: documents are replaced
// batch by batch and the ones whose item is no longer public are removed at the end.

const BATCH = 500;
const INDEX_VERSION_KEY = "search.indexVersion";
/** Raise when lib/search/segment.ts or sources.ts change what a document is indexed under. */
const SEGMENTATION_REVISION = 1;

/** Changes whenever the words a document is indexed under would change. */
export function indexVersion(): string {
  return createHash("sha256").update(`${SEGMENTATION_REVISION}\n${MAX_INDEXED_TEXT}\n${userDictionary()}`).digest("hex").slice(0, 16);
}

async function replace(client: Db, documents: SearchDocumentInput[]): Promise<void> {
  if (documents.length === 0) return;
  const rows = documents.map(documentRow);
  await client.$transaction(async (tx) => {
    await tx.searchDocument.deleteMany({ where: { sourceKey: { in: rows.map((row) => row.sourceKey) } } });
    await tx.searchDocument.createMany({ data: rows });
    await markIndexChanged(tx);
  });
}

/** One kind of public item: how many there are, and all of them as documents, batch by batch. */
interface ReindexSource {
  count: (client: Db) => Promise<number>;
  documents: (client: Db) => AsyncGenerator<SearchDocumentInput[]>;
}

/** `batch` reads the items after an id, in id order; `document` makes one a document (null: not public after all). */
function source<Row extends { id: number }>(from: {
  count: (client: Db) => Promise<number>;
  batch: (client: Db, after: number) => Promise<Row[]>;
  document: (row: Row) => SearchDocumentInput | null;
}): ReindexSource {
  return {
    count: from.count,
    async *documents(client) {
      for (let after = 0; ; ) {
        const rows = await from.batch(client, after);
        if (rows.length === 0) return;
        yield rows.map(from.document).filter((document) => document !== null);
        after = rows.at(-1)!.id;
      }
    },
  };
}

const page = { orderBy: { id: "asc" as const }, take: BATCH };

const SOURCES: ReindexSource[] = [
  source({
    count: (client) => client.article.count({ where: { status: "published" } }),
    batch: (client, after) => client.article.findMany({ where: { id: { gt: after }, status: "published" }, select: articleSelect, ...page }),
    document: articleDocument,
  }),
  source({
    count: (client) => client.letter.count({ where: { publishedAt: { not: null } } }),
    batch: (client, after) => client.letter.findMany({ where: { id: { gt: after }, publishedAt: { not: null } }, select: letterSelect, ...page }),
    document: letterDocument,
  }),
  source({
    count: (client) => client.serviceGuide.count({ where: { status: "published" } }),
    batch: (client, after) => client.serviceGuide.findMany({ where: { id: { gt: after }, status: "published" }, select: serviceGuideSelect, ...page }),
    document: serviceGuideDocument,
  }),
  source({
    count: (client) => client.consultation.count({ where: { published: true } }),
    batch: (client, after) => client.consultation.findMany({ where: { id: { gt: after }, published: true }, select: consultationSelect, ...page }),
    document: consultationDocument,
  }),
  source({
    count: (client) => client.evaluationRound.count({ where: { published: true } }),
    batch: (client, after) => client.evaluationRound.findMany({ where: { id: { gt: after }, published: true }, select: evaluationRoundSelect, ...page }),
    document: evaluationRoundDocument,
  }),
  source({
    count: (client) => client.interview.count({ where: { published: true } }),
    batch: (client, after) => client.interview.findMany({ where: { id: { gt: after }, published: true }, select: interviewSelect, ...page }),
    document: interviewDocument,
  }),
  source({
    count: (client) => client.question.count({ where: { state: "answered", publicConsent: true } }),
    batch: (client, after) => client.question.findMany({ where: { id: { gt: after }, state: "answered", publicConsent: true }, select: questionSelect, ...page }),
    document: questionDocument,
  }),
];

export interface ReindexReport {
  indexed: number;
  removed: number;
}

/** Rebuilds the index; `progress` is called after each batch with the documents done and the total. */
export async function rebuildSearchIndex(client: Db, progress?: (done: number, total: number) => void): Promise<ReindexReport> {
  const counts = await Promise.all(SOURCES.map((from) => from.count(client)));
  const pages = await client.page.findMany({ where: { slug: { in: [...STATIC_PAGE_SLUGS] } }, select: pageSelect });
  const total = counts.reduce((sum, count) => sum + count, pages.length);
  // Documents written by publishing during the rebuild get ids above this one and are kept.
  const before = await client.searchDocument.findFirst({ select: { id: true }, orderBy: { id: "desc" } });
  const lastOld = before?.id ?? 0;
  const seen = new Set<string>();
  let done = 0;
  const add = async (documents: SearchDocumentInput[]) => {
    await replace(client, documents);
    for (const document of documents) seen.add(document.sourceKey);
    done += documents.length;
    progress?.(done, total);
  };
  await add(pages.map(pageDocument));
  for (const from of SOURCES) for await (const batch of from.documents(client)) await add(batch);

  let removed = 0;
  for (let after = 0; ; ) {
    const rows = await client.searchDocument.findMany({ where: { id: { gt: after, lte: lastOld } }, select: { id: true, sourceKey: true }, orderBy: { id: "asc" }, take: 5_000 });
    if (rows.length === 0) break;
    const stale = rows.filter((row) => !seen.has(row.sourceKey)).map((row) => row.id);
    if (stale.length > 0) {
      removed += (await client.searchDocument.deleteMany({ where: { id: { in: stale } } })).count;
      await markIndexChanged(client);
    }
    after = rows.at(-1)!.id;
  }
  await client.siteSetting.upsert({
    where: { key: INDEX_VERSION_KEY },
    create: { key: INDEX_VERSION_KEY, value: indexVersion() },
    update: { value: indexVersion() },
    select: { key: true },
  });
  return { indexed: done, removed };
}

/** Whether the index was built with the current segmentation (start-up rebuilds it if not). */
export async function searchIndexIsCurrent(client: Db): Promise<boolean> {
  const setting = await client.siteSetting.findUnique({ where: { key: INDEX_VERSION_KEY }, select: { value: true } });
  return setting?.value === indexVersion();
}
