import { IncomingMessage } from "node:http";

// Next answers 500 to a multipart POST whose body does not parse as form data (no closing
// boundary, another boundary, garbage): it tries to decode every multipart POST to a page as
// a form's server action and lets the parser's error through. The server reads such a body
// first (at most `maxBytes`), checks that it parses, and hands Next a request carrying the
// same bytes; a malformed body is answered 400, an oversized one 413.

export const isMultipart = (req) => req.method === "POST" && /^multipart\/form-data/i.test(req.headers["content-type"] ?? "");

/** @returns {Promise<{ req: IncomingMessage } | { status: 400 | 413 }>} */
export async function checkedFormBody(req, maxBytes) {
  const chunks = [];
  let size = 0;
  // Read to the end even when too large, so the client can finish sending and read the answer.
  for await (const chunk of req) {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
  }
  if (size > maxBytes) return { status: 413 };
  const body = Buffer.concat(chunks);
  try {
    await new Response(body, { headers: { "content-type": req.headers["content-type"] } }).formData();
  } catch {
    return { status: 400 };
  }
  const replay = new IncomingMessage(req.socket);
  for (const key of ["method", "url", "headers", "rawHeaders", "httpVersion", "httpVersionMajor", "httpVersionMinor"]) replay[key] = req[key];
  replay.push(body);
  replay.push(null);
  // The whole message is here: without this, destroying the replay after it was read (Next's
  // stream pipeline does) would count as an aborted request and close the client's connection.
  replay.complete = true;
  return { req: replay };
}
