import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { countView, flushViews } from "./views";

it("counts views in memory and writes them in one batch", async () => {
  const category = await db.category.create({ data: { slug: "c", name: "栏目" }, select: { id: true } });
  const [a, b] = await Promise.all(
    ["甲", "乙"].map((title) =>
      db.article.create({
        data: { categoryId: category.id, title, body: "正文", status: "published", publishedAt: new Date() },
        select: { id: true },
      }),
    ),
  );
  for (let i = 0; i < 250; i++) countView(a!.id);
  countView(b!.id);
  countView(999_999); // an unknown id is ignored, not an error

  const before = await db.article.findUnique({ where: { id: a!.id }, select: { viewCount: true } });
  expect(before?.viewCount).toBe(0);
  expect(await flushViews()).toBe(252);
  const after = await db.article.findMany({ orderBy: { id: "asc" }, select: { viewCount: true } });
  expect(after.map((row) => row.viewCount)).toEqual([250, 1]);
  expect(await flushViews()).toBe(0);
});
