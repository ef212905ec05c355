import { readUpload } from "@/lib/files/uploads";
import { getAttachment } from "./queries";

/** An attachment of a published article, with its bytes; null when there is none. */
export async function readPublishedAttachment(id: number) {
  const attachment = await getAttachment(id);
  if (!attachment) return null;
  const bytes = await readUpload(attachment.storageKey);
  return bytes ? { ...attachment, bytes } : null;
}
