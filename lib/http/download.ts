// The one response for a file offered as a download: stored files (attachments, reply files,
// blank forms) with the name in RFC 5987 form, never sniffed, cached as the caller says
// (personal files pass "private, no-store"); and the staff's CSV exports, never cached.

export function fileDownload(file: { fileName: string; mimeType: string; bytes: Uint8Array }, cacheControl: string): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": cacheControl,
    },
  });
}

export function fileNotFound(message = "未找到该附件", status = 404): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** A CSV export (lib/files/csv.ts) for staff: personal or internal figures, never cached. */
export function csvDownload(csv: string, fileName: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
