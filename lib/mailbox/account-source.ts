import { registerSubmissionSource, type Tx } from "@/lib/accounts/submissions";
import { removeStoredFiles } from "@/lib/files/store";

// The mailbox's part in a resident's export and account deletion (lib/accounts/submissions.ts).
// Export: every letter the person wrote, with attachment metadata, the events meant for them
// and their rating. Deletion: unpublished letters go entirely (rows and files); a published
// letter stays only as its public version - writer unlinked, contact details "已注销", title
// and content replaced by the published (masked) text, attachments and rating comment removed.

export const ERASED_CONTACT = "已注销";

export async function exportLetters(tx: Tx, userId: number) {
  return tx.letter.findMany({
    where: { writerId: userId },
    select: {
      number: true,
      type: true,
      title: true,
      content: true,
      agreePublic: true,
      contactName: true,
      contactPhone: true,
      contactEmail: true,
      status: true,
      createdAt: true,
      acceptedAt: true,
      dueAt: true,
      reply: true,
      repliedAt: true,
      closedAt: true,
      rating: true,
      ratingComment: true,
      ratedAt: true,
      publishedAt: true,
      department: { select: { name: true } },
      attachments: { select: { fileName: true, mimeType: true, size: true, createdAt: true }, orderBy: { id: "asc" } },
      events: {
        where: { visibleToWriter: true },
        select: { action: true, toStatus: true, note: true, createdAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
    orderBy: { createdAt: "asc" },
  });
}

/** Runs inside the deletion transaction; returns the file removal to run after it commits. */
export async function eraseLetters(tx: Tx, userId: number): Promise<() => Promise<void>> {
  const letters = await tx.letter.findMany({
    where: { writerId: userId },
    select: { id: true, publishedAt: true, publicTitle: true, publicContent: true, attachments: { select: { storageKey: true } } },
  });
  const files = letters.flatMap((letter) => letter.attachments.map((file) => file.storageKey));
  const unpublished = letters.filter((letter) => !letter.publishedAt).map((letter) => letter.id);
  await tx.letter.deleteMany({ where: { id: { in: unpublished } } });
  for (const letter of letters.filter((item) => item.publishedAt)) {
    await tx.letterAttachment.deleteMany({ where: { letterId: letter.id } });
    await tx.letter.update({
      where: { id: letter.id },
      data: {
        writerId: null,
        contactName: ERASED_CONTACT,
        contactPhone: ERASED_CONTACT,
        contactEmail: ERASED_CONTACT,
        title: letter.publicTitle ?? ERASED_CONTACT,
        content: letter.publicContent ?? ERASED_CONTACT,
        ratingComment: null,
      },
      select: { id: true },
    });
    // The rating comment is also an event's note; the writer's own events lose their link to the account.
    await tx.letterEvent.updateMany({ where: { letterId: letter.id, action: "rate" }, data: { note: null } });
    await tx.letterEvent.updateMany({ where: { letterId: letter.id, actorId: userId }, data: { actorId: null } });
  }
  return () => removeStoredFiles(files);
}

registerSubmissionSource({ name: "letters", export: exportLetters, erase: eraseLetters });
