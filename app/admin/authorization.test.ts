import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { STAFF_ROLES } from "@/lib/auth/permissions";
import { makeResident } from "@/test/accounts";
import { makeStaff } from "@/test/staff";
import { fakeRequest } from "@/test/next-request";

// The authorization matrix of /admin: every route (layout and page) and every action, tried
// as anonymous, resident and each staff role. "login" = redirect to /login, "403" =
// forbidden, "ok" = rendered or done. A refused action changes nothing.

const jar = fakeRequest.cookies;
vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders);
// revalidatePath needs Next's request context; the content actions call it after a change.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
fakeRequest.headers = new Headers({ host: "localhost:3000", origin: "http://localhost:3000", "x-forwarded-for": "198.51.100.4" });
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";

const { issueSessionCookie } = await import("@/lib/auth/current");
const { default: AdminLayout } = await import("./layout");
const { default: AdminDashboard } = await import("./page");
const { default: AuditPage } = await import("./audit/page");
const { default: AdminUserPage } = await import("./users/[id]/page");
const { endSessionsAction } = await import("./actions");
const { default: ContentListPage } = await import("./content/page");
const { default: NewArticlePage } = await import("./content/new/page");
const { default: EditArticlePage } = await import("./content/[id]/page");
const { default: CategoriesPage } = await import("./content/categories/page");
const { default: EditCategoryPage } = await import("./content/categories/[id]/page");
const { default: PagesPage } = await import("./content/pages/page");
const { default: EditPagePage } = await import("./content/pages/[slug]/page");
const content = await import("./content/actions");

type Outcome = "ok" | "login" | "403" | string;

async function outcome(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    await work();
    return "ok";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.includes(";403")) return "403";
    if (digest.startsWith("NEXT_REDIRECT")) {
      const url = digest.split(";")[2] ?? "";
      return url.startsWith("/login") ? "login" : url;
    }
    throw error;
  }
}

const WHO = ["anonymous", "resident", ...STAFF_ROLES] as const;
type Who = (typeof WHO)[number];

let target: { id: number };
let category: { id: number };
let article: { id: number };
const actors = new Map<Who, { id: number; sessionVersion: number } | null>();

beforeAll(async () => {
  target = await makeResident({ email: "target@example.com" });
  actors.set("anonymous", null);
  const resident = await makeResident();
  actors.set("resident", { id: resident.id, sessionVersion: 0 });
  for (const role of STAFF_ROLES) actors.set(role, await makeStaff(role));
  category = await db.category.create({ data: { slug: "tzgg", name: "通知公告" }, select: { id: true } });
  article = await db.article.create({ data: { categoryId: category.id, title: "通知", body: "正文" }, select: { id: true } });
  await db.page.create({ data: { slug: "about", title: "关于本站", body: "说明" }, select: { slug: true } });
});

async function signInAs(who: Who) {
  jar.clear();
  const actor = actors.get(who);
  if (actor) await issueSessionCookie(actor);
}

const search = Promise.resolve({});
const routes: Record<string, () => Promise<unknown>> = {
  "/admin (layout)": () => AdminLayout({ children: null }),
  "/admin": () => AdminDashboard({ searchParams: search }),
  "/admin/audit": () => AuditPage({ searchParams: search }),
  "/admin/users/[id]": () => AdminUserPage({ params: Promise.resolve({ id: String(target.id) }), searchParams: search }),
  "/admin/content": () => ContentListPage({ searchParams: search }),
  "/admin/content/new": () => NewArticlePage(),
  "/admin/content/[id]": () => EditArticlePage({ params: Promise.resolve({ id: String(article.id) }), searchParams: search }),
  "/admin/content/categories": () => CategoriesPage({ searchParams: search }),
  "/admin/content/categories/[id]": () => EditCategoryPage({ params: Promise.resolve({ id: String(category.id) }) }),
  "/admin/content/pages": () => PagesPage(),
  "/admin/content/pages/[slug]": () => EditPagePage({ params: Promise.resolve({ slug: "about" }), searchParams: search }),
};

const contentRoles: Record<Who, Outcome> = { anonymous: "login", resident: "403", admin: "ok", editor: "ok", handler: "403", moderator: "403" };

const expected: Record<string, Record<Who, Outcome>> = {
  "/admin (layout)": { anonymous: "login", resident: "403", admin: "ok", editor: "ok", handler: "ok", moderator: "ok" },
  "/admin": { anonymous: "login", resident: "403", admin: "ok", editor: "ok", handler: "ok", moderator: "ok" },
  "/admin/audit": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "403" },
  "/admin/users/[id]": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "403" },
  ...Object.fromEntries(Object.keys(routes).filter((route) => route.startsWith("/admin/content")).map((route) => [route, contentRoles])),
};

beforeEach(() => jar.clear());

describe("routes", () => {
  for (const [route, run] of Object.entries(routes)) {
    it(`${route}: anonymous, resident and each role`, async () => {
      const actual: Record<string, Outcome> = {};
      for (const who of WHO) {
        await signInAs(who);
        actual[who] = await outcome(run);
      }
      expect(actual).toEqual(expected[route]);
    });
  }
});

describe("actions", () => {
  it("end all sessions: only the admin, and a refusal changes nothing", async () => {
    for (const who of WHO) {
      await db.userSession.deleteMany({ where: { userId: target.id } });
      await db.userSession.create({
        data: { id: `s-${who}`, userId: target.id, createdAt: new Date(), lastSeenAt: new Date(), expiresAt: new Date(Date.now() + 3600_000) },
        select: { id: true },
      });
      const before = await db.user.findUnique({ where: { id: target.id }, select: { sessionVersion: true } });
      await signInAs(who);
      const form = new FormData();
      form.set("userId", String(target.id));
      const result = await outcome(() => endSessionsAction({ status: "idle" }, form));
      const after = await db.user.findUnique({ where: { id: target.id }, select: { sessionVersion: true } });
      const sessions = await db.userSession.count({ where: { userId: target.id } });
      if (who === "admin") {
        expect(result).toBe(`/admin/users/${target.id}?sessionsEnded=1`);
        expect([after!.sessionVersion, sessions]).toEqual([before!.sessionVersion + 1, 0]);
      } else {
        expect([who, result]).toEqual([who, who === "anonymous" ? "login" : "403"]);
        expect([after!.sessionVersion, sessions]).toEqual([before!.sessionVersion, 1]);
      }
    }
  });

  // Each content action as each person: admin and editor change something and are redirected
  // back to the console; everyone else is refused and nothing changes.
  const form = (fields: Record<string, string | File>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };
  const pdf = () => new File([Buffer.from("%PDF-1.4\n")], "通知.pdf", { type: "application/pdf" });
  const articleFields = { title: "新文章", categoryId: "", summary: "", body: "正文", source: "", publishedAt: "", docNumber: "", validity: "", validityNote: "" };
  const contentActions: Record<string, (who: Who) => Promise<{ run: () => Promise<unknown>; state: () => Promise<unknown>; redirect: RegExp }>> = {
    "create article": async (who) => ({
      run: () => content.saveArticleAction({ status: "idle" }, form({ ...articleFields, categoryId: String(category.id), title: `新文章 ${who}` })),
      state: () => db.article.count({ where: { title: `新文章 ${who}` } }),
      redirect: /^\/admin\/content\/\d+\?saved=1$/,
    }),
    "preview article": async () => ({
      run: async () => {
        const result = await content.saveArticleAction({ status: "idle" }, form({ ...articleFields, intent: "preview", body: "## 小标题" }));
        if (result.status !== "success" || !result.data?.preview.includes("<h2>小标题</h2>")) throw new Error("no preview");
      },
      state: () => db.article.count(),
      redirect: /^$/,
    }),
    "submit for review": async () => {
      const { id } = await db.article.create({ data: { categoryId: category.id, title: "草稿", body: "正文" }, select: { id: true } });
      return {
        run: () => content.transitionArticleAction({ status: "idle" }, form({ id: String(id), transition: "submit" })),
        state: async () => (await db.article.findUnique({ where: { id }, select: { status: true } }))?.status,
        redirect: new RegExp(`^/admin/content/${id}\\?done=submit$`),
      };
    },
    publish: async () => {
      const { id } = await db.article.create({ data: { categoryId: category.id, title: "待审", body: "正文", status: "review" }, select: { id: true } });
      return {
        run: () => content.transitionArticleAction({ status: "idle" }, form({ id: String(id), transition: "publish" })),
        state: async () => (await db.article.findUnique({ where: { id }, select: { status: true } }))?.status,
        redirect: new RegExp(`^/admin/content/${id}\\?done=publish$`),
      };
    },
    archive: async () => {
      const { id } = await db.article.create({ data: { categoryId: category.id, title: "已发布", body: "正文", status: "published", publishedAt: new Date() }, select: { id: true } });
      return {
        run: () => content.transitionArticleAction({ status: "idle" }, form({ id: String(id), transition: "archive" })),
        state: async () => (await db.article.findUnique({ where: { id }, select: { status: true } }))?.status,
        redirect: new RegExp(`^/admin/content/${id}\\?done=archive$`),
      };
    },
    "upload attachment": async () => ({
      run: () => content.uploadAttachmentAction({ status: "idle" }, form({ articleId: String(article.id), file: pdf() })),
      state: () => db.attachment.count({ where: { articleId: article.id } }),
      redirect: /\?uploaded=1#attachments$/,
    }),
    "remove attachment": async (who) => {
      const { id } = await db.attachment.create({
        data: { articleId: article.id, fileName: "a.pdf", storageKey: `attachments/auth-${who}.pdf`, mimeType: "application/pdf", size: 1 },
        select: { id: true },
      });
      return {
        run: () => content.removeAttachmentAction({ status: "idle" }, form({ attachmentId: String(id) })),
        state: () => db.attachment.count({ where: { id } }),
        redirect: /\?removed=1#attachments$/,
      };
    },
    "create category": async (who) => ({
      run: () => content.saveCategoryAction({ status: "idle" }, form({ id: "", name: `栏目 ${who}`, slug: `c-${who}`, description: "", parentId: "", sortOrder: "1" })),
      state: () => db.category.count(),
      redirect: /^\/admin\/content\/categories\?saved=\d+$/,
    }),
    "delete category": async (who) => {
      const { id } = await db.category.create({ data: { slug: `empty-${who}`, name: "空栏目" }, select: { id: true } });
      return {
        run: () => content.deleteCategoryAction({ status: "idle" }, form({ id: String(id) })),
        state: () => db.category.count({ where: { id } }),
        redirect: /^\/admin\/content\/categories\?deleted=1$/,
      };
    },
    "edit page": async (who) => ({
      run: () => content.savePageAction({ status: "idle" }, form({ slug: "about", title: "关于本站", body: `由 ${who} 修改` })),
      state: async () => (await db.page.findUnique({ where: { slug: "about" }, select: { body: true } }))?.body,
      redirect: /^\/admin\/content\/pages\/about\?saved=1$/,
    }),
  };

  for (const [name, setUp] of Object.entries(contentActions)) {
    it(`content: ${name}: admin and editor only, and a refusal changes nothing`, async () => {
      for (const who of WHO) {
        const action = await setUp(who);
        const before = await action.state();
        await signInAs(who);
        const result = await outcome(action.run);
        const after = await action.state();
        if (who === "admin" || who === "editor") {
          if (result !== "ok") expect([who, result]).toEqual([who, expect.stringMatching(action.redirect)]);
          if (name !== "preview article") expect([who, after]).not.toEqual([who, before]);
        } else {
          expect([who, result]).toEqual([who, who === "anonymous" ? "login" : "403"]);
          expect([who, after]).toEqual([who, before]);
        }
      }
    });
  }

  it("writes refused accesses of signed-in people to the audit log, with the IP for staff only", async () => {
    const denied = await db.auditEntry.findMany({ where: { action: "access.denied" }, select: { actorRole: true, targetId: true, ip: true } });
    expect(denied.length).toBeGreaterThan(0);
    for (const entry of denied) expect(entry.ip).toBe(entry.actorRole === "resident" ? null : "198.51.100.4");
    expect(denied.some((entry) => entry.actorRole === "editor" && entry.targetId === "read:audit:any")).toBe(true);
  });
});

it("sends a staff member whose password is due to the password change first", async () => {
  const editor = await makeStaff("editor", { passwordChangedAt: new Date(Date.now() - 100 * 24 * 3600_000) });
  jar.clear();
  await issueSessionCookie(editor);
  expect(await outcome(() => AdminDashboard({ searchParams: search }))).toBe("/account/password?expired=1");
});
