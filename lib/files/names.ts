// The one cleaner of uploaded file names (letter and article attachments). The name is kept
// only to show and to offer in Content-Disposition, so it loses folders, control and format
// characters (Unicode Cc, Cf: bidi overrides such as U+202E that make "report\u202Efdp.exe"
// show as "reportexe.pdf", zero-width characters), lone surrogates, line/paragraph separators
// and the characters Windows refuses in names. With `extension`, the name's own extension is
// replaced by the one of the type the bytes show, so a PNG named .pdf is offered as .png.

const INVISIBLE_OR_UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}"<>|*?:]/gu;
const EXTENSION = /\.[A-Za-z0-9]{1,10}$/;

export function safeFileName(name: string, options: { extension?: string; maxLength: number; fallback?: string }): string {
  const fallback = options.fallback ?? "附件";
  const base = (name.split(/[\\/]/).pop() ?? "").replace(INVISIBLE_OR_UNSAFE, "").trim();
  // Without a sniffed type the name's own extension is kept, also when the name is shortened.
  const extension = options.extension ?? EXTENSION.exec(base)?.[0].slice(1);
  if (!extension) return [...base].slice(0, options.maxLength).join("") || fallback;
  const suffix = `.${extension}`;
  const stem = [...base.replace(EXTENSION, "").replace(/[.\s]+$/, "")].slice(0, options.maxLength - suffix.length).join("");
  return `${stem || fallback}${suffix}`;
}
