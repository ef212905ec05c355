import { fileDownload, fileNotFound } from "@/lib/http/download";
import { readPublishedBlankForm } from "@/lib/services/blank-forms";

// A 办事指南's blank form (空白表格), public while its guide is published.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const file = /^[1-9]\d{0,9}$/.test(id) ? await readPublishedBlankForm(Number(id)) : null;
  return file ? fileDownload(file, "public, max-age=300") : fileNotFound("未找到该表格");
}
