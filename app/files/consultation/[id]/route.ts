import { getPublishedConsultationAttachment } from "@/lib/consultations/public";
import { readUpload } from "@/lib/files/uploads";
import { fileDownload, fileNotFound } from "@/lib/http/download";

// An attachment of a published consultation (the draft as PDF or Word), as app/files/[id] serves articles'.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const attachment = /^[1-9]\d{0,9}$/.test(id) ? await getPublishedConsultationAttachment(Number(id)) : null;
  const bytes = attachment ? await readUpload(attachment.storageKey) : null;
  return attachment && bytes ? fileDownload({ ...attachment, bytes }, "public, max-age=300") : fileNotFound();
}
