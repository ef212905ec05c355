import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { makeResident } from "@/test/accounts";
import { makeStaff } from "@/test/staff";

const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

const { commentSchema, COMMENTS_PER_HOUR, RATE_LIMITED_MESSAGE, CLOSED_MESSAGE } = await import("./fields");
const { submitComment, reportComment } = await import("./submit");
const { approveComment, rejectComment, moderationQueue, pendingCommentCount, addReason } = await import("./moderation");
const { commentSection, commentsOfAuthor } = await import("./public");
const { addSensitiveWord, removeSensitiveWord, findSensitiveWords, highlightSegments, normalizeWord } = await import("./words");
const { articleCommentsOpen } = await import("./subjects");
const { exportAccount, eraseAccount } = await import("@/lib/accounts/accounts");
await import("@/lib/accounts/sources");

const ip = "198.51.100.7";
let openArticle: number;
let closedArticle: number;
let resident: Awaited<ReturnType<typeof makeResident>>;
let moderator: Awaited<ReturnType<typeof makeStaff>>;
let editor: Awaited<ReturnType<typeof makeStaff>>;
let reasonId: number;

const input = (body: string, subjectId = openArticle) => commentSchema.parse({ subjectKind: "article", subjectId: String(subjectId), body });

beforeAll(async () => {
  const enabled = await db.category.create({ data: { slug: "zcjd", name: "政策解读", commentsEnabled: true }, select: { id: true } });
  const plain = await db.category.create({ data: { slug: "tzgg", name: "通知公告" }, select: { id: true } });
  const published = { status: "published", publishedAt: new Date(Date.now() - 3_600_000) };
  openArticle = (await db.article.create({ data: { categoryId: enabled.id, title: "解读", body: "正文", ...published }, select: { id: true } })).id;
  closedArticle = (await db.article.create({ data: { categoryId: enabled.id, title: "关闭评论的解读", body: "正文", comments: "off", ...published }, select: { id: true } })).id;
  await db.article.create({ data: { categoryId: plain.id, title: "通知", body: "正文", ...published }, select: { id: true } });
  resident = await makeResident({ name: "张三丰" });
  moderator = await makeStaff("moderator");
  editor = await makeStaff("editor");
  await db.sensitiveWord.createMany({ data: [{ word: "赌博" }, { word: "abc" }] });
  reasonId = (await db.moderationReason.create({ data: { text: "含有广告或推销信息" }, select: { id: true } })).id;
});

describe("settings", () => {
  it("an article follows its category unless it says on or off", () => {
    expect([articleCommentsOpen("inherit", true), articleCommentsOpen("inherit", false), articleCommentsOpen("on", false), articleCommentsOpen("off", true)]).toEqual([true, false, true, false]);
  });

  it("refuses a comment on an article whose comments are off", async () => {
    expect(await submitComment(resident, input("你好", closedArticle))).toEqual({ ok: false, fieldErrors: {}, formError: CLOSED_MESSAGE });
  });

  it("validates the body: 1 to 500 characters after trimming", () => {
    expect(commentSchema.safeParse({ subjectKind: "article", subjectId: "1", body: "   " }).success).toBe(false);
    expect(commentSchema.safeParse({ subjectKind: "article", subjectId: "1", body: "字".repeat(501) }).error?.issues[0]?.message).toBe("评论内容最多 500 个字符");
    expect(commentSchema.safeParse({ subjectKind: "consultation", subjectId: "1", body: "好" }).success).toBe(true);
    expect(commentSchema.safeParse({ subjectKind: "letter", subjectId: "1", body: "好" }).success).toBe(false);
  });
});

describe("sensitive words", () => {
  it("match after NFKC, lower-casing and without spaces: full-width and spaced variants too", () => {
    expect(normalizeWord(" ＡＢＣ ")).toBe("abc");
    expect(findSensitiveWords("网上ＡＢＣ平台", ["abc"])).toEqual(["abc"]);
    expect(findSensitiveWords("a b c", ["abc"])).toEqual(["abc"]);
    expect(findSensitiveWords("组织 赌 博", ["赌博", "传销"])).toEqual(["赌博"]);
    expect(findSensitiveWords("没有问题", ["赌博"])).toEqual([]);
  });

  it("highlights the original characters of a match", () => {
    expect(highlightSegments("看ＡＢＣ吧", ["abc"])).toEqual([
      { text: "看", hit: false },
      { text: "ＡＢＣ", hit: true },
      { text: "吧", hit: false },
    ]);
    expect(highlightSegments("招人刷 单。", ["刷单"])).toEqual([
      { text: "招人", hit: false },
      { text: "刷 单", hit: true },
      { text: "。", hit: false },
    ]);
  });

  it("flags a comment in the queue without rejecting it", async () => {
    const result = await submitComment(resident, input("有人在群里组织ＡＢＣ和赌 博"));
    expect(result).toMatchObject({ ok: true, flagged: ["abc", "赌博"] });
    const queue = await moderationQueue();
    const entry = queue.pending.find((comment) => comment.id === (result.ok ? result.id : 0));
    expect(entry).toMatchObject({ status: "pending", flagged: ["abc", "赌博"], author: "张**" });
  });

  it("the list is edited by moderators only, audited, and stored normalized", async () => {
    expect(await addSensitiveWord(moderator, { word: "ＴＥＳＴ" }, ip)).toEqual({ ok: true });
    expect(await addSensitiveWord(moderator, { word: "test" }, ip)).toEqual({ ok: false, fieldErrors: { word: ["该敏感词已在列表中"] } });
    await expect(addSensitiveWord(editor, { word: "其他" }, ip)).rejects.toThrow();
    const stored = await db.sensitiveWord.findUniqueOrThrow({ where: { word: "test" }, select: { id: true } });
    expect(await removeSensitiveWord(moderator, stored.id, ip)).toBe(true);
    const audit = await db.auditEntry.findMany({ where: { action: { in: ["comment.word_add", "comment.word_remove"] } }, select: { action: true, actorId: true, ip: true } });
    expect(audit).toEqual([
      { action: "comment.word_add", actorId: moderator.id, ip },
      { action: "comment.word_remove", actorId: moderator.id, ip },
    ]);
    expect(await db.auditEntry.count({ where: { action: "access.denied", actorId: editor.id } })).toBe(1);
  });
});

describe("moderation", () => {
  it("pending -> approved appears on the page, with the masked name; markup stays text", async () => {
    const body = '<script>alert(1)</script> <b>好</b>';
    const result = await submitComment(resident, input(body));
    if (!result.ok) throw new Error("not submitted");
    expect((await commentSection("article", openArticle)).comments.map((comment) => comment.id)).not.toContain(result.id);
    expect(await pendingCommentCount()).toBeGreaterThan(0);
    revalidated.length = 0;
    expect(await approveComment(moderator, result.id, ip)).toEqual({ ok: true });
    expect(revalidated).toContain(`/std/article/${openArticle}`);
    expect(revalidated).toContain(`/elder-signed-in/article/${openArticle}`);
    const shown = (await commentSection("article", openArticle)).comments.find((comment) => comment.id === result.id);
    expect(shown).toMatchObject({ author: "张**", body });
    // Decided once: a second decision finds nothing pending.
    expect(await approveComment(moderator, result.id, ip)).toMatchObject({ ok: false });
    expect(await rejectComment(moderator, { commentId: result.id, reasonId, note: "" }, ip)).toMatchObject({ ok: false });
    expect(await db.auditEntry.count({ where: { action: "comment.approve", targetId: String(result.id) } })).toBe(1);
  });

  it("pending -> rejected never appears; the writer sees the reason", async () => {
    const result = await submitComment(resident, input("广告：优惠办理"));
    if (!result.ok) throw new Error("not submitted");
    expect(await rejectComment(moderator, { commentId: result.id, reasonId, note: "请勿发布广告" }, ip)).toEqual({ ok: true });
    expect((await commentSection("article", openArticle)).comments.map((comment) => comment.id)).not.toContain(result.id);
    const mine = (await commentsOfAuthor(resident.id)).find((comment) => comment.id === result.id);
    expect(mine).toMatchObject({ status: "rejected", statusLabel: "未通过", rejectionReason: "含有广告或推销信息（请勿发布广告）", subjectTitle: "解读" });
    expect(await rejectComment(moderator, { commentId: result.id, reasonId: 999_999, note: "" }, ip)).toEqual({ ok: false, fieldErrors: { reasonId: ["请选择驳回理由"] } });
  });

  it("only moderators and admins decide; a refusal is audited and changes nothing", async () => {
    const result = await submitComment(resident, input("普通评论"));
    if (!result.ok) throw new Error("not submitted");
    await expect(approveComment(editor, result.id, ip)).rejects.toThrow();
    await expect(approveComment(resident, result.id, ip)).rejects.toThrow();
    expect((await db.comment.findUniqueOrThrow({ where: { id: result.id }, select: { status: true } })).status).toBe("pending");
    expect(await approveComment(await makeStaff("admin"), result.id, ip)).toEqual({ ok: true });
  });

  it("a report returns a published comment to the queue, once per reader", async () => {
    const reader = await makeResident();
    const result = await submitComment(resident, input("将被举报的评论"));
    if (!result.ok) throw new Error("not submitted");
    expect(await reportComment(reader, result.id)).toEqual({ ok: false, formError: "这条评论已不在公开列表中" });
    await approveComment(moderator, result.id, ip);
    revalidated.length = 0;
    expect(await reportComment(reader, result.id)).toEqual({ ok: true });
    expect(revalidated).toContain(`/std/article/${openArticle}`);
    expect((await commentSection("article", openArticle)).comments.map((comment) => comment.id)).not.toContain(result.id);
    const entry = (await moderationQueue()).pending.find((comment) => comment.id === result.id);
    expect(entry).toMatchObject({ reported: true, reportCount: 1 });
    expect((await moderationQueue()).pending[0]?.reported).toBe(true);
    await approveComment(moderator, result.id, ip);
    expect(await reportComment(reader, result.id)).toEqual({ ok: false, formError: "您已举报过这条评论" });
    const after = await db.comment.findUniqueOrThrow({ where: { id: result.id }, select: { status: true, reportedAt: true, reportCount: true } });
    expect(after).toEqual({ status: "approved", reportedAt: null, reportCount: 1 });
  });

  it("template reasons are data, unique, and audited", async () => {
    expect(await addReason(moderator, { text: "与文章内容无关" }, ip)).toEqual({ ok: true });
    expect(await addReason(moderator, { text: "与文章内容无关" }, ip)).toEqual({ ok: false, fieldErrors: { text: ["该理由已在列表中"] } });
    expect(await db.auditEntry.count({ where: { action: "comment.reason_add" } })).toBe(1);
  });
});

describe("limits", () => {
  it(`at most ${COMMENTS_PER_HOUR} comments per resident per hour, also when sent at once`, async () => {
    const writer = await makeResident();
    const now = new Date();
    const results = await Promise.all(Array.from({ length: COMMENTS_PER_HOUR + 3 }, (_, index) => submitComment(writer, input(`第 ${index} 条`), now)));
    expect(results.filter((result) => result.ok)).toHaveLength(COMMENTS_PER_HOUR);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, fieldErrors: {}, formError: RATE_LIMITED_MESSAGE });
    expect(await db.comment.count({ where: { authorId: writer.id } })).toBe(COMMENTS_PER_HOUR);
    // An hour later the window has moved on.
    expect(await submitComment(writer, input("一小时后"), new Date(now.getTime() + 3_600_001))).toMatchObject({ ok: true });
  });
});

describe("account", () => {
  it("export includes the comments and reports; deletion deletes them and refreshes the page", async () => {
    const writer = await makeResident({ name: "李四" });
    const result = await submitComment(writer, input("注销前的评论"));
    if (!result.ok) throw new Error("not submitted");
    await approveComment(moderator, result.id, ip);
    const exported = await exportAccount(writer);
    expect(exported?.submissions.comments).toEqual([expect.objectContaining({ type: "comment", body: "注销前的评论", status: "approved" })]);
    revalidated.length = 0;
    const email = (await db.user.findUniqueOrThrow({ where: { id: writer.id }, select: { email: true } })).email;
    const cleanUps = await db.$transaction((tx) => eraseAccount(tx, writer.id, email));
    for (const cleanUp of cleanUps) await cleanUp();
    expect(await db.comment.count({ where: { authorId: writer.id } })).toBe(0);
    expect(revalidated).toContain(`/std/article/${openArticle}`);
  });
});
