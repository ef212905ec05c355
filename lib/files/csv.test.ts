import { expect, it } from "vitest";
import { csvCell, csvDocument } from "./csv";

it("quotes what needs quoting and keeps formula-like cells as text", () => {
  expect(csvCell("张三")).toBe("张三");
  expect(csvCell('说"好",行\n二')).toBe('"说""好"",行\n二"');
  expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
  expect(csvCell("-1")).toBe("'-1");
  expect(csvDocument([["a", 1], ["b", 2]])).toBe("\uFEFFa,1\r\nb,2\r\n");
});
