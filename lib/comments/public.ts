import { db } from "@/lib/db/client";
import { maskName } from "@/lib/mailbox/masking";
import { COMMENT_STATUS_LABELS, type CommentStatus, type SubjectKind } from "./fields";
import { subjectOf, subjectsOf } from "./subjects";

// Comments as the public and their writers see them.

export interface PublicComment {
  id: number;
  author: string;
  body: string;
  createdAt: Date;
}

/** Whether the subject takes comments, and its approved comments (oldest first) with masked names. */
export async function commentSection(kind: SubjectKind, id: number, now = new Date()): Promise<{ open: boolean; comments: PublicComment[] }> {
  const subject = await subjectOf(kind, id, now);
  if (!subject) return { open: false, comments: [] };
  const rows = await db.comment.findMany({
    where: { subjectKind: kind, subjectId: id, status: "approved" },
    select: { id: true, body: true, createdAt: true, author: { select: { profile: { select: { name: true } } } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  return { open: subject.open, comments: rows.map((row) => ({ id: row.id, author: maskName(row.author.profile?.name), body: row.body, createdAt: row.createdAt })) };
}

/** The writer's own comments for /account and the data export: status, and a rejection's reason. */
export async function commentsOfAuthor(authorId: number) {
  const rows = await db.comment.findMany({
    where: { authorId },
    select: { id: true, subjectKind: true, subjectId: true, body: true, status: true, rejectionReason: true, createdAt: true, moderatedAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const subjects = await subjectsOf(rows);
  return rows.map((row) => {
    const subject = subjects.get(`${row.subjectKind}:${row.subjectId}`);
    return {
      ...row,
      statusLabel: COMMENT_STATUS_LABELS[row.status as CommentStatus] ?? row.status,
      subjectTitle: subject?.title ?? "（已删除的内容）",
      subjectPath: subject?.path ?? null,
    };
  });
}
