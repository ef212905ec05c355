import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { PRIVACY_POLICY_VERSION } from "@/lib/privacy";
import { makeStaff } from "@/test/staff";

// Integration tests of the staff side of content (lib/content/{articles,attachments,
// categories,pages,schedule}.ts) on a real database. next/cache is Next's, not ours: its
// revalidatePath needs a request, so it is replaced by a recorder here.

const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string, type?: string) => void revalidated.push(type ? `${path} (${type})` : path) }));

const { createArticle, transitionArticle, updateArticle } = await import("./articles");
const { addAttachment, detectAttachmentType, removeAttachment } = await import("./attachments");
const { deleteCategory, saveCategory } = await import("./categories");
const { updatePage } = await import("./pages");
const { getArticle, listArticles } = await import("./queries");
const { articlesDueBetween, revalidateDueArticles } = await import("./schedule");
const { ContentPermissionError } = await import("./permission");

type Staff = Awaited<ReturnType<typeof makeStaff>>;
let editor: Staff;
let handler: Staff;
let categoryId: number;
let policyId: number;
const ip = "198.51.100.7";
const purged = vi.fn();

const input = (overrides: Partial<Parameters<typeof createArticle>[1]> = {}) => ({
  title: "关于开展冬季供暖检查的通知",
  categoryId,
  summary: "",
  body: "## 检查内容\n\n- 供暖温度",
  source: "",
  publishedAt: null,
  docNumber: "",
  validity: "" as const,
  validityNote: "",
  indexNumber: "",
  issuer: "",
  writtenAt: null,
  topic: "" as const,
  ...overrides,
});

async function statusOf(id: number) {
  return (await db.article.findUnique({ where: { id }, select: { status: true } }))?.status;
}

async function newArticle(overrides: Partial<Parameters<typeof createArticle>[1]> = {}) {
  const result = await createArticle(editor, input(overrides), ip);
  if (!result.ok) throw new Error("not created");
  return result.id;
}

async function published(overrides: Partial<Parameters<typeof createArticle>[1]> = {}) {
  const id = await newArticle(overrides);
  await transitionArticle(editor, id, "submit", ip);
  await transitionArticle(editor, id, "publish", ip);
  return id;
}

beforeAll(async () => {
  editor = await makeStaff("editor");
  handler = await makeStaff("handler");
  categoryId = (await db.category.create({ data: { slug: "tzgg", name: "通知公告" }, select: { id: true } })).id;
  policyId = (await db.category.create({ data: { slug: "zcwj", name: "政策文件", isPolicy: true }, select: { id: true } })).id;
  globalThis.__portalPurgePageCache = purged;
});

beforeEach(() => {
  revalidated.length = 0;
  purged.mockClear();
});

describe("workflow", () => {
  it("goes draft -> review -> published -> archived -> draft, and the public site follows", async () => {
    const id = await newArticle();
    expect(await statusOf(id)).toBe("draft");
    expect(await transitionArticle(editor, id, "submit", ip)).toMatchObject({ ok: true, status: "review" });
    expect(revalidated).toEqual([]); // nothing public changed yet
    expect(await transitionArticle(editor, id, "publish", ip)).toEqual({ ok: true, status: "published", scheduled: false });
    expect(await getArticle(id)).not.toBeNull();
    for (const mode of ["std", "elder"]) {
      expect(revalidated).toContain(`/${mode}`);
      expect(revalidated).toContain(`/${mode}/article/${id}`);
      expect(revalidated).toContain(`/${mode}/category/tzgg`);
    }
    expect(purged).toHaveBeenCalled();
    expect(await transitionArticle(editor, id, "archive", ip)).toMatchObject({ ok: true, status: "archived" });
    expect(await getArticle(id)).toBeNull();
    expect(revalidated).toContain(`/elder/article/${id}`);
    expect(await transitionArticle(editor, id, "reopen", ip)).toMatchObject({ ok: true, status: "draft" });
    const audit = await db.auditEntry.findMany({ where: { targetType: "article", targetId: String(id) }, select: { action: true, ip: true }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual([
      "content.article_create",
      "content.article_submit",
      "content.article_publish",
      "content.article_archive",
      "content.article_reopen",
    ]);
    expect(audit.every((entry) => entry.ip === ip)).toBe(true);
  });

  it("refuses transitions the workflow does not have, changing nothing", async () => {
    const id = await newArticle();
    for (const transition of ["publish", "archive", "reopen", "return", "delete"]) {
      expect(await transitionArticle(editor, id, transition, ip)).toEqual({ ok: false, reason: "not_allowed" });
    }
    expect(await statusOf(id)).toBe("draft");
    expect(await transitionArticle(editor, 999_999, "submit", ip)).toEqual({ ok: false, reason: "not_found" });
  });

  it("refuses staff without the content permissions, changing nothing", async () => {
    const id = await newArticle();
    await expect(transitionArticle(handler, id, "submit", ip)).rejects.toBeInstanceOf(ContentPermissionError);
    await expect(createArticle(handler, input(), ip)).rejects.toBeInstanceOf(ContentPermissionError);
    await expect(updateArticle(handler, id, input({ title: "改" }), ip)).rejects.toBeInstanceOf(ContentPermissionError);
    const row = await db.article.findUnique({ where: { id }, select: { status: true, title: true } });
    expect(row).toEqual({ status: "draft", title: input().title });
    expect(await db.auditEntry.count({ where: { actorId: handler.id, action: "access.denied" } })).toBe(3);
  });

  it("an edit of a published article revalidates its pages at once", async () => {
    const id = await published();
    revalidated.length = 0;
    expect(await updateArticle(editor, id, input({ title: "新标题" }), ip)).toEqual({ ok: true, id });
    expect((await getArticle(id))?.title).toBe("新标题");
    expect(revalidated).toContain(`/std/article/${id}`);
  });

  it("keeps policy fields for policy categories only, and a 文号 once", async () => {
    const plain = await newArticle({ docNumber: "昌州政发〔2026〕1号", validity: "valid" });
    expect(await db.article.findUnique({ where: { id: plain }, select: { docNumber: true, validity: true } })).toEqual({ docNumber: null, validity: null });
    expect(await createArticle(editor, input({ categoryId: policyId }), ip)).toEqual({ ok: false, fieldErrors: { validity: ["请选择文件效力"] } });
    const policy = await newArticle({ categoryId: policyId, docNumber: "昌州政发〔2026〕1号", validity: "valid" });
    expect(await db.article.findUnique({ where: { id: policy }, select: { docNumber: true, validity: true } })).toEqual({ docNumber: "昌州政发〔2026〕1号", validity: "valid" });
    expect(await createArticle(editor, input({ categoryId: policyId, docNumber: "昌州政发〔2026〕1号", validity: "valid" }), ip)).toEqual({
      ok: false,
      fieldErrors: { docNumber: ["该文号已被其他文章使用"] },
    });
  });
});

describe("scheduled publishing", () => {
  it("a future publish time keeps the article off the site until then; the timer's check finds it when due", async () => {
    const inAnHour = new Date(Date.now() + 3600_000);
    const id = await newArticle({ title: "定时发布的通知", publishedAt: inAnHour });
    await transitionArticle(editor, id, "submit", ip);
    expect(await transitionArticle(editor, id, "publish", ip)).toEqual({ ok: true, status: "published", scheduled: true });
    expect(await getArticle(id)).toBeNull();
    expect((await listArticles(categoryId, [], 1)).items.map((item) => item.id)).not.toContain(id);
    expect(await articlesDueBetween(new Date(), new Date(Date.now() + 60_000))).not.toContain(id);

    // The publish time comes.
    const due = new Date(Date.now() - 1000);
    await db.article.update({ where: { id }, data: { publishedAt: due }, select: { id: true } });
    expect(await getArticle(id)).not.toBeNull();
    const ids = await articlesDueBetween(new Date(due.getTime() - 60_000), new Date());
    expect(ids).toContain(id);
    revalidated.length = 0;
    expect(await revalidateDueArticles([id])).toBe(1);
    expect(revalidated).toEqual(expect.arrayContaining([`/std/article/${id}`, `/elder/article/${id}`, "/std/category/tzgg", "/elder"]));
    expect(await db.auditEntry.count({ where: { action: "content.article_due", targetId: String(id) } })).toBe(1);
  });

  it("publishing without a publish time publishes now", async () => {
    const id = await published();
    const row = await db.article.findUnique({ where: { id }, select: { publishedAt: true } });
    expect(Math.abs(row!.publishedAt!.getTime() - Date.now())).toBeLessThan(10_000);
  });
});

describe("categories", () => {
  it("creates, renames, reorders and sets a parent; the whole site is revalidated", async () => {
    const created = await saveCategory(editor, null, { name: "部门动态", slug: "bmdt", description: "", parentId: null, sortOrder: 3, isPolicy: false, commentsEnabled: false }, ip);
    if (!created.ok) throw new Error("not created");
    expect(revalidated).toContain("/[mode] (layout)");
    const moved = await saveCategory(editor, created.id, { name: "部门工作动态", slug: "bmdt", description: "", parentId: categoryId, sortOrder: 1, isPolicy: false, commentsEnabled: false }, ip);
    expect(moved).toEqual({ ok: true, id: created.id });
    expect(await db.category.findUnique({ where: { id: created.id }, select: { name: true, parentId: true, sortOrder: true } })).toEqual({ name: "部门工作动态", parentId: categoryId, sortOrder: 1 });
    // Two levels only: the parent of tzgg cannot be its own child.
    expect(await saveCategory(editor, categoryId, { name: "通知公告", slug: "tzgg", description: "", parentId: created.id, sortOrder: 0, isPolicy: false, commentsEnabled: false }, ip)).toMatchObject({ ok: false });
    expect(await saveCategory(editor, null, { name: "重复", slug: "bmdt", description: "", parentId: null, sortOrder: 0, isPolicy: false, commentsEnabled: false }, ip)).toEqual({ ok: false, fieldErrors: { slug: ["该栏目标识已被使用"] } });
    expect(await deleteCategory(editor, categoryId, ip)).toEqual({ ok: false, reason: "has_articles" });
    expect(await deleteCategory(editor, created.id, ip)).toEqual({ ok: true });
  });

  it("cannot delete a category that has articles", async () => {
    const { id } = await db.category.create({ data: { slug: "full", name: "有文章" }, select: { id: true } });
    await newArticle({ categoryId: id });
    expect(await deleteCategory(editor, id, ip)).toEqual({ ok: false, reason: "has_articles" });
    expect(await db.category.count({ where: { id } })).toBe(1);
    await expect(deleteCategory(handler, id, ip)).rejects.toBeInstanceOf(ContentPermissionError);
  });
});

describe("attachments", () => {
  const pdf = new Uint8Array(Buffer.from("%PDF-1.4\n%...\n"));
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);

  it("decides the type by the bytes, and the name must agree", () => {
    expect(detectAttachmentType("通知.pdf", pdf)?.mimeType).toBe("application/pdf");
    expect(detectAttachmentType("图.PNG", png)?.mimeType).toBe("image/png");
    expect(detectAttachmentType("通知.pdf", png)).toBeNull();
    expect(detectAttachmentType("脚本.html", new Uint8Array(Buffer.from("<script>")))).toBeNull();
    expect(detectAttachmentType("伪装.docx", new Uint8Array(Buffer.from("PK\u0003\u0004 not office")))).toBeNull();
    expect(detectAttachmentType("表.docx", new Uint8Array(Buffer.from("PK\u0003\u0004....word/document.xml")))?.extension).toBe("docx");
  });

  it("stores an accepted file in UPLOAD_DIR, refuses others, and removes it again", async () => {
    const id = await published();
    const refused = await addAttachment(editor, id, { name: "通知.pdf", bytes: png }, ip);
    expect(refused).toMatchObject({ ok: false });
    expect(await addAttachment(editor, id, { name: "大.pdf", bytes: new Uint8Array(20 * 1024 * 1024 + 1) }, ip)).toEqual({ ok: false, error: "文件不能超过 20 MB" });
    expect(await db.attachment.count({ where: { articleId: id } })).toBe(0);

    const added = await addAttachment(editor, id, { name: "C:\\材料\\通\u202E\u200B知.pdf", bytes: pdf }, ip);
    if (!added.ok) throw new Error(added.error);
    const row = await db.attachment.findUnique({ where: { id: added.id }, select: { fileName: true, storageKey: true, mimeType: true } });
    expect(row).toMatchObject({ fileName: "通知.pdf", mimeType: "application/pdf" });
    const file = path.resolve(process.env.UPLOAD_DIR!, row!.storageKey);
    expect(existsSync(file)).toBe(true);
    expect(revalidated).toContain(`/std/article/${id}`);

    await expect(removeAttachment(handler, added.id, ip)).rejects.toBeInstanceOf(ContentPermissionError);
    expect(await removeAttachment(editor, added.id, ip)).toEqual({ ok: true, articleId: id });
    expect(existsSync(file)).toBe(false);
    expect(await db.auditEntry.count({ where: { action: { in: ["content.attachment_add", "content.attachment_remove"] }, outcome: "success" } })).toBe(2);
  });
});

describe("static pages", () => {
  beforeAll(async () => {
    await db.page.createMany({
      data: [
        { slug: "about", title: "关于本站", body: "旧" },
        { slug: "privacy", title: "隐私保护", body: `版本：${PRIVACY_POLICY_VERSION}\n\n文本` },
      ],
    });
  });

  it("saves a page and revalidates it in both modes", async () => {
    expect(await updatePage(editor, "about", { title: "关于本站", body: "新的说明" }, ip)).toEqual({ ok: true });
    expect(revalidated).toEqual(expect.arrayContaining(["/std/about", "/elder/about"]));
    expect(await updatePage(editor, "nope", { title: "x", body: "y" }, ip)).toEqual({ ok: false, notFound: true });
  });

  it("keeps the privacy policy's version line, so start-up does not overwrite the edit", async () => {
    expect(await updatePage(editor, "privacy", { title: "隐私保护", body: "版本：2020-01-01.1\n\n改" }, ip)).toMatchObject({ ok: false });
    const body = `版本：${PRIVACY_POLICY_VERSION}\n\n工作人员修改的文本`;
    expect(await updatePage(editor, "privacy", { title: "隐私保护", body }, ip)).toEqual({ ok: true });
    const { syncPrivacyPolicy } = await import("@/prisma/seed");
    expect(await syncPrivacyPolicy(db)).toBe(false);
    expect((await db.page.findUnique({ where: { slug: "privacy" }, select: { body: true } }))?.body).toBe(body);
  });
});

describe("the scheduled-publishing endpoint", () => {
  it("answers only requests carrying this process's token", async () => {
    const { POST } = await import("@/app/api/content/due/route");
    const { INTERNAL_TOKEN_HEADER } = await import("./schedule");
    const call = (token?: string) =>
      POST(new Request("http://localhost/api/content/due", { method: "POST", headers: token ? { [INTERNAL_TOKEN_HEADER]: token } : {}, body: JSON.stringify({ ids: [] }) }));
    globalThis.__portalInternalToken = undefined;
    expect((await call("anything")).status).toBe(404);
    globalThis.__portalInternalToken = "a".repeat(64);
    expect((await call()).status).toBe(404);
    expect((await call("b".repeat(64))).status).toBe(404);
    expect((await call("a".repeat(64))).status).toBe(200);
    globalThis.__portalInternalToken = undefined;
  });
});
