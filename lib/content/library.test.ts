import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { loadDemoContent } from "@/test/demo";
import { makeStaff } from "@/test/staff";

// 政务公开 on a real database (SQLite, and PostgreSQL with TEST_DATABASE_URL): the policy
// document fields (索引号, 发文机关, 成文日期, 主题分类) through the staff console's rules and
// form schema, the 文件库's filters and search, the /gk counts, and the search index words.
// next/cache is Next's: its revalidatePath needs a request, so it is recorded here.
const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

const { createArticle, getArticleForEdit, transitionArticle, updateArticle } = await import("./articles");
const { articleSchema } = await import("./forms");
const { libraryChoices, libraryHref, listPolicyDocuments, parseLibraryFilter, policyTopicCounts } = await import("./library");
const { getArticle } = await import("./queries");
const { parseSearchParams, searchSite } = await import("@/lib/search/search");

type Staff = Awaited<ReturnType<typeof makeStaff>>;
let editor: Staff;
const ip = "198.51.100.18";

async function categoryId(slug: string) {
  return (await db.category.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

const form = (overrides: Record<string, string> = {}) => ({
  title: "昌吉回族自治州人民政府关于测试文件库的通知",
  categoryId: "1",
  summary: "",
  body: "正文",
  source: "",
  publishedAt: "",
  docNumber: "",
  validity: "valid",
  validityNote: "",
  indexNumber: "",
  issuer: "",
  writtenAt: "",
  topic: "",
  ...overrides,
});

/** The form's input as the action parses it, then saved like the staff console does. */
async function create(overrides: Record<string, string>) {
  const input = articleSchema.parse(form(overrides));
  return createArticle(editor, input, ip);
}

const titlesOf = async (params: Record<string, string>) => (await listPolicyDocuments(parseLibraryFilter(params))).items.map((item) => item.title);

beforeAll(async () => {
  await loadDemoContent();
  editor = await makeStaff("editor");
});

describe("policy document fields", () => {
  it("validates 索引号, 成文日期 and 主题分类 in the form, with Chinese messages", () => {
    const result = articleSchema.safeParse(form({ indexNumber: "2026-3", writtenAt: "2026-02-30", topic: "天气" }));
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["indexNumber", "索引号格式应为 18 位机构代码/年份-5 位序号，例如 11652300010000000X/2026-00003"],
      ["writtenAt", "成文日期无效"],
      ["topic", "请选择主题分类"],
    ]);
    expect(articleSchema.safeParse(form({ writtenAt: "2026/01/02" })).error?.issues[0]?.message).toBe("请按 年-月-日 填写成文日期");
    const parsed = articleSchema.parse(form({ indexNumber: " 11652300010000000x/2026-00031 ", writtenAt: "2026-01-02", topic: "科技、教育" }));
    expect(parsed).toMatchObject({ indexNumber: "11652300010000000X/2026-00031", topic: "科技、教育" });
    expect(parsed.writtenAt?.toISOString()).toBe("2026-01-01T16:00:00.000Z");
  });

  it("keeps them for policy categories only, 索引号 once, 成文日期 not in the future", async () => {
    const policy = String(await categoryId("zfwj"));
    const fields = { indexNumber: "11652300010000000X/2026-00091", issuer: "昌吉回族自治州人民政府", writtenAt: "2026-03-02", topic: "科技、教育" };
    const plain = await create({ ...fields, categoryId: String(await categoryId("tzgg")), title: "普通通知" });
    if (!plain.ok) throw new Error("not created");
    expect(await getArticleForEdit(plain.id)).toMatchObject({ indexNumber: null, issuer: null, writtenAt: null, topic: null });

    const created = await create({ ...fields, categoryId: policy, docNumber: "昌州政发〔2026〕91号" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await getArticleForEdit(created.id)).toMatchObject({ ...fields, writtenAt: new Date("2026-03-02T00:00:00+08:00") });
    expect(await create({ ...fields, categoryId: policy, docNumber: "昌州政发〔2026〕92号" })).toEqual({ ok: false, fieldErrors: { indexNumber: ["该索引号已被其他文件使用"] } });
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toLocaleDateString("en-CA", { timeZone: "Asia/Shanghai" });
    expect(await create({ categoryId: policy, writtenAt: tomorrow })).toEqual({ ok: false, fieldErrors: { writtenAt: ["成文日期不能晚于今天"] } });
    // An edit keeps its own 索引号.
    const input = articleSchema.parse(form({ ...fields, categoryId: policy, docNumber: "昌州政发〔2026〕91号", title: "改过标题的测试文件" }));
    expect(await updateArticle(editor, created.id, input, ip)).toEqual({ ok: true, id: created.id });
  });

  it("shows them on the published document and makes 发文机关 and 索引号 searchable", async () => {
    const created = await create({
      categoryId: String(await categoryId("bgswj")),
      title: "关于规范玛纳斯县测试事项的通知",
      docNumber: "昌州政办发〔2026〕93号",
      indexNumber: "116523000100000026/2026-00093",
      issuer: "昌吉回族自治州人民政府办公室",
      writtenAt: "2026-05-06",
      topic: "综合政务",
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    await transitionArticle(editor, created.id, "submit", ip);
    revalidated.length = 0;
    await transitionArticle(editor, created.id, "publish", ip);
    expect(revalidated).toContain("/std/gk");
    expect(await getArticle(created.id)).toMatchObject({ indexNumber: "116523000100000026/2026-00093", issuer: "昌吉回族自治州人民政府办公室", topic: "综合政务" });
    const found = await searchSite(parseSearchParams({ q: "116523000100000026/2026-00093" }));
    expect(found.results.map((result) => result.url)).toContain(`/article/${created.id}`);
    await transitionArticle(editor, created.id, "archive", ip);
    expect((await searchSite(parseSearchParams({ q: "116523000100000026/2026-00093" }))).results.map((result) => result.url)).not.toContain(`/article/${created.id}`);
  });
});

describe("文件库", () => {
  it("lists every published policy document, newest 成文日期 first", async () => {
    const all = await listPolicyDocuments({});
    const published = await db.article.count({ where: { status: "published", publishedAt: { lte: new Date() }, category: { isPolicy: true } } });
    expect(all.total).toBe(published);
    const dates = all.items.map((item) => item.writtenAt?.getTime() ?? 0);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(all.items.every((item) => item.publishedAt <= new Date())).toBe(true);
  });

  it("filters by 发文机关, 主题分类, year and 效力, and searches title or 文号", async () => {
    expect(await titlesOf({ issuer: "昌吉回族自治州人民政府办公室", year: "2025" })).toEqual([
      "昌吉回族自治州人民政府办公室关于印发《昌吉州推进政务服务“高效办成一件事”实施方案》的通知",
      "昌吉回族自治州人民政府办公室关于印发《昌吉州12345政务服务便民热线运行管理办法》的通知",
      "昌吉回族自治州人民政府办公室关于印发《昌吉州城镇集中供热管理办法》的通知",
    ]);
    expect(await titlesOf({ topic: "国土资源、能源" })).toEqual([
      "昌吉回族自治州人民政府关于印发《昌吉州加快新能源与新型储能产业发展若干措施》的通知",
      "昌吉回族自治州人民政府关于印发《昌吉州促进新能源产业高质量发展若干措施》的通知",
    ]);
    expect(await titlesOf({ validity: "repealed" })).toEqual(["昌吉回族自治州人民政府关于印发《昌吉州促进新能源产业高质量发展若干措施》的通知"]);
    expect(await titlesOf({ q: "昌州政办发〔2025〕8号" })).toEqual(["昌吉回族自治州人民政府办公室关于印发《昌吉州城镇集中供热管理办法》的通知"]);
    expect(await titlesOf({ q: "供热", validity: "amended" })).toEqual(["昌吉回族自治州人民政府办公室关于印发《昌吉州城镇集中供热管理办法》的通知"]);
    expect(await titlesOf({ q: "100%" })).toEqual([]);
    expect(await titlesOf({ topic: "国防" })).toEqual([]);
  });

  it("ignores malformed parameters and builds the same address back", () => {
    expect(parseLibraryFilter({ topic: "天气", validity: "maybe", year: "26", page: "0", q: ["a", "b"] })).toEqual({ page: 1 });
    const filter = parseLibraryFilter({ q: " 营商 ", issuer: "昌吉回族自治州人民政府", topic: "综合政务", year: "2026", validity: "valid", page: "2" });
    expect(libraryHref(filter, 2)).toBe("/gk/wjk?q=%E8%90%A5%E5%95%86&issuer=%E6%98%8C%E5%90%89%E5%9B%9E%E6%97%8F%E8%87%AA%E6%B2%BB%E5%B7%9E%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&topic=%E7%BB%BC%E5%90%88%E6%94%BF%E5%8A%A1&year=2026&validity=valid&page=2");
    expect(libraryHref({})).toBe("/gk/wjk");
  });

  it("offers the issuers and years that exist, and counts documents by 主题分类 in the national order", async () => {
    const choices = await libraryChoices();
    expect(choices.issuers).toEqual(expect.arrayContaining(["昌吉回族自治州人民政府", "昌吉回族自治州人民政府办公室"]));
    expect(choices.years.slice(-2)).toEqual([2026, 2025].slice(-2));
    const counts = await policyTopicCounts();
    expect(counts[0]).toEqual({ topic: "综合政务", count: expect.any(Number) });
    const { total } = await listPolicyDocuments({});
    const untagged = await db.article.count({ where: { status: "published", category: { isPolicy: true }, topic: null } });
    expect(counts.reduce((sum, row) => sum + row.count, 0)).toBe(total - untagged);
  });
});
