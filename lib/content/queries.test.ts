import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getArticle, getAttachment, getCategory, getCategoryTree, getHeadlines, listArticles, PAGE_SIZE } from "./queries";

// Integration tests on a real database (see test/setup.ts), with content made here.
let parentId: number;
let childId: number;
const day = (n: number) => new Date(Date.UTC(2026, 0, n, 2));

async function article(data: { categoryId: number; title: string; status?: string; publishedAt: Date | null }) {
  return db.article.create({
    data: { body: "正文", status: "published", ...data },
    select: { id: true },
  });
}

beforeAll(async () => {
  parentId = (await db.category.create({ data: { slug: "zcwj", name: "政策文件", sortOrder: 1 }, select: { id: true } })).id;
  childId = (
    await db.category.create({ data: { slug: "zfwj", name: "州政府文件", parentId, sortOrder: 1 }, select: { id: true } })
  ).id;
  await db.category.create({ data: { slug: "tzgg", name: "通知公告", sortOrder: 0 }, select: { id: true } });
  for (let n = 1; n <= PAGE_SIZE + 3; n++) {
    await article({ categoryId: n % 2 ? parentId : childId, title: `文件${n}`, publishedAt: day(n) });
  }
});

describe("category tree", () => {
  it("nests children under their parent, in sort order", async () => {
    const tree = await getCategoryTree();
    expect(tree.map((node) => node.slug)).toEqual(["tzgg", "zcwj"]);
    expect(tree[1]?.children.map((node) => node.slug)).toEqual(["zfwj"]);
  });

  it("finds a category with its parent and children", async () => {
    expect((await getCategory("zfwj"))?.parent).toEqual({ slug: "zcwj", name: "政策文件" });
    expect((await getCategory("zcwj"))?.children.map((c) => c.slug)).toEqual(["zfwj"]);
    expect(await getCategory("nope")).toBeNull();
  });
});

describe("listings", () => {
  it("list a category with its sub-categories, newest first, a page at a time", async () => {
    const first = await listArticles(parentId, [childId], 1);
    expect(first.total).toBe(PAGE_SIZE + 3);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.items[0]?.title).toBe(`文件${PAGE_SIZE + 3}`);
    const second = await listArticles(parentId, [childId], 2);
    expect(second.items.map((item) => item.title)).toEqual(["文件3", "文件2", "文件1"]);
  });

  it("show neither drafts, archived nor scheduled articles", async () => {
    const category = await db.category.create({ data: { slug: "hidden", name: "隐藏" }, select: { id: true } });
    await article({ categoryId: category.id, title: "草稿", status: "draft", publishedAt: null });
    await article({ categoryId: category.id, title: "归档", status: "archived", publishedAt: day(1) });
    const scheduled = await article({ categoryId: category.id, title: "定时", publishedAt: new Date(Date.now() + 3_600_000) });
    expect((await listArticles(category.id, [], 1)).total).toBe(0);
    expect(await getArticle(scheduled.id)).toBeNull();
  });

  it("headlines are published articles marked as such", async () => {
    const { id } = await db.article.create({
      data: { categoryId: parentId, title: "头条", body: "正文", status: "published", publishedAt: day(28), isHeadline: true },
      select: { id: true },
    });
    expect((await getHeadlines(5)).map((a) => a.id)).toEqual([id]);
    await db.article.delete({ where: { id } });
  });
});

describe("article page", () => {
  it("links to the previous and next article of the same category", async () => {
    const ids = await db.article.findMany({
      where: { categoryId: childId },
      orderBy: { publishedAt: "asc" },
      select: { id: true },
    });
    const middle = ids[1]!.id;
    const found = await getArticle(middle);
    expect(found?.previous?.id).toBe(ids[0]!.id);
    expect(found?.next?.id).toBe(ids[2]!.id);
    expect(found?.category.parent?.slug).toBe("zcwj");
    expect((await getArticle(ids[0]!.id))?.previous).toBeNull();
  });

  it("serves attachments of published articles only", async () => {
    const draft = await article({ categoryId: parentId, title: "草稿附件", status: "draft", publishedAt: null });
    const published = await article({ categoryId: parentId, title: "附件", publishedAt: day(2) });
    const [hidden, shown] = await Promise.all(
      [draft, published].map((a, i) =>
        db.attachment.create({
          data: { articleId: a.id, fileName: "附件.pdf", storageKey: `k${i}`, mimeType: "application/pdf", size: 3 },
          select: { id: true },
        }),
      ),
    );
    expect(await getAttachment(hidden!.id)).toBeNull();
    expect(await getAttachment(shown!.id)).toMatchObject({ fileName: "附件.pdf" });
  });
});
