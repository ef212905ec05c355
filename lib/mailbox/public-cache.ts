import { revalidatePublic } from "@/lib/site/revalidate";

// After a letter is published or withdrawn, the public mailbox pages (both variants) are
// regenerated and the server's page cache is emptied (lib/site/revalidate.ts).

/** Call from a server action (revalidatePath needs Next's request context). */
export function revalidatePublicMailbox(letterId: number): void {
  revalidatePublic(["/mailbox", `/mailbox/letters/${letterId}`], { below: ["/mailbox"] });
}
