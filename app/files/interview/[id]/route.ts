import { readUpload } from "@/lib/files/uploads";
import { fileDownload, fileNotFound } from "@/lib/http/download";
import { getPublishedInterviewPhoto } from "@/lib/interviews/public";

// A photo of a published interview (a guest's portrait, a picture in the transcript).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const photo = /^[1-9]\d{0,8}$/.test(id) ? await getPublishedInterviewPhoto(Number(id)) : null;
  const bytes = photo ? await readUpload(photo.storageKey) : null;
  return photo && bytes ? fileDownload({ ...photo, bytes }, "public, max-age=300") : fileNotFound("未找到该图片");
}
