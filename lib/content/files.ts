import { readFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { getAttachment } from "./queries";

/** An attachment of a published article, with its bytes; null when there is none. */
export async function readPublishedAttachment(id: number) {
  const attachment = await getAttachment(id);
  if (!attachment) return null;
  const root = path.resolve(/*turbopackIgnore: true*/ env().UPLOAD_DIR);
  const file = path.resolve(root, attachment.storageKey);
  if (!file.startsWith(root + path.sep)) return null;
  try {
    return { ...attachment, bytes: await readFile(file) };
  } catch {
    return null;
  }
}
