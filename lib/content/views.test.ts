import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { countView, flushViews, MAX_REMEMBERED_VIEWS, rememberedViews, VIEW_WINDOW_MS } from "./views";

async function article(title: string, status: string, publishedAt: Date | null) {
  const category = await db.category.upsert({ where: { slug: "c" }, create: { slug: "c", name: "栏目" }, update: {}, select: { id: true } });
  return db.article.create({ data: { categoryId: category.id, title, body: "正文", status, publishedAt }, select: { id: true } });
}

const viewCount = async (id: number) => (await db.article.findUniqueOrThrow({ where: { id }, select: { viewCount: true } })).viewCount;

it("counts each client once per article in a window, and writes them in one batch", async () => {
  const now = Date.now();
  const a = await article("甲", "published", new Date(now - 1000));
  const b = await article("乙", "published", new Date(now - 1000));
  for (let i = 0; i < 250; i++) countView(a.id, `198.51.100.${i % 50}`, now);
  expect(countView(b.id, "198.51.100.1", now)).toBe(true);
  expect(countView(b.id, "198.51.100.1", now + 1000)).toBe(false); // a reload
  countView(999_999, "198.51.100.1", now); // an unknown id is ignored, not an error

  expect(await viewCount(a.id)).toBe(0);
  expect(await flushViews()).toBe(51);
  expect([await viewCount(a.id), await viewCount(b.id)]).toEqual([50, 1]);
  expect(await flushViews()).toBe(0);
  // After the window the same client counts again.
  expect(countView(b.id, "198.51.100.1", now + VIEW_WINDOW_MS + 1)).toBe(true);
  expect(await flushViews()).toBe(1);
});

it("counts only published articles: drafts, offline and scheduled ones stay at zero", async () => {
  const now = Date.now();
  const draft = await article("草稿", "draft", null);
  const offline = await article("下线", "offline", new Date(now - 1000));
  const scheduled = await article("定时", "published", new Date(now + 86_400_000));
  for (const { id } of [draft, offline, scheduled]) countView(id, "203.0.113.9", now);
  expect(await flushViews()).toBe(0);
  expect([await viewCount(draft.id), await viewCount(offline.id), await viewCount(scheduled.id)]).toEqual([0, 0, 0]);
});

it("remembers a bounded number of clients", async () => {
  const now = Date.now() + 10 * VIEW_WINDOW_MS;
  for (let i = 0; i < MAX_REMEMBERED_VIEWS + 500; i++) countView(1, `client-${i}`, now);
  expect(rememberedViews()).toBeLessThanOrEqual(MAX_REMEMBERED_VIEWS);
  await flushViews();
});
