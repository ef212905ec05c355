import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { STAFF_ROLES } from "@/lib/auth/permissions";
import { makeResident } from "@/test/accounts";
import { fakeRequest, requestHeaders } from "@/test/next-request";
import { makeStaff } from "@/test/staff";

// The comment section's actions as the browser reaches them, and who may use them: residents
// comment and report; anonymous readers are sent to sign in; staff accounts are refused.

const jar = fakeRequest.cookies;
vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
fakeRequest.headers = requestHeaders({ host: "localhost:3000", origin: "http://localhost:3000" }, "198.51.100.4");
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";

const { issueSessionCookie, safeNext } = await import("@/lib/auth/current");
const { submitCommentAction, reportCommentAction } = await import("./actions");
const { CommentSection } = await import("@/components/comments/CommentSection");
const { commentSection } = await import("@/lib/comments/public");

async function outcome(work: () => Promise<unknown>): Promise<unknown> {
  try {
    return await work();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2]?.startsWith("/login") ? "login" : digest;
    if (digest.includes(";403")) return "403";
    throw error;
  }
}

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

let article: { id: number };
beforeAll(async () => {
  const category = await db.category.create({ data: { slug: "zcjd", name: "政策解读", commentsEnabled: true }, select: { id: true } });
  article = await db.article.create({ data: { categoryId: category.id, title: "解读", body: "正文", status: "published", publishedAt: new Date(Date.now() - 60_000) }, select: { id: true } });
});

describe("submit", () => {
  it("a resident's comment waits for moderation; anonymous readers sign in; staff are refused", async () => {
    const resident = await makeResident();
    const fields = { subjectKind: "article", subjectId: String(article.id), body: "<b>建议</b>延长办理时间" };
    jar.clear();
    expect(await outcome(() => submitCommentAction({ status: "idle" }, form(fields)))).toBe("login");
    for (const role of STAFF_ROLES) {
      jar.clear();
      await issueSessionCookie(await makeStaff(role));
      expect([role, await outcome(() => submitCommentAction({ status: "idle" }, form(fields)))]).toEqual([role, "403"]);
    }
    jar.clear();
    await issueSessionCookie({ id: resident.id, sessionVersion: 0 });
    expect(await submitCommentAction({ status: "idle" }, form(fields))).toEqual({ status: "success", message: "评论已提交，审核通过后显示" });
    expect(await db.comment.findMany({ select: { authorId: true, body: true, status: true } })).toEqual([{ authorId: resident.id, body: "<b>建议</b>延长办理时间", status: "pending" }]);
  });

  it("an empty or too long comment comes back with the error and what was typed", async () => {
    jar.clear();
    await issueSessionCookie({ id: (await makeResident()).id, sessionVersion: 0 });
    expect(await submitCommentAction({ status: "idle" }, form({ subjectKind: "article", subjectId: String(article.id), body: "  " }))).toMatchObject({
      status: "error",
      fieldErrors: { body: ["请填写评论内容"] },
    });
    const long = "长".repeat(501);
    expect(await submitCommentAction({ status: "idle" }, form({ subjectKind: "article", subjectId: String(article.id), body: long }))).toMatchObject({
      status: "error",
      fieldErrors: { body: ["评论内容最多 500 个字符"] },
      values: { body: long.slice(0, 500) },
    });
  });
});

it("the sign-in link returns to the article, and to nothing else of its shape", () => {
  expect(safeNext("/article/12")).toBe("/article/12");
  for (const next of ["/article/0", "/article/12/x", "/article/12?x=1", "//evil.example/article/1", "/articles/1"]) expect([next, safeNext(next)]).toEqual([next, "/account"]);
  expect(safeNext("/mailbox/write")).toBe("/mailbox/write");
});

describe("the section on the page", () => {
  it("shows approved comments as text with the masked name; the form only in the signed-in variant", async () => {
    const writer = await makeResident({ name: "王小明" });
    await db.comment.create({ data: { subjectKind: "article", subjectId: article.id, authorId: writer.id, body: "<script>alert(1)</script>", status: "approved" }, select: { id: true } });
    const section = await commentSection("article", article.id);
    const subject = { kind: "article", id: article.id, path: `/article/${article.id}` };
    const anonymous = renderToStaticMarkup(CommentSection({ subject, ...section, signedIn: false }));
    expect(anonymous).toContain("王**");
    expect(anonymous).not.toContain("王小明");
    expect(anonymous).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(anonymous).toContain(`/login?next=${encodeURIComponent(`/article/${article.id}`)}`);
    expect(anonymous).not.toContain("<textarea");
    const signedIn = renderToStaticMarkup(CommentSection({ subject, ...section, signedIn: true }));
    expect(signedIn).toContain("<textarea");
    expect(signedIn).toContain("举报");
  });

  it("a report takes the comment off the page", async () => {
    const writer = await makeResident();
    const comment = await db.comment.create({ data: { subjectKind: "article", subjectId: article.id, authorId: writer.id, body: "可能不当的评论", status: "approved" }, select: { id: true } });
    jar.clear();
    expect(await outcome(() => reportCommentAction({ status: "idle" }, form({ commentId: String(comment.id) })))).toBe("login");
    await issueSessionCookie({ id: (await makeResident()).id, sessionVersion: 0 });
    expect(await reportCommentAction({ status: "idle" }, form({ commentId: String(comment.id) }))).toEqual({ status: "success", message: "举报已收到，该评论将重新审核" });
    expect((await commentSection("article", article.id)).comments.map((shown) => shown.id)).not.toContain(comment.id);
  });
});
