import { expect, it } from "vitest";
import { safeFileName } from "./names";

it("strips bidi overrides, zero-width and other format or control characters", () => {
  expect(safeFileName("report\u202Efdp.exe", { maxLength: 120 })).toBe("reportfdp.exe");
  const hidden = "a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Bj\u200Ck\u200Dl\u200Em\u200Fn\u0000o\u007Fp\u009Fq\uFEFFr\u2028s\uD800t.pdf";
  expect(safeFileName(hidden, { maxLength: 120 })).toBe("abcdefghijklmnopqrst.pdf");
  expect(safeFileName("C:\\材料\\..\\通知.pdf", { maxLength: 120 })).toBe("通知.pdf");
  expect(safeFileName("\u202E\u200B", { maxLength: 120 })).toBe("附件");
});

it("gives the name the extension of the sniffed type", () => {
  expect(safeFileName("report\u202Efdp.exe", { extension: "pdf", maxLength: 120 })).toBe("reportfdp.pdf");
  expect(safeFileName("照片.pdf", { extension: "png", maxLength: 120 })).toBe("照片.png");
  expect(safeFileName("扫描件", { extension: "jpg", maxLength: 120 })).toBe("扫描件.jpg");
  expect(safeFileName("a.tar.gz", { extension: "pdf", maxLength: 120 })).toBe("a.tar.pdf");
  expect(safeFileName(".pdf", { extension: "png", maxLength: 120 })).toBe("附件.png");
  expect(safeFileName("长".repeat(300) + ".pdf", { extension: "pdf", maxLength: 120 })).toBe("长".repeat(116) + ".pdf");
});

it("keeps the name's own extension when shortening without a sniffed type", () => {
  expect(safeFileName("长".repeat(300) + ".docx", { maxLength: 200 })).toBe("长".repeat(195) + ".docx");
});
