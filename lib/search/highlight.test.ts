import { describe, expect, it } from "vitest";
import { markWords, snippet, type TextPiece } from "./highlight";

const html = (pieces: TextPiece[]) => pieces.map((piece) => (piece.mark ? `[${piece.text}]` : piece.text)).join("");

describe("highlighting", () => {
  it("marks every occurrence, the longer word first", () => {
    expect(html(markWords("医保参保与医保报销", ["医保"]))).toBe("[医保]参保与[医保]报销");
    expect(html(markWords("吉木萨尔县和吉木萨尔", ["吉木萨尔", "吉木萨尔县"]))).toBe("[吉木萨尔县]和[吉木萨尔]");
  });

  it("matches across case and width and keeps the original text", () => {
    expect(html(markWords("推进ＩＰｖ６和IPV6改造", ["ipv6"]))).toBe("推进[ＩＰｖ６]和[IPV6]改造");
  });

  it("leaves markup in the text as text: a piece is never HTML", () => {
    const pieces = markWords("<script>alert(1)</script> 医保", ["script", "医保"]);
    expect(pieces).toEqual([
      { text: "<", mark: false },
      { text: "script", mark: true },
      { text: ">alert(1)</", mark: false },
      { text: "script", mark: true },
      { text: "> ", mark: false },
      { text: "医保", mark: true },
    ]);
    expect(pieces.map((piece) => piece.text).join("")).toBe("<script>alert(1)</script> 医保");
  });

  it("does not mark a word inside a marked longer word twice", () => {
    expect(html(markWords("社会保障局", ["社会保障", "保障局"]))).toBe("[社会保障]局");
  });

  it("cuts a snippet around the first match, with ellipses", () => {
    const body = "开头".repeat(100) + "这里说到医保报销的办法" + "结尾".repeat(100);
    const text = html(snippet(body, ["医保"], 40));
    expect(text.startsWith("…")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(text).toContain("[医保]");
    expect([...text.replace(/[[\]…]/g, "")]).toHaveLength(40);
  });

  it("starts from the beginning when the match is only in the title", () => {
    expect(html(snippet("短文", ["医保"]))).toBe("短文");
  });
});
