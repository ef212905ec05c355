import { describe, expect, it } from "vitest";
import { createDb, db } from "./client";

describe("database client", () => {
  it("refuses undefined in a filter instead of silently dropping it (strictUndefinedChecks)", async () => {
    const slug: string | undefined = undefined;
    await expect(db.category.findMany({ where: { slug: slug as unknown as string } })).rejects.toThrow(/undefined/i);
  });

  it("loses no write when many requests and two processes write at once", async () => {
    const category = await db.category.create({ data: { slug: "load", name: "并发" }, select: { id: true } });
    const { id } = await db.article.create({
      data: { categoryId: category.id, title: "计数", body: "正文", status: "published" },
      select: { id: true },
    });
    // A second client stands for a second server process on the same database file.
    const other = createDb(process.env.DATABASE_URL!);
    try {
      const writes = Array.from({ length: 200 }, (_, i) => {
        const client = i % 2 ? db : other;
        return i % 4 < 2
          ? client.article.update({ where: { id }, data: { viewCount: { increment: 1 } }, select: { id: true } })
          : client.article.create({
              data: { categoryId: category.id, title: `并发${i}`, body: "正文" },
              select: { id: true },
            });
      });
      const results = await Promise.allSettled(writes);
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      const counted = await db.article.findUnique({ where: { id }, select: { viewCount: true } });
      expect(counted?.viewCount).toBe(100);
      expect(await db.article.count({ where: { categoryId: category.id } })).toBe(101);
    } finally {
      await other.$disconnect();
    }
  });
});
