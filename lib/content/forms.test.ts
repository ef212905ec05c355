import { expect, it } from "vitest";
import { articleSchema, chinaDateTime, toChinaDateTimeInput } from "./forms";

it("reads a publish time as China time and writes it back the same", () => {
  const date = chinaDateTime.parse("2026-12-01T09:30");
  expect(date?.toISOString()).toBe("2026-12-01T01:30:00.000Z");
  expect(toChinaDateTimeInput(date)).toBe("2026-12-01T09:30");
  expect(chinaDateTime.parse("")).toBeNull();
  expect(chinaDateTime.safeParse("2026-12-01 09:30").success).toBe(false);
});

it("stores a textarea's CRLF line breaks as LF and requires title and body", () => {
  const base = { title: " 标题 ", categoryId: "3", summary: "", body: "第一行\r\n第二行\r\n", source: "", publishedAt: "", docNumber: "", validity: "", validityNote: "", indexNumber: "", issuer: "", writtenAt: "", topic: "" };
  const parsed = articleSchema.parse(base);
  expect(parsed).toMatchObject({ title: "标题", categoryId: 3, body: "第一行\n第二行", publishedAt: null });
  const missing = articleSchema.safeParse({ ...base, title: "  ", body: "\r\n", categoryId: "" });
  expect(missing.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
    ["title", "请填写标题"],
    ["categoryId", "请选择栏目"],
    ["body", "请填写正文"],
  ]);
});
