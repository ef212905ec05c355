import { consultationStatus } from "@/lib/consultations/status";
import { db } from "@/lib/db/client";
import { articleHref } from "@/lib/site/navigation";
import { revalidatePublic } from "@/lib/site/revalidate";
import type { ArticleCommentSetting, SubjectKind } from "./fields";

// What a comment is about. Each kind says whether it takes comments now, its public path
// (revalidated when its published comments change) and its title for the moderation queue.
// A new kind is one more entry here and in SUBJECT_KINDS.

export interface Subject {
  kind: SubjectKind;
  id: number;
  title: string;
  path: string;
  open: boolean;
}

/** An article takes comments when its own setting says so, or it inherits an enabling category. */
export function articleCommentsOpen(setting: string, categoryEnabled: boolean): boolean {
  return (setting as ArticleCommentSetting) === "on" || (setting === "inherit" && categoryEnabled);
}

type Loader = (ids: number[], now: Date) => Promise<Subject[]>;

const loaders: Record<SubjectKind, Loader> = {
  article: async (ids, now) => {
    const rows = await db.article.findMany({
      where: { id: { in: ids } },
      select: { id: true, title: true, status: true, publishedAt: true, comments: true, category: { select: { commentsEnabled: true } } },
    });
    return rows.map((row) => ({
      kind: "article",
      id: row.id,
      title: row.title,
      path: articleHref(row.id),
      open: row.status === "published" && !!row.publishedAt && row.publishedAt <= now && articleCommentsOpen(row.comments, row.category.commentsEnabled),
    }));
  },
  // A published 民意征集 takes comments while it is open (征集中), beside the opinions.
  consultation: async (ids, now) => {
    const rows = await db.consultation.findMany({
      where: { id: { in: ids } },
      select: { id: true, title: true, published: true, startsAt: true, endsAt: true, feedbackPublishedAt: true },
    });
    return rows.map((row) => ({
      kind: "consultation",
      id: row.id,
      title: row.title,
      path: `/interaction/consultations/${row.id}`,
      open: row.published && consultationStatus(row, now) === "open",
    }));
  },
};

export async function subjectOf(kind: SubjectKind, id: number, now = new Date()): Promise<Subject | null> {
  return (await loaders[kind]([id], now))[0] ?? null;
}

/** The subjects of many comments, keyed "kind:id". */
export async function subjectsOf(refs: { subjectKind: string; subjectId: number }[], now = new Date()): Promise<Map<string, Subject>> {
  const found = new Map<string, Subject>();
  for (const kind of Object.keys(loaders) as SubjectKind[]) {
    const ids = [...new Set(refs.filter((ref) => ref.subjectKind === kind).map((ref) => ref.subjectId))];
    if (ids.length === 0) continue;
    for (const subject of await loaders[kind](ids, now)) found.set(`${kind}:${subject.id}`, subject);
  }
  return found;
}

/** Refreshes the cached public page that shows the subject's published comments. */
export async function revalidateSubject(kind: string, id: number): Promise<void> {
  const subject = (await subjectsOf([{ subjectKind: kind, subjectId: id }])).get(`${kind}:${id}`);
  if (subject) revalidatePublic([subject.path]);
}
