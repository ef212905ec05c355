import { expect, it } from "vitest";
import { checkAttachments } from "./attachments";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const PDF = new TextEncoder().encode("%PDF-1.7\n%%EOF\n");

it("names a letter attachment after its sniffed type, without bidi or zero-width characters", async () => {
  const checked = await checkAttachments([
    new File([PNG], "照片.pdf", { type: "application/pdf" }),
    new File([PDF], "report\u202Efdp.exe", { type: "application/pdf" }),
    new File([PDF], "\u2066说明\u200B\u2069.pdf"),
  ]);
  if (!checked.ok) throw new Error(checked.errors.join());
  expect(checked.files.map((file) => [file.fileName, file.mimeType])).toEqual([
    ["照片.png", "image/png"],
    ["reportfdp.pdf", "application/pdf"],
    ["说明.pdf", "application/pdf"],
  ]);
});
