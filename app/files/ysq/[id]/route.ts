import { getSessionUser, isSameOrigin } from "@/lib/auth/current";
import { fileDownload, fileNotFound } from "@/lib/http/download";
import { requestClientAddress } from "@/lib/http/request";
import { readReplyFileForOwner, readReplyFileWithCode } from "@/lib/ysq/files";
import { trackFailureMessage } from "@/lib/ysq/track";

// A reply file for its applicant. GET: the signed-in owner of the request. POST: anyone with
// the 申请编号 + 查询码 pair (a form on the tracking result posts it again, so the code never
// sits in a URL); a wrong pair answers as the tracking page does. Never cached.

const validId = (id: string) => /^\d{1,9}$/.test(id);

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getSessionUser();
  const file = actor && validId(id) ? await readReplyFileForOwner(actor, Number(id)) : null;
  return file ? fileDownload(file, "private, no-store") : fileNotFound();
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isSameOrigin(request.headers.get("origin"), request.headers.get("host"))) return fileNotFound("请求来源无效", 403);
  const form = await request.formData().catch(() => null);
  const number = form?.get("number");
  const code = form?.get("code");
  if (!validId(id) || typeof number !== "string" || typeof code !== "string" || number.length > 40 || code.length > 40) return fileNotFound();
  const result = await readReplyFileWithCode(number, code, Number(id), (await requestClientAddress()) ?? "unknown");
  if (result.kind === "file") return fileDownload(result.file, "private, no-store");
  return fileNotFound(result.kind === "rate-limited" ? trackFailureMessage(result) : "未找到该附件", result.kind === "rate-limited" ? 429 : 404);
}
