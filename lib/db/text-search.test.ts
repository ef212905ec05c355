import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { containsText, escapeLike } from "./text-search";

it("escapes LIKE's special characters", () => {
  expect(escapeLike("a%b_c\\d")).toBe("a\\%b\\_c\\\\d");
});

it("finds rows containing the text as is, on SQLite and PostgreSQL", async () => {
  const category = await db.category.create({ data: { slug: "t", name: "栏目" }, select: { id: true } });
  const titles = ["完成率 100%", "文件 a_b", "路径 C:\\temp", "普通标题 ab"];
  const ids = new Map<string, number>();
  for (const title of titles) ids.set(title, (await db.article.create({ data: { categoryId: category.id, title, body: "正文" }, select: { id: true } })).id);
  const found = async (text: string) =>
    (await db.article.findMany({ where: await containsText("Article", ["title"], text), select: { title: true }, orderBy: { id: "asc" } })).map((row) => row.title);
  expect(await found("%")).toEqual(["完成率 100%"]);
  expect(await found("_")).toEqual(["文件 a_b"]);
  expect(await found("\\")).toEqual(["路径 C:\\temp"]);
  expect(await found("a_b")).toEqual(["文件 a_b"]);
  expect(await found("%%")).toEqual([]);
  expect(await found("ab")).toEqual(["普通标题 ab"]);
});
