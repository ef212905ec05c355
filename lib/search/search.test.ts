import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { loadDemoContent } from "@/test/demo";
import { makeLetter } from "@/test/mailbox";
import { makeStaff } from "@/test/staff";

// The site search on the test database (SQLite here, PostgreSQL in CI's second run): the
// demo content indexed by the seed, and the index following each publish, edit and withdrawal
// in the same transaction. next/cache is Next's: replaced by a no-op recorder.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createArticle, transitionArticle, updateArticle } = await import("@/lib/content/articles");
const { updatePage } = await import("@/lib/content/pages");
const { publishLetter, unpublishLetter } = await import("@/lib/mailbox/publishing");
const { saveCategory } = await import("@/lib/content/categories");
const { categoryScope, parseSearchParams, searchSite, MAX_QUERY_LENGTH } = await import("./search");
const { getCategoryTree } = await import("@/lib/content/queries");
const { rebuildSearchIndex, searchIndexIsCurrent } = await import("./reindex");

type Staff = Awaited<ReturnType<typeof makeStaff>>;
let editor: Staff;
let admin: Staff;
const ip = "198.51.100.9";

const search = (q: string, extra: Record<string, string> = {}) => searchSite(parseSearchParams({ q, ...extra }));
const titles = async (q: string, extra: Record<string, string> = {}) =>
  (await search(q, extra)).results.map((result) => result.title.map((piece) => piece.text).join(""));

async function categoryId(slug: string) {
  return (await db.category.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

async function publishArticle(title: string, body: string, overrides: Record<string, unknown> = {}) {
  const created = await createArticle(
    editor,
    { title, categoryId: await categoryId("tzgg"), summary: "", body, source: "", publishedAt: null, docNumber: "", validity: "", validityNote: "", indexNumber: "", issuer: "", writtenAt: null, topic: "", ...overrides },
    ip,
  );
  if (!created.ok) throw new Error(JSON.stringify(created));
  await transitionArticle(editor, created.id, "submit", ip);
  await transitionArticle(editor, created.id, "publish", ip);
  return created.id;
}

beforeAll(async () => {
  await loadDemoContent();
  editor = await makeStaff("editor");
  admin = await makeStaff("admin");
});

describe("the demo content", () => {
  it("is indexed by the seed, with the current segmentation", async () => {
    const published = await db.article.count({ where: { status: "published" } });
    expect(await db.searchDocument.count({ where: { sourceKey: { startsWith: "article:" } } })).toBe(published);
    expect(await db.searchDocument.count({ where: { kind: "page" } })).toBe(5);
    expect(await db.searchDocument.count({ where: { kind: "letter" } })).toBeGreaterThan(0);
    expect(await searchIndexIsCurrent(db)).toBe(true);
  });

  it("finds two-character words, with the words marked in title and snippet", async () => {
    const found = await search("供热");
    expect(found.total).toBeGreaterThanOrEqual(3);
    const first = found.results[0]!;
    expect(first.title.some((piece) => piece.mark && piece.text === "供热")).toBe(true);
    expect(first.snippet.some((piece) => piece.mark)).toBe(true);
    expect(first.url).toMatch(/^\/article\/\d+$/);
    expect((await search("医保")).total).toBeGreaterThan(0);
  });

  it("ranks the document with an exact 文号 first, in any bracket spelling", async () => {
    const [first] = await titles("昌州政发〔2025〕20号");
    const article = await db.article.findFirstOrThrow({ where: { docNumber: "昌州政发〔2025〕20号" }, select: { title: true } });
    expect(first).toBe(article.title);
    expect((await titles("昌州政发[2025]20号"))[0]).toBe(article.title);
    expect((await search("昌州政发〔2025〕20号")).results[0]!.kind).toBe("policy");
  });

  it("finds static pages and published letters, and filters by type", async () => {
    expect((await search("12345")).total).toBeGreaterThan(0);
    const pages = await search("隐私", { type: "page" });
    expect(pages.results.map((result) => result.url)).toContain("/privacy");
    expect(pages.results.every((result) => result.kind === "page")).toBe(true);
    const letter = await db.letter.findFirstOrThrow({ where: { publishedAt: { not: null } }, select: { id: true, publicTitle: true } });
    const letters = await search(letter.publicTitle!, { type: "letter" });
    expect(letters.results.map((result) => result.url)).toContain(`/mailbox/letters/${letter.id}`);
  });

  it("says nothing was found, and searches nothing for an empty or punctuation-only query", async () => {
    expect(await search("不存在的词汇组合阿巴阿巴")).toMatchObject({ total: 0, results: [] });
    expect(await search("")).toMatchObject({ words: [], total: 0 });
    expect(await search("，。")).toMatchObject({ words: [], total: 0 });
  });

  it("pages, sorts by date and filters by category and date", async () => {
    const all = await search("昌吉");
    expect(all.total).toBeGreaterThan(10);
    const second = await search("昌吉", { page: "2" });
    expect(second.page).toBe(2);
    expect(second.results[0]!.id).not.toBe(all.results[0]!.id);
    const byDate = await search("昌吉", { sort: "date" });
    const dates = byDate.results.map((result) => result.publishedAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const tree = await getCategoryTree();
    const policy = await searchSite(parseSearchParams({ q: "昌吉", category: "zcwj" }), { categories: categoryScope(tree, "zcwj") });
    expect(policy.total).toBeGreaterThan(0);
    const scope = categoryScope(tree, "zcwj")!;
    expect(scope).toEqual(expect.arrayContaining(["zcwj", "zfwj"]));
    expect(policy.results.every((result) => scope.includes(result.category!))).toBe(true);
    const week = await search("昌吉", { range: "week" });
    const weekAgo = Date.now() - 7 * 86_400_000;
    expect(week.results.every((result) => result.publishedAt.getTime() >= weekAgo)).toBe(true);
    expect(week.total).toBeLessThan(all.total);
    // A page past the last shows the first, with the total.
    expect(await search("昌吉", { page: "50" })).toMatchObject({ page: 1, total: all.total });
  });
});

describe("the index follows the content in the same transaction", () => {
  it("publish -> found; edit -> new words; archive -> gone", async () => {
    const id = await publishArticle("关于玛纳斯县试点智慧供水的通知", "玛纳斯县将开展智慧供水试点。");
    expect(await titles("智慧供水")).toContain("关于玛纳斯县试点智慧供水的通知");
    await updateArticle(editor, id, { title: "关于玛纳斯县试点智能水表的通知", categoryId: await categoryId("tzgg"), summary: "", body: "玛纳斯县将推广智能水表。", source: "", publishedAt: null, docNumber: "", validity: "", validityNote: "", indexNumber: "", issuer: "", writtenAt: null, topic: "" }, ip);
    expect(await titles("智慧供水")).not.toContain("关于玛纳斯县试点智慧供水的通知");
    expect(await titles("智能水表")).toContain("关于玛纳斯县试点智能水表的通知");
    await transitionArticle(editor, id, "archive", ip);
    expect(await titles("智能水表")).toEqual([]);
    expect(await db.searchDocument.count({ where: { sourceKey: `article:${id}` } })).toBe(0);
  });

  it("never shows a draft, an article in review or a scheduled one before its time", async () => {
    const draft = await createArticle(editor, { title: "草稿中的准东物流园区规划", categoryId: await categoryId("tzgg"), summary: "", body: "草稿", source: "", publishedAt: null, docNumber: "", validity: "", validityNote: "", indexNumber: "", issuer: "", writtenAt: null, topic: "" }, ip);
    if (!draft.ok) throw new Error("not created");
    expect(await titles("物流园区")).toEqual([]);
    await transitionArticle(editor, draft.id, "submit", ip);
    expect(await titles("物流园区")).toEqual([]);
    const future = new Date(Date.now() + 3_600_000);
    await publishArticle("定时发布的奇台县滑翔伞基地公告", "滑翔伞基地", { publishedAt: future });
    expect(await titles("滑翔伞基地")).toEqual([]);
    const later = await searchSite(parseSearchParams({ q: "滑翔伞基地" }), { now: new Date(future.getTime() + 1000) });
    expect(later.total).toBe(1);
  });

  it("a letter is found only while published, and a private one never", async () => {
    const replied = await makeLetter({ title: "关于呼图壁县公交线路调整的建议", content: "建议增加呼图壁县城区公交线路。", status: "replied", reply: "已研究采纳。", repliedAt: new Date() });
    const privateLetter = await makeLetter({ title: "关于呼图壁县公交站台的私人来信", agreePublic: false, status: "replied", reply: "已答复。", repliedAt: new Date() });
    expect(await titles("公交线路")).toEqual([]);
    expect(await publishLetter(admin, replied.id, { title: replied.title, content: "建议增加呼图壁县城区公交线路。", reply: "已研究采纳。" })).toEqual({ ok: true });
    expect(await titles("公交线路")).toEqual(["关于呼图壁县公交线路调整的建议"]);
    expect((await publishLetter(admin, privateLetter.id, { title: "x", content: "y", reply: "z" })).ok).toBe(false);
    expect(await titles("公交站台")).toEqual([]);
    await unpublishLetter(admin, replied.id);
    expect(await titles("公交线路")).toEqual([]);
  });

  it("a page edit re-indexes the page", async () => {
    const page = await db.page.findUniqueOrThrow({ where: { slug: "about" }, select: { title: true, body: true } });
    await updatePage(editor, "about", { title: page.title, body: `${page.body}\n\n本站支持阜康星空露营地预约查询。` }, ip);
    expect((await search("星空露营地")).results.map((result) => result.url)).toEqual(["/about"]);
  });

  it("a category's new slug and policy flag reach its articles' documents", async () => {
    const id = await publishArticle("关于木垒县冬季安全生产的通知", "木垒县安全生产检查。");
    const category = await db.category.findUniqueOrThrow({ where: { slug: "tzgg" }, select: { id: true, name: true, description: true, parentId: true, sortOrder: true } });
    await saveCategory(editor, category.id, { name: category.name, slug: "tongzhi", description: category.description, parentId: category.parentId, sortOrder: category.sortOrder, isPolicy: false, commentsEnabled: false }, ip);
    expect(await db.searchDocument.findUniqueOrThrow({ where: { sourceKey: `article:${id}` }, select: { category: true } })).toEqual({ category: "tongzhi" });
    await saveCategory(editor, category.id, { name: category.name, slug: "tzgg", description: category.description, parentId: category.parentId, sortOrder: category.sortOrder, isPolicy: false, commentsEnabled: false }, ip);
  });

  it("a failed change leaves the index as it was", async () => {
    const id = await publishArticle("关于阜康市供水管网改造的公告", "阜康市供水管网改造。");
    const other = await publishArticle("关于阜康市停水的通知", "停水", { categoryId: await categoryId("zcwj"), docNumber: "昌州政发〔2026〕77号", validity: "valid" });
    // Taking the other's 文号 fails on the unique index: neither article nor index changes.
    const result = await updateArticle(editor, id, { title: "改后的标题阜康市", categoryId: await categoryId("zcwj"), summary: "", body: "x", source: "", publishedAt: null, docNumber: "昌州政发〔2026〕77号", validity: "valid", validityNote: "", indexNumber: "", issuer: "", writtenAt: null, topic: "" }, ip);
    expect(result.ok).toBe(false);
    expect(await titles("供水管网")).toContain("关于阜康市供水管网改造的公告");
    expect(other).toBeGreaterThan(0);
  });
});

describe("above the rank window (a very common word at scale)", () => {
  const small = { rankWindow: 5 };

  it("ranks the newest matches that pass the filters, and estimates the total", async () => {
    const exact = await search("昌吉");
    expect(exact.total).toBeGreaterThan(10);
    const windowed = await searchSite(parseSearchParams({ q: "昌吉" }), small);
    expect(windowed.results).toHaveLength(5);
    expect(windowed.total).toBeGreaterThanOrEqual(5);
    // The filter applies inside the window: pages are found though newer articles match too.
    const pages = await searchSite(parseSearchParams({ q: "昌吉", type: "page" }), small);
    expect(pages.results.length).toBeGreaterThan(0);
    expect(pages.results.every((result) => result.kind === "page")).toBe(true);
  });

  it("still puts the document with the exact 文号 first", async () => {
    const article = await db.article.findFirstOrThrow({ where: { docNumber: "昌州政发〔2025〕20号" }, select: { title: true } });
    const found = await searchSite(parseSearchParams({ q: "昌州政发〔2025〕20号" }), { rankWindow: 1 });
    expect(found.results[0]!.title.map((piece) => piece.text).join("")).toBe(article.title);
  });
});

describe("the query", () => {
  it("is cut at the maximum length and says so", () => {
    const params = parseSearchParams({ q: "医".repeat(80) });
    expect([...params.q]).toHaveLength(MAX_QUERY_LENGTH);
    expect(params.truncated).toBe(true);
    expect(parseSearchParams({ q: "医保" }).truncated).toBe(false);
  });

  it("falls back to defaults for malformed parameters", () => {
    expect(parseSearchParams({ q: ["a", "b"], type: "secret", range: "decade", category: "../x", sort: "random", page: "-3" })).toEqual({
      q: "a", truncated: false, type: null, range: "all", category: null, sort: "relevance", page: 1,
    });
    expect(parseSearchParams({ page: "999999" }).page).toBe(50);
  });

  it("passes no FTS or tsquery syntax through", async () => {
    for (const q of ['"', "医保 OR 供热", "NEAR(医保", "医保*", "!供热 & |", "'); DROP TABLE x;--", "\\"]) {
      await expect(search(q)).resolves.toBeDefined();
    }
    expect((await search("医保 OR 供热")).total).toBeLessThanOrEqual((await search("医保")).total);
  });
});

describe("rebuilding", () => {
  it("rebuilds the same index and removes documents of withdrawn items", async () => {
    const before = await db.searchDocument.count();
    await db.searchDocument.create({ data: { sourceKey: "article:999999", kind: "article", publishedAt: new Date(0), url: "/article/999999", title: "孤儿文档", body: "", titleWords: "孤儿 文档", bodyWords: "" } });
    const progress: number[] = [];
    const report = await rebuildSearchIndex(db, (done) => progress.push(done));
    expect(report).toEqual({ indexed: before, removed: 1 });
    expect(progress.at(-1)).toBe(before);
    expect(await db.searchDocument.count()).toBe(before);
    expect((await search("供热")).total).toBeGreaterThan(0);
    expect(await titles("孤儿文档")).toEqual([]);
  });
});
