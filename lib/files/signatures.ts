// File types recognised by their first bytes (their signature), never by the name or the
// type the browser claims. The upload rules (lib/content/attachments.ts,
// lib/mailbox/attachments.ts) choose which of these they accept.

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export const SIGNATURES = {
  pdf: (bytes: Uint8Array) => startsWith(bytes, ascii("%PDF-")),
  png: (bytes: Uint8Array) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpeg: (bytes: Uint8Array) => startsWith(bytes, [0xff, 0xd8, 0xff]),
  gif: (bytes: Uint8Array) => startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a")),
  webp: (bytes: Uint8Array) => startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8),
  /** An old Office file (doc, xls, ppt): an OLE compound document. */
  ole: (bytes: Uint8Array) => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  /** An Office Open XML file is a zip whose entries live under word/, xl/ or ppt/. */
  ooxml: (folder: "word" | "xl" | "ppt") => (bytes: Uint8Array) => startsWith(bytes, ZIP) && Buffer.from(bytes).includes(`${folder}/`),
} as const;
