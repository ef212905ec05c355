import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { STAFF_ROLES } from "@/lib/auth/permissions";
import { makeResident } from "@/test/accounts";
import { makeStaff } from "@/test/staff";
import { fakeRequest, requestHeaders } from "@/test/next-request";
import { addMember, makeDepartment, makeLetter } from "@/test/mailbox";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// The authorization matrix of /admin: every route (layout and page) and every action, tried
// as anonymous, resident and each staff role. "login" = redirect to /login, "403" =
// forbidden, "ok" = rendered or done. A refused action changes nothing.

const jar = fakeRequest.cookies;
vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders);
const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));
fakeRequest.headers = requestHeaders({ host: "localhost:3000", origin: "http://localhost:3000" }, "198.51.100.4");
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";

const { issueSessionCookie } = await import("@/lib/auth/current");
const { default: AdminLayout } = await import("./layout");
const { default: AdminDashboard } = await import("./page");
const { default: AuditPage } = await import("./audit/page");
const { default: AdminUserPage } = await import("./users/[id]/page");
const { default: StatsPage } = await import("./stats/page");
const { GET: exportStats } = await import("./stats/export/route");
const { endSessionsAction } = await import("./actions");
const { default: MailboxPage } = await import("./mailbox/page");
const { default: LetterPage } = await import("./mailbox/[id]/page");
const { GET: letterAttachment } = await import("./mailbox/[id]/attachments/[attachmentId]/route");
const { default: CalendarPage } = await import("./calendar/page");
const { default: OutboxPage } = await import("./outbox/page");
const mailboxActions = await import("./mailbox/actions");
const calendarActions = await import("./calendar/actions");
const { default: UsersPage } = await import("./users/page");
const { default: NewStaffPage } = await import("./users/new/page");
const { default: DepartmentsPage } = await import("./departments/page");
const { default: DepartmentPage } = await import("./departments/[id]/page");
const userActions = await import("./users/actions");
const departmentActions = await import("./departments/actions");
const { disableAccount } = await import("@/lib/accounts/accounts");
const { default: ContentListPage } = await import("./content/page");
const { default: NewArticlePage } = await import("./content/new/page");
const { default: EditArticlePage } = await import("./content/[id]/page");
const { default: CategoriesPage } = await import("./content/categories/page");
const { default: EditCategoryPage } = await import("./content/categories/[id]/page");
const { default: PagesPage } = await import("./content/pages/page");
const { default: EditPagePage } = await import("./content/pages/[slug]/page");
const content = await import("./content/actions");
const { default: ServicesListPage } = await import("./services/page");
const { default: NewGuidePage } = await import("./services/new/page");
const { default: EditGuidePage } = await import("./services/[id]/page");
const services = await import("./services/actions");
const { default: YsqPage } = await import("./ysq/page");
const { default: YsqRequestPage } = await import("./ysq/[id]/page");
const { default: YsqReportPage } = await import("./ysq/report/page");
const { GET: exportYsqReport } = await import("./ysq/report/export/route");
const ysqActions = await import("./ysq/actions");
const { default: NewYsqRequestPage } = await import("./ysq/new/page");
const { GET: ysqReplyFile } = await import("./ysq/[id]/attachments/[attachmentId]/route");
const { default: ConsultationsPage } = await import("./consultations/page");
const { default: NewConsultationPage } = await import("./consultations/new/page");
const { default: EditConsultationPage } = await import("./consultations/[id]/page");
const { default: OpinionsPage } = await import("./consultations/[id]/opinions/page");
const { GET: exportOpinions } = await import("./consultations/[id]/opinions/export/route");
const consultationActions = await import("./consultations/actions");
const { default: OpinionFormPage } = await import("@/app/(accounts)/interaction/opinion/[id]/page");
const { submitOpinionAction } = await import("@/app/(accounts)/interaction/actions");
const { default: EvaluationsPage } = await import("./evaluations/page");
const { default: NewRoundPage } = await import("./evaluations/new/page");
const { default: EditRoundPage } = await import("./evaluations/[id]/page");
const { default: RoundCommentsPage } = await import("./evaluations/[id]/comments/page");
const evaluationActions = await import("./evaluations/actions");
const { default: ModerationPage } = await import("./moderation/page");
const { default: ModerationWordsPage } = await import("./moderation/words/page");
const moderationActions = await import("./moderation/actions");
const { default: NoticesPage } = await import("./notices/page");
const { default: NoticeTemplatePage } = await import("./notices/[kind]/page");
const noticeActions = await import("./notices/actions");
const { noticePreferencesAction } = await import("@/app/(accounts)/account/notices/actions");

type Outcome = "ok" | "login" | "403" | string;

async function outcome(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    await work();
    return "ok";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.includes(";403")) return "403";
    if (digest.includes(";404")) return "404";
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
let staffTarget: { id: number };
let managedDepartment: { id: number };
let category: { id: number };
let article: { id: number };
let guide: { id: number };
const guideColumns = (departmentId: number, code: string) => ({
  code,
  name: "授权测试事项",
  serviceType: "gg",
  departmentId,
  audience: "person",
  theme: "jiaoyu",
  conditions: "条件",
  legalDays: 10,
  promisedDays: 5,
  location: "政务服务中心",
  hours: "工作日",
  phone: "0994-2345678",
  complaintPhone: "12345",
});
const actors = new Map<Who, { id: number; sessionVersion: number } | null>();
// The handler works for `department`; `letter` is assigned to it and has an attachment,
// `otherLetter` belongs to another department.
let department: { id: number };
let otherDepartment: { id: number };
let letter: { id: number };
let otherLetter: { id: number };
let attachment: { id: number };
let infoRequest: { id: number };
let replyFile: { id: number };
let consultation: { id: number };
const consultationColumns = (departmentId: number, overrides: Record<string, unknown> = {}) => ({
  title: "授权测试征集",
  departmentId,
  startsAt: new Date(Date.now() - 86_400_000),
  endsAt: new Date(Date.now() + 10 * 86_400_000),
  intro: "说明",
  draft: "第一条 测试。",
  published: true,
  publishedAt: new Date(),
  ...overrides,
});
let round: { id: number };

beforeAll(async () => {
  target = await makeResident({ email: "target@example.com" });
  actors.set("anonymous", null);
  const resident = await makeResident();
  actors.set("resident", { id: resident.id, sessionVersion: 0 });
  for (const role of STAFF_ROLES) actors.set(role, await makeStaff(role));
  department = await makeDepartment("民政局");
  otherDepartment = await makeDepartment("财政局");
  await addMember(actors.get("handler")!.id, department.id);
  letter = await makeLetter({ status: "processing", departmentId: department.id, acceptedAt: new Date(), dueAt: new Date(Date.now() + 7 * 86_400_000) });
  otherLetter = await makeLetter({ status: "processing", departmentId: otherDepartment.id, acceptedAt: new Date(), dueAt: new Date(Date.now() + 7 * 86_400_000) });
  const storageKey = `letters/auth-${Date.now()}.pdf`;
  mkdirSync(path.join(process.env.UPLOAD_DIR!, "letters"), { recursive: true });
  writeFileSync(path.join(process.env.UPLOAD_DIR!, storageKey), "%PDF-1.4");
  attachment = await db.letterAttachment.create({ data: { letterId: letter.id, fileName: "a.pdf", storageKey, mimeType: "application/pdf", size: 8 }, select: { id: true } });
  staffTarget = await makeStaff("handler");
  managedDepartment = await db.department.create({ data: { name: "授权测试部门", sortOrder: 1 }, select: { id: true } });
  // A managedDepartment after it, so that "move down" moves it.
  await db.department.create({ data: { name: "授权测试部门二", sortOrder: 2 }, select: { id: true } });
  category = await db.category.create({ data: { slug: "tzgg", name: "通知公告" }, select: { id: true } });
  article = await db.article.create({ data: { categoryId: category.id, title: "通知", body: "正文" }, select: { id: true } });
  await db.page.create({ data: { slug: "about", title: "关于本站", body: "说明" }, select: { slug: true } });
  guide = await db.serviceGuide.create({ data: guideColumns(department.id, "AUTH-GG-0001"), select: { id: true } });
  infoRequest = await makeInfoRequest();
  const replyKey = `ysq/auth-${Date.now()}.pdf`;
  mkdirSync(path.join(process.env.UPLOAD_DIR!, "ysq"), { recursive: true });
  writeFileSync(path.join(process.env.UPLOAD_DIR!, replyKey), "%PDF-1.4");
  replyFile = await db.infoRequestAttachment.create({ data: { requestId: infoRequest.id, fileName: "答复.pdf", storageKey: replyKey, mimeType: "application/pdf", size: 8 }, select: { id: true } });
  consultation = await db.consultation.create({ data: consultationColumns(department.id), select: { id: true } });
  round = await makeRound();
});

/** A published, open 网上评议 round on `department` (lib/evaluations/evaluations.test.ts covers the rules). */
async function makeRound() {
  return db.evaluationRound.create({
    data: {
      title: "授权测试评议",
      startsAt: new Date(Date.now() - 86_400_000),
      endsAt: new Date(Date.now() + 30 * 86_400_000),
      criteria: JSON.stringify(["服务态度"]),
      published: true,
      publishedAt: new Date(),
      objects: { create: [{ kind: "department", departmentId: department.id }] },
    },
    select: { id: true },
  });
}

let ysqCounter = 0;
/** A request for government information, inserted directly (lib/ysq/workflow.test.ts covers submitting). */
async function makeInfoRequest(data: { status?: string; receivedAt?: Date; dueAt?: Date; extensionStatus?: string } = {}) {
  ysqCounter += 1;
  return db.infoRequest.create({
    data: {
      number: `YSQ20261202-${String(9000 + ysqCounter)}`,
      trackingCodeHash: "0".repeat(64),
      submissionKey: `authorization-test-key-${ysqCounter}`,
      applicantType: "citizen",
      name: "张三",
      phone: "13912345678",
      email: "applicant@example.com",
      address: "昌吉市",
      description: "请公开某项目的资金安排。",
      delivery: "email",
      ...data,
    },
    select: { id: true },
  });
}

async function signInAs(who: Who) {
  jar.clear();
  const actor = actors.get(who);
  if (actor) await issueSessionCookie(actor);
}

/** A server action tried by each person: `fields` builds its form, `state` reads what it changes. */
type ActionCase = {
  allowed: Who[];
  run: (form: FormData) => Promise<unknown>;
  fields: (who: Who) => Promise<Record<string, string>>;
  state: (fields: Record<string, string>) => Promise<unknown>;
  /** Where the allowed are sent once it is done */
  done: RegExp;
};

/** One test per case: the allowed get `done` and a changed state; everyone else a refusal that changes nothing. */
function itAllowsOnly(prefix: string, cases: Record<string, ActionCase>) {
  for (const [name, test] of Object.entries(cases)) {
    it(`${prefix}: ${name}: ${test.allowed.join(" and ")} only, and a refusal changes nothing`, async () => {
      for (const who of WHO) {
        const fields = await test.fields(who);
        const form = new FormData();
        for (const [key, value] of Object.entries(fields)) form.set(key, value);
        const before = await test.state(fields);
        await signInAs(who);
        const result = await outcome(() => test.run(form));
        const after = await test.state(fields);
        if (test.allowed.includes(who)) {
          expect([who, result]).toEqual([who, expect.stringMatching(test.done)]);
          expect([who, after]).not.toEqual([who, before]);
        } else {
          expect([who, result]).toEqual([who, who === "anonymous" ? "login" : "403"]);
          expect([who, after]).toEqual([who, before]);
        }
      }
    });
  }
}

const search = Promise.resolve({});
const routes: Record<string, () => Promise<unknown>> = {
  "/admin (layout)": () => AdminLayout({ children: null }),
  "/admin": () => AdminDashboard({ searchParams: search }),
  "/admin/audit": () => AuditPage({ searchParams: search }),
  "/admin/users/[id]": () => AdminUserPage({ params: Promise.resolve({ id: String(target.id) }), searchParams: search }),
  "/admin/mailbox": () => MailboxPage({ searchParams: search }),
  "/admin/mailbox/[id]": () => LetterPage({ params: Promise.resolve({ id: String(letter.id) }), searchParams: search }),
  "/admin/mailbox/[id] (another department's)": () => LetterPage({ params: Promise.resolve({ id: String(otherLetter.id) }), searchParams: search }),
  "/admin/mailbox/[id]/attachments/[attachmentId]": async () => {
    const response = await letterAttachment(new Request("http://localhost:3000/"), { params: Promise.resolve({ id: String(letter.id), attachmentId: String(attachment.id) }) });
    if (response.status !== 200) throw Object.assign(new Error(), { digest: `NEXT_HTTP_ERROR_FALLBACK;${response.status}` });
  },
  "/admin/calendar": () => CalendarPage({ searchParams: search }),
  "/admin/outbox": () => OutboxPage({ searchParams: search }),
  "/admin/users/[id] (staff)": () => AdminUserPage({ params: Promise.resolve({ id: String(staffTarget.id) }), searchParams: search }),
  "/admin/users": () => UsersPage({ searchParams: Promise.resolve({ q: "target@" }) }),
  "/admin/users/new": () => NewStaffPage(),
  "/admin/departments": () => DepartmentsPage({ searchParams: search }),
  "/admin/departments/[id]": () => DepartmentPage({ params: Promise.resolve({ id: String(managedDepartment.id) }), searchParams: search }),
  "/admin/content": () => ContentListPage({ searchParams: search }),
  "/admin/content/new": () => NewArticlePage(),
  "/admin/content/[id]": () => EditArticlePage({ params: Promise.resolve({ id: String(article.id) }), searchParams: search }),
  "/admin/content/categories": () => CategoriesPage({ searchParams: search }),
  "/admin/content/categories/[id]": () => EditCategoryPage({ params: Promise.resolve({ id: String(category.id) }) }),
  "/admin/content/pages": () => PagesPage(),
  "/admin/content/pages/[slug]": () => EditPagePage({ params: Promise.resolve({ slug: "about" }), searchParams: search }),
  "/admin/services": () => ServicesListPage({ searchParams: search }),
  "/admin/services/new": () => NewGuidePage(),
  "/admin/services/[id]": () => EditGuidePage({ params: Promise.resolve({ id: String(guide.id) }), searchParams: search }),
  "/admin/ysq": () => YsqPage({ searchParams: search }),
  "/admin/ysq/[id]": () => YsqRequestPage({ params: Promise.resolve({ id: String(infoRequest.id) }), searchParams: search }),
  "/admin/ysq/new": () => NewYsqRequestPage(),
  "/admin/ysq/[id]/attachments/[attachmentId]": async () => {
    const response = await ysqReplyFile(new Request("http://localhost:3000/"), { params: Promise.resolve({ id: String(infoRequest.id), attachmentId: String(replyFile.id) }) });
    if (response.status !== 200) throw Object.assign(new Error(), { digest: `NEXT_HTTP_ERROR_FALLBACK;${response.status}` });
  },
  "/admin/ysq/report": () => YsqReportPage({ searchParams: search }),
  "/admin/ysq/report/export (CSV)": async () => {
    const response = await exportYsqReport(new Request("http://localhost:3000/admin/ysq/report/export?year=2026"));
    if (response.status !== 200 || !response.headers.get("content-type")?.startsWith("text/csv")) throw new Error(`CSV export answered ${response.status}`);
  },
  "/admin/consultations": () => ConsultationsPage(),
  "/admin/consultations/new": () => NewConsultationPage(),
  "/admin/consultations/[id]": () => EditConsultationPage({ params: Promise.resolve({ id: String(consultation.id) }), searchParams: search }),
  "/admin/consultations/[id]/opinions": () => OpinionsPage({ params: Promise.resolve({ id: String(consultation.id) }), searchParams: search }),
  "/admin/consultations/[id]/opinions/export (CSV)": async () => {
    const response = await exportOpinions(new Request("http://localhost:3000/"), { params: Promise.resolve({ id: String(consultation.id) }) });
    if (response.status !== 200 || !response.headers.get("content-type")?.startsWith("text/csv")) throw new Error(`CSV export answered ${response.status}`);
  },
  "/interaction/opinion/[id] (the resident's opinion form)": () => OpinionFormPage({ params: Promise.resolve({ id: String(consultation.id) }), searchParams: search }),
  "/admin/evaluations": () => EvaluationsPage(),
  "/admin/evaluations/new": () => NewRoundPage(),
  "/admin/evaluations/[id]": () => EditRoundPage({ params: Promise.resolve({ id: String(round.id) }), searchParams: search }),
  "/admin/evaluations/[id]/comments": () => RoundCommentsPage({ params: Promise.resolve({ id: String(round.id) }), searchParams: search }),
  "/admin/moderation": () => ModerationPage({ searchParams: search }),
  "/admin/moderation/words": () => ModerationWordsPage({ searchParams: search }),
  "/admin/notices": () => NoticesPage({ searchParams: search }),
  "/admin/notices/[kind]": () => NoticeTemplatePage({ params: Promise.resolve({ kind: "letter.received" }) }),
  "/admin/stats": () => StatsPage({ searchParams: search }),
  "/admin/stats/export (CSV)": async () => {
    const response = await exportStats(new Request("http://localhost:3000/admin/stats/export?from=2026-11-01&to=2026-11-29"));
    if (response.status !== 200 || !response.headers.get("content-type")?.startsWith("text/csv")) throw new Error(`CSV export answered ${response.status}`);
  },
};

const contentRoles: Record<Who, Outcome> = { anonymous: "login", resident: "403", admin: "ok", editor: "ok", handler: "403", moderator: "403", disclosure: "403" };


const disclosureRoles: Record<Who, Outcome> = { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "403", disclosure: "ok" };
const moderatorRoles: Record<Who, Outcome> = { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "ok", disclosure: "403" };
const ADMIN_ONLY: Record<Who, Outcome> = { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "403", disclosure: "403" };
const expected: Record<string, Record<Who, Outcome>> = {
  "/admin (layout)": { anonymous: "login", resident: "403", admin: "ok", editor: "ok", handler: "ok", moderator: "ok", disclosure: "ok" },
  "/admin": { anonymous: "login", resident: "403", admin: "ok", editor: "ok", handler: "ok", moderator: "ok", disclosure: "ok" },
  "/admin/audit": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "403", disclosure: "403" },
  "/admin/users/[id]": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "403", disclosure: "403" },
  "/admin/mailbox": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "ok", moderator: "403", disclosure: "403" },
  "/admin/mailbox/[id]": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "ok", moderator: "403", disclosure: "403" },
  "/admin/mailbox/[id] (another department's)": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "404", moderator: "403", disclosure: "403" },
  "/admin/mailbox/[id]/attachments/[attachmentId]": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "ok", moderator: "403", disclosure: "403" },
  "/admin/calendar": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "403", disclosure: "403" },
  "/admin/outbox": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "403", disclosure: "403" },
  "/admin/users/[id] (staff)": ADMIN_ONLY,
  "/admin/users": ADMIN_ONLY,
  "/admin/users/new": ADMIN_ONLY,
  "/admin/departments": ADMIN_ONLY,
  "/admin/departments/[id]": ADMIN_ONLY,
  ...Object.fromEntries(Object.keys(routes).filter((route) => route.startsWith("/admin/content")).map((route) => [route, contentRoles])),
  // 办事指南: the same roles as content (manage:service:any, publish:service:any)
  ...Object.fromEntries(Object.keys(routes).filter((route) => route.startsWith("/admin/services")).map((route) => [route, contentRoles])),
  ...Object.fromEntries(Object.keys(routes).filter((route) => route.startsWith("/admin/ysq")).map((route) => [route, disclosureRoles])),
  // 民意征集: manage:consultation:any, the same roles as content
  ...Object.fromEntries(Object.keys(routes).filter((route) => route.startsWith("/admin/consultations")).map((route) => [route, contentRoles])),
  "/interaction/opinion/[id] (the resident's opinion form)": { anonymous: "login", resident: "ok", admin: "403", editor: "403", handler: "403", moderator: "403", disclosure: "403" },
  // 网上评议: rounds by editor and admin (manage:evaluation:any), comments by moderator and admin (moderate:comment:any)
  "/admin/evaluations": { anonymous: "login", resident: "403", admin: "ok", editor: "ok", handler: "403", moderator: "ok", disclosure: "403" },
  "/admin/evaluations/new": contentRoles,
  "/admin/evaluations/[id]": contentRoles,
  "/admin/evaluations/[id]/comments": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "ok", disclosure: "403" },
  // 评论审核: moderate:comment:any (审核员 and admin)
  "/admin/moderation": moderatorRoles,
  "/admin/moderation/words": moderatorRoles,
  // 通知模板: manage:notice:any (admin)
  "/admin/notices": ADMIN_ONLY,
  "/admin/notices/[kind]": ADMIN_ONLY,
  "/admin/stats": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "403", disclosure: "403" },
  "/admin/stats/export (CSV)": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "403", disclosure: "403" },
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

  // Each mailbox and calendar action, tried by everyone on a fresh letter (or date): the
  // allowed roles get the redirect to the result, everyone else is refused and nothing changes.
  const letterState = async (id: number) => ({
    letter: await db.letter.findUniqueOrThrow({ where: { id } }),
    events: await db.letterEvent.count({ where: { letterId: id } }),
    mails: await db.outboxMail.count(),
  });
  type Case = {
    action: (state: { status: "idle" }, form: FormData) => Promise<unknown>;
    allowed: Who[];
    setup: () => Promise<{ id: number; fields: Record<string, string> }>;
    done: string;
  };
  const inDepartment = () => makeLetter({ status: "processing", departmentId: department.id, acceptedAt: new Date(), dueAt: new Date(Date.now() + 20 * 86_400_000) });
  const mailboxCases: Record<string, Case> = {
    accept: { action: mailboxActions.acceptAction, allowed: ["admin"], setup: async () => ({ id: (await makeLetter()).id, fields: {} }), done: "accept" },
    reject: { action: mailboxActions.rejectAction, allowed: ["admin"], setup: async () => ({ id: (await makeLetter()).id, fields: { rejectReason: "不属于受理范围" } }), done: "reject" },
    assign: {
      action: mailboxActions.assignAction,
      allowed: ["admin"],
      setup: async () => ({ id: (await makeLetter({ status: "accepted", acceptedAt: new Date(), dueAt: new Date() })).id, fields: { departmentId: String(department.id) } }),
      done: "assign",
    },
    reply: { action: mailboxActions.replyAction, allowed: ["admin", "handler"], setup: async () => ({ id: (await inDepartment()).id, fields: { reply: "您反映的问题已经处理完毕，谢谢。" } }), done: "reply" },
    "request extension": {
      action: mailboxActions.requestExtensionAction,
      allowed: ["admin", "handler"],
      setup: async () => ({ id: (await inDepartment()).id, fields: { extensionReason: "需要协调多个部门" } }),
      done: "extension_request",
    },
    "decide extension": {
      action: mailboxActions.decideExtensionAction,
      allowed: ["admin"],
      setup: async () => {
        const { id } = await inDepartment();
        await db.letter.update({ where: { id }, data: { extensionStatus: "pending", extensionReason: "理由" } });
        return { id, fields: { decision: "grant", extensionDays: "10" } };
      },
      done: "extension_decided",
    },
    publish: {
      action: mailboxActions.publishAction,
      allowed: ["admin"],
      setup: async () => ({ id: (await makeLetter({ status: "replied", reply: "答复", repliedAt: new Date() })).id, fields: { publicTitle: "标题", publicContent: "内容", publicReply: "答复" } }),
      done: "publish",
    },
    unpublish: {
      action: mailboxActions.unpublishAction,
      allowed: ["admin"],
      setup: async () => {
        const { id } = await makeLetter({ status: "closed", reply: "答复", repliedAt: new Date() });
        await db.letter.update({ where: { id }, data: { publicTitle: "标题", publicContent: "内容", publicReply: "答复", publishedAt: new Date() } });
        return { id, fields: {} };
      },
      done: "unpublish",
    },
  };
  for (const [name, test] of Object.entries(mailboxCases)) {
    it(`mailbox: ${name}`, async () => {
      for (const who of WHO) {
        const { id, fields } = await test.setup();
        const before = await letterState(id);
        await signInAs(who);
        const form = new FormData();
        form.set("letterId", String(id));
        for (const [key, value] of Object.entries(fields)) form.set(key, value);
        const result = await outcome(() => test.action({ status: "idle" }, form));
        if (test.allowed.includes(who)) {
          expect([who, result]).toEqual([who, `/admin/mailbox/${id}?done=${test.done}`]);
          expect((await letterState(id)).events).toBe(before.events + 1);
        } else {
          expect([who, result]).toEqual([who, who === "anonymous" ? "login" : "403"]);
          expect(await letterState(id)).toEqual(before);
        }
      }
    });
  }

  // Each 依申请公开 action, tried by everyone on a fresh request: 信息公开专员 and admin handle,
  // only the admin decides an extension; a refusal changes nothing.
  const ysqState = async (id: number) => ({
    request: await db.infoRequest.findUniqueOrThrow({ where: { id } }),
    events: await db.infoRequestEvent.count({ where: { requestId: id } }),
    mails: await db.outboxMail.count(),
  });
  const registered = () => makeInfoRequest({ status: "registered", receivedAt: new Date(), dueAt: new Date(Date.now() + 20 * 86_400_000) });
  const ysqCases: Record<string, Case> = {
    register: { action: ysqActions.registerAction, allowed: ["admin", "disclosure"], setup: async () => ({ id: (await makeInfoRequest()).id, fields: {} }), done: "register" },
    correction: { action: ysqActions.correctionAction, allowed: ["admin", "disclosure"], setup: async () => ({ id: (await registered()).id, fields: { correctionRequest: "请写明文件名称。" } }), done: "correction" },
    "request extension": { action: ysqActions.extensionRequestAction, allowed: ["admin", "disclosure"], setup: async () => ({ id: (await registered()).id, fields: { extensionReason: "需要征求第三方意见" } }), done: "extension_request" },
    "decide extension": {
      action: ysqActions.extensionDecisionAction,
      allowed: ["admin"],
      setup: async () => {
        const { id } = await registered();
        await db.infoRequest.update({ where: { id }, data: { extensionStatus: "pending", extensionReason: "理由" } });
        return { id, fields: { decision: "grant" } };
      },
      done: "extension_decided",
    },
    reply: {
      action: ysqActions.replyAction,
      allowed: ["admin", "disclosure"],
      setup: async () => ({ id: (await registered()).id, fields: { outcome: "disclose", legalBasis: "《政府信息公开条例》第三十六条", reply: "所需信息见附件。" } }),
      done: "reply",
    },
  };
  it("ysq: enter a request from another channel: admin and 信息公开专员 only, and a refusal stores nothing", async () => {
    for (const who of WHO) {
      const before = await db.infoRequest.count();
      await signInAs(who);
      const entry = new FormData();
      const fields = {
        submissionKey: `authorization-entry-${who}-key`,
        channel: "counter",
        applicantType: "citizen",
        name: "李四",
        idType: "passport",
        idCard: "E12345678",
        phone: "13912345678",
        address: "昌吉市",
        description: "请公开某项目的资金安排。",
        delivery: "pickup",
        declaration: "on",
      };
      for (const [key, value] of Object.entries(fields)) entry.set(key, value);
      const result = await outcome(() => ysqActions.enterRequestAction({ status: "idle" }, entry));
      const after = await db.infoRequest.count();
      if (who === "admin" || who === "disclosure") expect([who, result, after]).toEqual([who, "ok", before + 1]);
      else expect([who, result, after]).toEqual([who, who === "anonymous" ? "login" : "403", before]);
    }
  });

  for (const [name, test] of Object.entries(ysqCases)) {
    it(`ysq: ${name}`, async () => {
      for (const who of WHO) {
        const { id, fields } = await test.setup();
        const before = await ysqState(id);
        await signInAs(who);
        const form = new FormData();
        form.set("requestId", String(id));
        for (const [key, value] of Object.entries(fields)) form.set(key, value);
        const result = await outcome(() => test.action({ status: "idle" }, form));
        if (test.allowed.includes(who)) {
          expect([who, result]).toEqual([who, `/admin/ysq/${id}?done=${test.done}`]);
          expect((await ysqState(id)).events).toBe(before.events + 1);
        } else {
          expect([who, result]).toEqual([who, who === "anonymous" ? "login" : "403"]);
          expect(await ysqState(id)).toEqual(before);
        }
      }
    });
  }

  // Each content action as each person: admin and editor change something and are redirected
  // back to the console; everyone else is refused and nothing changes.
  const form = (fields: Record<string, string | File>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };
  const pdf = () => new File([Buffer.from("%PDF-1.4\n")], "通知.pdf", { type: "application/pdf" });
  const articleFields = { title: "新文章", categoryId: "", summary: "", body: "正文", source: "", publishedAt: "", docNumber: "", validity: "", validityNote: "", indexNumber: "", issuer: "", writtenAt: "", topic: "" };
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

  // Each 办事指南 action as each person: admin and editor only; a refusal changes nothing.
  const guideFields = (departmentId: number, code: string) => ({
    id: "",
    code,
    name: "新办事指南",
    serviceType: "xk",
    departmentId: String(departmentId),
    audience: "person",
    theme: "huji",
    conditions: "符合条件",
    materials: "居民身份证 | 原件 | 1 | 必需",
    steps: "申请\n受理",
    legalDays: "20",
    promisedDays: "5",
    fee: "",
    location: "政务服务中心",
    hours: "工作日",
    phone: "0994-2345678",
    complaintPhone: "12345",
    onlineUrl: "",
    visits: "1",
    faq: "",
  });
  let guideCounter = 0;
  const guideWithStatus = async (status: string) =>
    db.serviceGuide.create({ data: { ...guideColumns(department.id, `AUTH-T-${(guideCounter += 1)}`), status, ...(status === "published" ? { publishedAt: new Date() } : {}) }, select: { id: true } });
  const guideWithMaterial = () =>
    db.serviceGuide.create({
      data: { ...guideColumns(department.id, `AUTH-T-${(guideCounter += 1)}`), materials: JSON.stringify([{ name: "申请表", form: "original", copies: 1, required: true, note: "" }]) },
      select: { id: true },
    });
  const guideStatus = (id: number) => async () => (await db.serviceGuide.findUnique({ where: { id }, select: { status: true } }))?.status;
  const serviceActions: Record<string, (who: Who) => Promise<{ run: () => Promise<unknown>; state: () => Promise<unknown>; redirect: RegExp }>> = {
    "create guide": async (who) => ({
      run: () => services.saveGuideAction({ status: "idle" }, form(guideFields(department.id, `AUTH-NEW-${who.toUpperCase()}`))),
      state: () => db.serviceGuide.count({ where: { code: `AUTH-NEW-${who.toUpperCase()}` } }),
      redirect: /^\/admin\/services\/\d+\?saved=1$/,
    }),
    "edit guide": async (who) => ({
      run: () => services.saveGuideAction({ status: "idle" }, form({ ...guideFields(department.id, "AUTH-GG-0001"), id: String(guide.id), name: `改名 ${who}` })),
      state: async () => (await db.serviceGuide.findUnique({ where: { id: guide.id }, select: { name: true } }))?.name,
      redirect: new RegExp(`^/admin/services/${guide.id}\\?saved=1$`),
    }),
    "submit guide": async () => {
      const { id } = await guideWithStatus("draft");
      return { run: () => services.transitionGuideAction({ status: "idle" }, form({ id: String(id), transition: "submit" })), state: guideStatus(id), redirect: new RegExp(`^/admin/services/${id}\\?done=submit$`) };
    },
    "publish guide": async () => {
      const { id } = await guideWithStatus("review");
      return { run: () => services.transitionGuideAction({ status: "idle" }, form({ id: String(id), transition: "publish" })), state: guideStatus(id), redirect: new RegExp(`^/admin/services/${id}\\?done=publish$`) };
    },
    "upload blank form": async () => {
      const { id } = await guideWithMaterial();
      return {
        run: () => services.uploadBlankFormAction({ status: "idle" }, form({ guideId: String(id), materialName: "申请表", file: pdf() })),
        state: () => db.serviceBlankForm.count({ where: { guideId: id } }),
        redirect: new RegExp(`^/admin/services/${id}\\?form=added#blank-forms$`),
      };
    },
    "remove blank form": async () => {
      const { id } = await guideWithMaterial();
      const storageKey = `forms/auth-${id}.pdf`;
      mkdirSync(path.join(process.env.UPLOAD_DIR!, "forms"), { recursive: true });
      writeFileSync(path.join(process.env.UPLOAD_DIR!, storageKey), "%PDF-1.4");
      const blank = await db.serviceBlankForm.create({ data: { guideId: id, materialName: "申请表", fileName: "申请表.pdf", storageKey, mimeType: "application/pdf", size: 8 }, select: { id: true } });
      return {
        run: () => services.removeBlankFormAction({ status: "idle" }, form({ formId: String(blank.id) })),
        state: () => db.serviceBlankForm.count({ where: { guideId: id } }),
        redirect: new RegExp(`^/admin/services/${id}\\?form=removed#blank-forms$`),
      };
    },
    "archive guide": async () => {
      const { id } = await guideWithStatus("published");
      return { run: () => services.transitionGuideAction({ status: "idle" }, form({ id: String(id), transition: "archive" })), state: guideStatus(id), redirect: new RegExp(`^/admin/services/${id}\\?done=archive$`) };
    },
  };

  for (const [name, setUp] of Object.entries(serviceActions)) {
    it(`services: ${name}: admin and editor only, and a refusal changes nothing`, async () => {
      for (const who of WHO) {
        const action = await setUp(who);
        const before = await action.state();
        await signInAs(who);
        const result = await outcome(action.run);
        const after = await action.state();
        if (who === "admin" || who === "editor") {
          if (result !== "ok") expect([who, result]).toEqual([who, expect.stringMatching(action.redirect)]);
          expect([who, after]).not.toEqual([who, before]);
        } else {
          expect([who, result]).toEqual([who, who === "anonymous" ? "login" : "403"]);
          expect([who, after]).toEqual([who, before]);
        }
      }
    });
  }

  // Each 民意征集 action as each person: admin and editor only; a refusal changes nothing.
  const consultationFields = { title: "授权测试新征集", departmentId: "", startsAt: "2026-01-01T09:00", endsAt: "2099-01-01T09:00", intro: "说明", draft: "第一条 测试。" };
  const newConsultation = (overrides: Record<string, unknown> = {}) => db.consultation.create({ data: consultationColumns(department.id, overrides), select: { id: true } });
  const makeOpinion = async (consultationId: number) =>
    db.consultationOpinion.create({ data: { consultationId, authorId: actors.get("resident")!.id, maskedName: "居**", body: "授权测试的意见内容。" }, select: { id: true } });
  const consultationCases: Record<string, (who: Who) => Promise<{ run: () => Promise<unknown>; state: () => Promise<unknown>; redirect: RegExp }>> = {
    "create consultation": async (who) => ({
      run: () => consultationActions.saveConsultationAction({ status: "idle" }, form({ ...consultationFields, departmentId: String(department.id), title: `新征集 ${who}`, consultationId: "" })),
      state: () => db.consultation.count({ where: { title: `新征集 ${who}` } }),
      redirect: /^\/admin\/consultations\/\d+\?saved=1$/,
    }),
    "publish consultation": async () => {
      const { id } = await newConsultation({ published: false, publishedAt: null });
      return {
        run: () => consultationActions.publishConsultationAction({ status: "idle" }, form({ consultationId: String(id), publish: "1" })),
        state: async () => (await db.consultation.findUnique({ where: { id }, select: { published: true } }))?.published,
        redirect: new RegExp(`^/admin/consultations/${id}\\?done=publish$`),
      };
    },
    "upload consultation attachment": async () => {
      const { id } = await newConsultation();
      return {
        run: () => consultationActions.uploadConsultationAttachmentAction({ status: "idle" }, form({ consultationId: String(id), file: pdf() })),
        state: () => db.consultationAttachment.count({ where: { consultationId: id } }),
        redirect: /\?uploaded=1#attachments$/,
      };
    },
    "remove consultation attachment": async (who) => {
      const { id } = await db.consultationAttachment.create({ data: { consultationId: consultation.id, fileName: "a.pdf", storageKey: `consultations/auth-${who}.pdf`, mimeType: "application/pdf", size: 1 }, select: { id: true } });
      return {
        run: () => consultationActions.removeConsultationAttachmentAction({ status: "idle" }, form({ attachmentId: String(id) })),
        state: () => db.consultationAttachment.count({ where: { id } }),
        redirect: /\?removed=1#attachments$/,
      };
    },
    "decide opinion": async () => {
      const { id } = await makeOpinion(consultation.id);
      return {
        run: () => consultationActions.decideOpinionAction({ status: "idle" }, form({ opinionId: String(id), decision: "adopted", reason: "采纳理由" })),
        state: async () => (await db.consultationOpinion.findUnique({ where: { id }, select: { decision: true } }))?.decision,
        redirect: new RegExp(`/opinions\\?decided=${id}#opinion-${id}$`),
      };
    },
    "publish feedback": async () => {
      const { id } = await newConsultation({ endsAt: new Date(Date.now() - 1000) });
      return {
        run: () => consultationActions.publishFeedbackAction({ status: "idle" }, form({ consultationId: String(id), summary: "反馈说明" })),
        state: async () => (await db.consultation.findUnique({ where: { id }, select: { feedbackPublishedAt: true } }))?.feedbackPublishedAt,
        redirect: new RegExp(`^/admin/consultations/${id}\\?done=feedback$`),
      };
    },
  };
  for (const [name, setUp] of Object.entries(consultationCases)) {
    it(`consultations: ${name}: admin and editor only, and a refusal changes nothing`, async () => {
      for (const who of WHO) {
        const action = await setUp(who);
        const before = await action.state();
        await signInAs(who);
        const result = await outcome(action.run);
        const after = await action.state();
        if (who === "admin" || who === "editor") {
          expect([who, result]).toEqual([who, expect.stringMatching(action.redirect)]);
          expect([who, after]).not.toEqual([who, before]);
        } else {
          expect([who, result]).toEqual([who, who === "anonymous" ? "login" : "403"]);
          expect([who, after]).toEqual([who, before]);
        }
      }
    });
  }

  // 网上评议: each action tried by everyone; the allowed roles change the data, everyone else changes nothing.
  const roundFields = (title: string) => ({ title, intro: "", startDate: "2026-01-01", endDate: "2099-12-31", criteria: "服务态度", [`object-department-${department.id}`]: "on" });
  const voteWithComment = async () => {
    const { id } = await makeRound();
    const object = await db.evaluationObject.findFirstOrThrow({ where: { roundId: id }, select: { id: true } });
    const resident = await makeResident();
    const vote = await db.evaluationVote.create({ data: { roundId: id, objectId: object.id, userId: resident.id, comment: "意见", commentStatus: "pending" }, select: { id: true } });
    return { roundId: id, voteId: vote.id };
  };
  const evaluationCases: Record<string, { allowed: Who[]; setUp: (who: Who) => Promise<{ run: () => Promise<unknown>; state: () => Promise<unknown>; redirect: RegExp }> }> = {
    "create round": {
      allowed: ["admin", "editor"],
      setUp: async (who) => ({
        run: () => evaluationActions.saveRoundAction({ status: "idle" }, form(roundFields(`新评议 ${who}`))),
        state: () => db.evaluationRound.count({ where: { title: `新评议 ${who}` } }),
        redirect: /^\/admin\/evaluations\/\d+\?saved=1$/,
      }),
    },
    "edit round": {
      allowed: ["admin", "editor"],
      setUp: async (who) => ({
        run: () => evaluationActions.saveRoundAction({ status: "idle" }, form({ ...roundFields(`改名评议 ${who}`), id: String(round.id) })),
        state: async () => (await db.evaluationRound.findUnique({ where: { id: round.id }, select: { title: true } }))?.title,
        redirect: new RegExp(`^/admin/evaluations/${round.id}\\?saved=1$`),
      }),
    },
    "withdraw round": {
      allowed: ["admin", "editor"],
      setUp: async () => {
        const { id } = await makeRound();
        return {
          run: () => evaluationActions.publishRoundAction({ status: "idle" }, form({ id: String(id), publish: "0" })),
          state: async () => (await db.evaluationRound.findUnique({ where: { id }, select: { published: true } }))?.published,
          redirect: new RegExp(`^/admin/evaluations/${id}\\?done=unpublish$`),
        };
      },
    },
    "approve comment": {
      allowed: ["admin", "moderator"],
      setUp: async () => {
        const { roundId, voteId } = await voteWithComment();
        return {
          run: () => evaluationActions.moderateEvaluationCommentAction({ status: "idle" }, form({ roundId: String(roundId), voteId: String(voteId), decision: "approve" })),
          state: async () => (await db.evaluationVote.findUnique({ where: { id: voteId }, select: { commentStatus: true } }))?.commentStatus,
          redirect: new RegExp(`^/admin/evaluations/${roundId}/comments\\?done=approve$`),
        };
      },
    },
  };
  for (const [name, { allowed, setUp }] of Object.entries(evaluationCases)) {
    it(`evaluations: ${name}: ${allowed.join(" and ")} only, and a refusal changes nothing`, async () => {
      for (const who of WHO) {
        const action = await setUp(who);
        const before = await action.state();
        await signInAs(who);
        const result = await outcome(action.run);
        const after = await action.state();
        if (allowed.includes(who)) {
          expect([who, result]).toEqual([who, expect.stringMatching(action.redirect)]);
          expect([who, after]).not.toEqual([who, before]);
        } else {
          expect([who, result]).toEqual([who, who === "anonymous" ? "login" : "403"]);
          expect([who, after]).toEqual([who, before]);
        }
      }
    });
  }

  it("consultations: only residents submit opinions, and a refusal changes nothing", async () => {
    const open = await newConsultation();
    for (const who of WHO) {
      await signInAs(who);
      const before = await db.consultationOpinion.count({ where: { consultationId: open.id } });
      const result = await outcome(() => submitOpinionAction({ status: "idle" }, form({ consultationId: String(open.id), clause: "full", body: `来自 ${who} 的授权测试意见内容。` })));
      const after = await db.consultationOpinion.count({ where: { consultationId: open.id } });
      if (who === "resident") {
        expect([result, after]).toEqual([`/interaction/opinion/${open.id}?sent=1`, before + 1]);
      } else {
        expect([who, result, after]).toEqual([who, who === "anonymous" ? "login" : "403", before]);
      }
    }
  });

  it("consultations: every opening of the opinions and every export is audited", async () => {
    const views = await db.auditEntry.findMany({ where: { action: "consultation.opinions_view" }, select: { actorRole: true } });
    expect(new Set(views.map((entry) => entry.actorRole))).toEqual(new Set(["admin", "editor"]));
    const exports = await db.auditEntry.findMany({ where: { action: "consultation.opinions_export" }, select: { actorRole: true, ip: true } });
    expect(exports).toEqual(expect.arrayContaining([{ actorRole: "admin", ip: "198.51.100.4" }, { actorRole: "editor", ip: "198.51.100.4" }]));
  });

  // Every user-management and department action: only the admin gets through, and for
  // everyone else the data is exactly as before.
  async function state() {
    return JSON.stringify([
      await db.user.findMany({ select: { id: true, role: true, disabledAt: true, disabledReason: true, sessionVersion: true }, orderBy: { id: "asc" } }),
      await db.department.findMany({ select: { id: true, name: true, description: true, sortOrder: true, active: true }, orderBy: { id: "asc" } }),
      await db.departmentMember.findMany({ select: { userId: true, departmentId: true }, orderBy: [{ userId: "asc" }, { departmentId: "asc" }] }),
      await db.outboxMail.count(),
      await db.profile.count(),
    ]);
  }
  type FormAction = (state: { status: "idle" }, form: FormData) => Promise<unknown>;
  const cases: { name: string; action: FormAction; fields: (who: Who) => Promise<Record<string, string>>; admin: RegExp }[] = [
    { name: "disable", action: userActions.disableUserAction as FormAction, fields: async () => ({ userId: String((await makeResident()).id), reason: "测试停用原因" }), admin: /^\/admin\/users\/\d+\?disabled=1$/ },
    {
      name: "enable",
      action: userActions.enableUserAction as FormAction,
      fields: async () => {
        const resident = await makeResident();
        await disableAccount(resident.id, new Date(), "已停用");
        return { userId: String(resident.id) };
      },
      admin: /\?enabled=1$/,
    },
    { name: "cancel", action: userActions.cancelUserAction as FormAction, fields: async () => ({ userId: String((await makeResident()).id), reason: "测试注销原因", confirm: "on" }), admin: /^\/admin\/users\?cancelled=1$/ },
    { name: "change role", action: userActions.changeRoleAction as FormAction, fields: async () => ({ userId: String((await makeStaff("editor")).id), role: "moderator" }), admin: /\?roleChanged=1$/ },
    { name: "create staff", action: userActions.createStaffAction as FormAction, fields: async (who) => ({ email: `created.${who}@example.gov.cn`, role: "editor" }), admin: /^ok$/ },
    { name: "set departments", action: userActions.setUserDepartmentsAction as FormAction, fields: async () => ({ userId: String(staffTarget.id), departments: String(managedDepartment.id) }), admin: /\?departmentsSaved=1$/ },
    { name: "create department", action: departmentActions.createDepartmentAction as FormAction, fields: async (who) => ({ name: `新部门${who}`, description: "" }), admin: /^\/admin\/departments\/\d+\?created=1$/ },
    { name: "update department", action: departmentActions.updateDepartmentAction as FormAction, fields: async (who) => ({ id: String(managedDepartment.id), name: `改名${who}`, description: "说明" }), admin: /\?saved=1$/ },
    { name: "move department", action: departmentActions.moveDepartmentAction as FormAction, fields: async () => ({ id: String(managedDepartment.id), direction: "down" }), admin: /\?moved=1$/ },
    { name: "deactivate department", action: departmentActions.setDepartmentActiveAction as FormAction, fields: async () => ({ id: String(managedDepartment.id), active: "0" }), admin: /\?deactivated=1$/ },
    { name: "assign member", action: departmentActions.assignMemberAction as FormAction, fields: async () => ({ departmentId: String(managedDepartment.id), userId: String((await makeStaff("handler")).id) }), admin: /\?memberAdded=1$/ },
    {
      name: "unassign member",
      action: departmentActions.unassignMemberAction as FormAction,
      fields: async () => {
        const handler = await makeStaff("handler");
        await db.departmentMember.create({ data: { userId: handler.id, departmentId: managedDepartment.id }, select: { userId: true } });
        return { departmentId: String(managedDepartment.id), userId: String(handler.id) };
      },
      admin: /\?memberRemoved=1$/,
    },
  ];
  for (const { name, action, fields, admin } of cases) {
    it(`${name}: only the admin, and a refusal changes nothing`, async () => {
      for (const who of WHO) {
        const form = new FormData();
        for (const [key, value] of Object.entries(await fields(who))) form.set(key, value);
        await db.department.update({ where: { id: managedDepartment.id }, data: { active: true }, select: { id: true } });
        await signInAs(who);
        const before = await state();
        const result = await outcome(() => action({ status: "idle" }, form));
        const after = await state();
        if (who === "admin") {
          expect([name, result]).toEqual([name, expect.stringMatching(admin)]);
          expect(after).not.toBe(before);
        } else {
          expect([name, who, result]).toEqual([name, who, who === "anonymous" ? "login" : "403"]);
          expect(after).toBe(before);
        }
      }
    });
  }

  it("mailbox: a handler cannot reply to or ask to extend another department's letter", async () => {
    await signInAs("handler");
    for (const [action, fields] of [
      [mailboxActions.replyAction, { reply: "越权的答复内容，不应保存。" }],
      [mailboxActions.requestExtensionAction, { extensionReason: "越权" }],
    ] as const) {
      const before = await letterState(otherLetter.id);
      const form = new FormData();
      form.set("letterId", String(otherLetter.id));
      for (const [key, value] of Object.entries(fields)) form.set(key, value);
      expect(await action({ status: "idle" }, form)).toMatchObject({ status: "error", formError: "未找到该信件" });
      expect(await letterState(otherLetter.id)).toEqual(before);
    }
  });

  it("mailbox: publishing refreshes both variants of the public mailbox pages", () => {
    expect(revalidated).toEqual(expect.arrayContaining(["/std/mailbox", "/elder/mailbox"]));
    expect(revalidated.some((path) => /^\/elder\/mailbox\/letters\/\d+$/.test(path))).toBe(true);
  });

  it("calendar: save and remove, admin only", async () => {
    for (const who of WHO) {
      await signInAs(who);
      const date = `2030-0${WHO.indexOf(who) + 1}-01`;
      const form = new FormData();
      form.set("date", date);
      form.set("kind", "holiday");
      form.set("name", "测试假日");
      const saved = await outcome(() => calendarActions.saveCalendarDayAction({ status: "idle" }, form));
      const stored = await db.workCalendarDay.count({ where: { date } });
      if (who === "admin") {
        expect([saved, stored]).toEqual([`/admin/calendar?year=2030&saved=${date}`, 1]);
      } else {
        expect([who, saved, stored]).toEqual([who, who === "anonymous" ? "login" : "403", 0]);
        await db.workCalendarDay.create({ data: { date, isWorkday: false, name: "已有" } });
      }
      const remove = new FormData();
      remove.set("date", date);
      const removed = await outcome(() => calendarActions.removeCalendarDayAction({ status: "idle" }, remove));
      const left = await db.workCalendarDay.count({ where: { date } });
      expect([who, removed, left]).toEqual(who === "admin" ? [who, `/admin/calendar?year=2030&removed=${date}`, 0] : [who, who === "anonymous" ? "login" : "403", 1]);
    }
  });

  it("audits the CSV exports that were made, and only those", async () => {
    const exports = await db.auditEntry.findMany({ where: { action: "stats.export" }, select: { actorRole: true, ip: true, outcome: true } });
    expect(exports).toEqual([{ actorRole: "admin", ip: "198.51.100.4", outcome: "success" }]);
    const refused = await db.auditEntry.count({ where: { action: "access.denied", targetId: "read:stats:any" } });
    expect(refused).toBe(2 * 5); // page and export, for the resident and four roles
    const ysqExports = await db.auditEntry.findMany({ where: { action: "inforequest.report_export" }, select: { actorRole: true, targetId: true }, orderBy: { id: "asc" } });
    expect(ysqExports).toEqual([
      { actorRole: "admin", targetId: "2026" },
      { actorRole: "disclosure", targetId: "2026" },
    ]);
  });

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

// Each comment-moderation action as each person: the moderator and the admin only; a refusal
// changes nothing (lib/comments/comments.test.ts covers the rules themselves).
describe("comment moderation actions", () => {
  let article: { id: number };
  let author: { id: number };
  let reason: { id: number };
  beforeAll(async () => {
    const open = await db.category.create({ data: { slug: "pinglun", name: "评论测试", commentsEnabled: true }, select: { id: true } });
    article = await db.article.create({ data: { categoryId: open.id, title: "可评论", body: "正文", status: "published", publishedAt: new Date(Date.now() - 60_000) }, select: { id: true } });
    author = await makeResident();
    reason = await db.moderationReason.create({ data: { text: "与文章内容无关" }, select: { id: true } });
  });
  const pending = async () => (await db.comment.create({ data: { subjectKind: "article", subjectId: article.id, authorId: author.id, body: "待审核" }, select: { id: true } })).id;
  const commentStatus = async (fields: Record<string, string>) => (await db.comment.findUnique({ where: { id: Number(fields.commentId) }, select: { status: true } }))?.status;
  const MODERATORS: Who[] = ["moderator", "admin"];
  const cases: Record<string, ActionCase> = {
    approve: { allowed: MODERATORS, run: (form) => moderationActions.approveCommentAction({ status: "idle" }, form), fields: async () => ({ commentId: String(await pending()) }), state: commentStatus, done: /\?done=approved$/ },
    reject: {
      allowed: MODERATORS,
      run: (form) => moderationActions.rejectCommentAction({ status: "idle" }, form),
      fields: async () => ({ commentId: String(await pending()), reasonId: String(reason.id), note: "" }),
      state: commentStatus,
      done: /\?done=rejected$/,
    },
    "add word": {
      allowed: MODERATORS,
      run: (form) => moderationActions.addWordAction({ status: "idle" }, form),
      fields: async (who) => ({ word: `词${who}` }),
      state: async (fields) => db.sensitiveWord.count({ where: { word: fields.word! } }),
      done: /\?done=word_added$/,
    },
    "remove word": {
      allowed: MODERATORS,
      run: (form) => moderationActions.removeWordAction({ status: "idle" }, form),
      fields: async (who) => ({ id: String((await db.sensitiveWord.create({ data: { word: `删${who}` }, select: { id: true } })).id) }),
      state: async (fields) => db.sensitiveWord.count({ where: { id: Number(fields.id) } }),
      done: /\?done=word_removed$/,
    },
    "add reason": {
      allowed: MODERATORS,
      run: (form) => moderationActions.addReasonAction({ status: "idle" }, form),
      fields: async (who) => ({ text: `理由${who}` }),
      state: async (fields) => db.moderationReason.count({ where: { text: fields.text! } }),
      done: /\?done=reason_added$/,
    },
    "remove reason": {
      allowed: MODERATORS,
      run: (form) => moderationActions.removeReasonAction({ status: "idle" }, form),
      fields: async (who) => ({ id: String((await db.moderationReason.create({ data: { text: `待删${who}` }, select: { id: true } })).id) }),
      state: async (fields) => db.moderationReason.count({ where: { id: Number(fields.id) } }),
      done: /\?done=reason_removed$/,
    },
  };
  itAllowsOnly("moderation", cases);
});

// 通知: the template edit (admin only) and a resident's notice preferences (the resident only);
// a refusal changes nothing (lib/notices/notices.test.ts covers the rules themselves).
describe("notice actions", () => {
  it("saving a notice template: the admin only, and a refusal changes nothing", async () => {
    for (const who of WHO) {
      const form = new FormData();
      form.set("kind", "letter.accepted");
      form.set("subject", `受理通知 {信件编号} ${who}`);
      form.set("body", "信件“{标题}”（{信件编号}）已受理，{答复期限} 前答复。");
      const before = await db.noticeTemplate.findUnique({ where: { kind: "letter.accepted" }, select: { subject: true } });
      await signInAs(who);
      const result = await outcome(() => noticeActions.saveTemplateAction({ status: "idle" }, form));
      const after = await db.noticeTemplate.findUnique({ where: { kind: "letter.accepted" }, select: { subject: true } });
      if (who === "admin") {
        expect(result).toBe("/admin/notices?saved=letter.accepted");
        expect(after?.subject).toBe(`受理通知 {信件编号} ${who}`);
      } else {
        expect([who, result]).toEqual([who, who === "anonymous" ? "login" : "403"]);
        expect([who, after]).toEqual([who, before]);
      }
    }
  });

  it("notice preferences: the signed-in resident only, and a refusal changes nothing", async () => {
    for (const who of WHO) {
      const before = await db.noticeOptOut.count();
      await signInAs(who);
      const result = await outcome(() => noticePreferencesAction({ status: "idle" }, new FormData()));
      const after = await db.noticeOptOut.count();
      if (who === "resident") {
        expect(result).toBe("/account?noticesSaved=1#notices");
        expect(after).toBeGreaterThan(before);
      } else {
        expect([who, result]).toEqual([who, who === "anonymous" ? "login" : "403"]);
        expect([who, after]).toEqual([who, before]);
      }
    }
  });
});

// 嘉宾访谈 (lib/interviews): manage:interview:any (editor, admin) for the console and the
// transcript, moderate:interviewquestion:any (moderator, admin) for the questions,
// write:interviewquestion:own (residents) for asking.
describe("嘉宾访谈 routes and actions", async () => {
  const { default: InterviewsPage } = await import("./interviews/page");
  const { default: NewInterviewPage } = await import("./interviews/new/page");
  const { default: EditInterviewPage } = await import("./interviews/[id]/page");
  const { default: InterviewQuestionsPage } = await import("./interviews/questions/page");
  const { default: AskPage } = await import("@/app/(accounts)/account/interviews/[id]/page");
  const { submitQuestionAction } = await import("@/app/(accounts)/account/interviews/actions");
  const interviewActions = await import("./interviews/actions");

  let asker: { id: number };
  const newInterview = (overrides: Record<string, unknown> = {}) =>
    db.interview.create({
      data: { title: "授权测试访谈", host: "主持人", intro: "简介", startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000), published: true, publishedAt: new Date(), ...overrides },
      select: { id: true },
    });
  const newQuestion = async (interviewId: number, data: Record<string, unknown> = {}) =>
    (await db.interviewQuestion.create({ data: { interviewId, authorId: asker.id, maskedName: "居**", body: "授权测试问题", ...data }, select: { id: true } })).id;
  let interview: { id: number };
  beforeAll(async () => {
    asker = await makeResident();
    interview = await newInterview();
  });

  const managers: Record<Who, Outcome> = { anonymous: "login", resident: "403", admin: "ok", editor: "ok", handler: "403", moderator: "403", disclosure: "403" };
  const moderators: Record<Who, Outcome> = { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "ok", disclosure: "403" };
  const interviewRoutes: Record<string, [() => Promise<unknown>, Record<Who, Outcome>]> = {
    "/admin/interviews": [() => InterviewsPage(), managers],
    "/admin/interviews/new": [() => NewInterviewPage(), managers],
    "/admin/interviews/[id]": [() => EditInterviewPage({ params: Promise.resolve({ id: String(interview.id) }), searchParams: search }), managers],
    "/admin/interviews/questions": [() => InterviewQuestionsPage({ searchParams: search }), moderators],
    "/account/interviews/[id] (the resident's question page)": [
      () => AskPage({ params: Promise.resolve({ id: String(interview.id) }), searchParams: search }),
      { anonymous: "login", resident: "ok", admin: "403", editor: "403", handler: "403", moderator: "403", disclosure: "403" },
    ],
  };
  for (const [route, [run, expectation]] of Object.entries(interviewRoutes)) {
    it(`${route}: anonymous, resident and each role`, async () => {
      const actual: Record<string, Outcome> = {};
      for (const who of WHO) {
        await signInAs(who);
        actual[who] = await outcome(run);
      }
      expect(actual).toEqual(expectation);
    });
  }

  const interviewState = async (fields: Record<string, string>) => db.interview.findUnique({ where: { id: Number(fields.interviewId) }, select: { title: true, published: true, liveSwitch: true, _count: { select: { guests: true, turns: true } } } });
  const questionState = async (fields: Record<string, string>) => db.interviewQuestion.findUnique({ where: { id: Number(fields.questionId) }, select: { status: true, putToGuest: true } });
  const interviewForm = { title: "改过的标题", host: "主持人", startsAt: "2026-01-01T09:00", endsAt: "2099-01-01T09:00", intro: "简介", summary: "" };
  const cases: Record<string, ActionCase> = {
    create: {
      run: (form) => interviewActions.saveInterviewAction({ status: "idle" }, form),
      fields: async () => ({ ...interviewForm, title: `新建-${Math.random()}` }),
      state: async (fields) => db.interview.count({ where: { title: fields.title! } }),
      done: /^\/admin\/interviews\/\d+\?saved=1$/,
      allowed: ["admin", "editor"],
    },
    update: {
      run: (form) => interviewActions.saveInterviewAction({ status: "idle" }, form),
      fields: async () => ({ ...interviewForm, interviewId: String((await newInterview()).id) }),
      state: interviewState,
      done: /\?saved=1$/,
      allowed: ["admin", "editor"],
    },
    publish: {
      run: (form) => interviewActions.publishInterviewAction({ status: "idle" }, form),
      fields: async () => ({ interviewId: String((await newInterview({ published: false, publishedAt: null })).id), publish: "1" }),
      state: interviewState,
      done: /\?done=publish$/,
      allowed: ["admin", "editor"],
    },
    "live switch": {
      run: (form) => interviewActions.switchInterviewAction({ status: "idle" }, form),
      fields: async () => ({ interviewId: String((await newInterview()).id), liveSwitch: "ended" }),
      state: interviewState,
      done: /\?done=switch$/,
      allowed: ["admin", "editor"],
    },
    "add guest": {
      run: (form) => interviewActions.addGuestAction({ status: "idle" }, form),
      fields: async () => ({ interviewId: String((await newInterview()).id), name: "嘉宾", post: "局长", department: "某局", bio: "" }),
      state: interviewState,
      done: /\?done=guest#guests$/,
      allowed: ["admin", "editor"],
    },
    "remove guest": {
      run: (form) => interviewActions.removeGuestAction({ status: "idle" }, form),
      fields: async () => {
        const { id } = await newInterview();
        const guest = await db.interviewGuest.create({ data: { interviewId: id, name: "嘉宾", post: "局长", department: "某局" }, select: { id: true } });
        return { interviewId: String(id), guestId: String(guest.id) };
      },
      state: interviewState,
      done: /\?done=guest_removed#guests$/,
      allowed: ["admin", "editor"],
    },
    "post turn": {
      run: (form) => interviewActions.postTurnAction({ status: "idle" }, form),
      fields: async () => ({ interviewId: String((await newInterview()).id), role: "guest", speaker: "嘉宾", body: "发言", questionId: "" }),
      state: interviewState,
      done: /\?posted=\d+&role=guest&speaker=.+#turn-form$/,
      allowed: ["admin", "editor"],
    },
    "approve question": {
      run: (form) => interviewActions.approveQuestionAction({ status: "idle" }, form),
      fields: async () => ({ questionId: String(await newQuestion(interview.id)) }),
      state: questionState,
      done: /\?done=approved$/,
      allowed: ["admin", "moderator"],
    },
    "reject question": {
      run: (form) => interviewActions.rejectQuestionAction({ status: "idle" }, form),
      fields: async () => ({ questionId: String(await newQuestion(interview.id)), reason: "与主题无关" }),
      state: questionState,
      done: /\?done=rejected$/,
      allowed: ["admin", "moderator"],
    },
    "put question to the guest": {
      run: (form) => interviewActions.putQuestionAction({ status: "idle" }, form),
      fields: async () => ({ questionId: String(await newQuestion(interview.id, { status: "approved" })), put: "1" }),
      state: questionState,
      done: /\?done=put$/,
      allowed: ["admin", "moderator"],
    },
  };
  itAllowsOnly("interviews", cases);

  it("interviews: only residents send questions, and a refusal stores nothing", async () => {
    const open = await newInterview();
    for (const who of WHO) {
      await signInAs(who);
      const before = await db.interviewQuestion.count({ where: { interviewId: open.id } });
      const form = new FormData();
      form.set("interviewId", String(open.id));
      form.set("body", `来自 ${who} 的问题`);
      const result = await outcome(() => submitQuestionAction({ status: "idle" }, form));
      const after = await db.interviewQuestion.count({ where: { interviewId: open.id } });
      if (who === "resident") expect([result, after]).toEqual([`/account/interviews/${open.id}?sent=1`, before + 1]);
      else expect([who, result, after]).toEqual([who, who === "anonymous" ? "login" : "403", before]);
    }
  });
});

describe("在线问答 and 常见问题", async () => {
  const { default: AdminQuestionsPage } = await import("./questions/page");
  const { default: AdminQuestionPage } = await import("./questions/[id]/page");
  const { default: QuestionModerationPage } = await import("./moderation/questions/page");
  const { default: AdminFaqPage } = await import("./faq/page");
  const { default: AdminFaqEntryPage } = await import("./faq/[id]/page");
  const { default: AskPage } = await import("@/app/(accounts)/interaction/questions/ask/page");
  const questionActions = await import("./questions/actions");
  const questionModerationActions = await import("./moderation/questions/actions");
  const faqActions = await import("./faq/actions");
  const { askQuestionAction } = await import("@/app/(accounts)/interaction/questions/ask/actions");

  let theme: { id: number };
  let asker: { id: number };
  let reason: { id: number };
  let own: { id: number };
  let others: { id: number };
  let faq: { id: number };
  let counter = 0;
  const makeQuestion = async (state: string, departmentId = department.id) =>
    db.question.create({
      data: { askerId: asker.id, maskedName: "张**", departmentId, themeId: theme.id, title: `授权测试问题${++counter}`, content: "授权测试问题的内容", state, submissionKey: `authorization-question-${counter}-padding`, dueAt: state === "pending" ? null : new Date(Date.now() + 5 * 86_400_000), ...(state === "answered" ? { answer: "答复", answeredAt: new Date() } : {}) },
      select: { id: true },
    });

  beforeAll(async () => {
    theme = await db.questionTheme.findFirstOrThrow({ select: { id: true } });
    asker = await makeResident();
    reason = await db.moderationReason.create({ data: { text: "与政务无关的提问" }, select: { id: true } });
    own = await makeQuestion("open");
    others = await makeQuestion("open", otherDepartment.id);
    faq = await db.faqEntry.create({ data: { departmentId: department.id, themeId: theme.id, question: "授权测试条目", answer: "解答" }, select: { id: true } });
  });

  const handlerRoles: Record<Who, Outcome> = { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "ok", moderator: "403", disclosure: "403" };
  const questionRoutes: Record<string, [() => Promise<unknown>, Record<Who, Outcome>]> = {
    "/admin/questions": [() => AdminQuestionsPage({ searchParams: Promise.resolve({ state: "overdue" }) }), handlerRoles],
    "/admin/questions/[id]": [() => AdminQuestionPage({ params: Promise.resolve({ id: String(own.id) }), searchParams: search }), handlerRoles],
    "/admin/questions/[id] (another department's)": [() => AdminQuestionPage({ params: Promise.resolve({ id: String(others.id) }), searchParams: search }), { ...handlerRoles, handler: "404" }],
    "/admin/questions/[id] (unknown)": [() => AdminQuestionPage({ params: Promise.resolve({ id: "99999999" }), searchParams: search }), { ...handlerRoles, admin: "404", handler: "404" }],
    "/admin/moderation/questions": [() => QuestionModerationPage({ searchParams: search }), moderatorRoles],
    "/admin/faq": [() => AdminFaqPage({ searchParams: search }), contentRoles],
    "/admin/faq/[id]": [() => AdminFaqEntryPage({ params: Promise.resolve({ id: String(faq.id) }), searchParams: search }), contentRoles],
    "/interaction/questions/ask (a sign-in link for anonymous)": [() => AskPage({ searchParams: search }), { anonymous: "ok", resident: "ok", admin: "403", editor: "403", handler: "403", moderator: "403", disclosure: "403" }],
  };
  for (const [route, [run, allowed]] of Object.entries(questionRoutes)) {
    it(`${route}: anonymous, resident and each role`, async () => {
      const actual: Record<string, Outcome> = {};
      for (const who of WHO) {
        await signInAs(who);
        actual[who] = await outcome(run);
      }
      expect(actual).toEqual(allowed);
    });
  }

  const questionState = async (fields: Record<string, string>) => db.question.findUnique({ where: { id: Number(fields.questionId) }, select: { state: true, departmentId: true, answer: true } });
  const faqCount = async () => db.faqEntry.count();
  const cases: Record<string, ActionCase> = {
    publish: { allowed: ["admin", "moderator"], run: (form) => questionModerationActions.publishQuestionAction({ status: "idle" }, form), fields: async () => ({ questionId: String((await makeQuestion("pending")).id) }), state: questionState, done: /\?done=published$/ },
    reject: {
      allowed: ["admin", "moderator"],
      run: (form) => questionModerationActions.rejectQuestionAction({ status: "idle" }, form),
      fields: async () => ({ questionId: String((await makeQuestion("pending")).id), reasonId: String(reason.id), note: "" }),
      state: questionState,
      done: /\?done=rejected$/,
    },
    withdraw: {
      allowed: ["admin", "moderator"],
      run: (form) => questionModerationActions.withdrawQuestionAction({ status: "idle" }, form),
      fields: async () => ({ questionId: String((await makeQuestion("answered")).id), reasonId: String(reason.id), note: "" }),
      state: questionState,
      done: /\?done=withdrawn$/,
    },
    answer: {
      allowed: ["admin", "handler"],
      run: (form) => questionActions.answerQuestionAction({ status: "idle" }, form),
      fields: async () => ({ questionId: String((await makeQuestion("open")).id), answer: "授权测试答复" }),
      state: questionState,
      done: /\/admin\/questions\/\d+\?done=answered$/,
    },
    reassign: {
      allowed: ["admin"],
      run: (form) => questionActions.reassignQuestionAction({ status: "idle" }, form),
      fields: async () => ({ questionId: String((await makeQuestion("open")).id), departmentId: String(otherDepartment.id) }),
      state: questionState,
      done: /\?done=reassigned$/,
    },
    "create FAQ": {
      allowed: ["admin", "editor"],
      run: (form) => faqActions.createFaqAction({ status: "idle" }, form),
      fields: async (who) => ({ departmentId: String(department.id), themeId: String(theme.id), question: `新条目${who}`, answer: "解答", sortOrder: "0", published: "on" }),
      state: faqCount,
      done: /\?done=created$/,
    },
    "promote to FAQ": {
      allowed: ["admin", "editor"],
      run: (form) => faqActions.promoteQuestionAction({ status: "idle" }, form),
      fields: async () => ({ questionId: String((await makeQuestion("answered")).id) }),
      state: faqCount,
      done: /\/admin\/faq\/\d+\?done=promoted$/,
    },
    "update FAQ": {
      allowed: ["admin", "editor"],
      run: (form) => faqActions.updateFaqAction({ status: "idle" }, form),
      fields: async (who) => ({ faqId: String(faq.id), departmentId: String(department.id), themeId: String(theme.id), question: `改后${who}`, answer: "解答", sortOrder: "1" }),
      state: async () => db.faqEntry.findUnique({ where: { id: faq.id }, select: { question: true } }),
      done: /\?done=updated$/,
    },
    "remove FAQ": {
      allowed: ["admin", "editor"],
      run: (form) => faqActions.removeFaqAction({ status: "idle" }, form),
      fields: async () => ({ faqId: String((await db.faqEntry.create({ data: { departmentId: department.id, themeId: theme.id, question: "待删", answer: "解答" }, select: { id: true } })).id) }),
      state: faqCount,
      done: /\?done=removed$/,
    },
    ask: {
      allowed: ["resident"],
      run: (form) => askQuestionAction({ status: "idle" }, form),
      fields: async (who) => ({ departmentId: String(department.id), themeId: String(theme.id), title: `授权测试提问${who}`, content: "这是一个授权测试的提问内容。", publicConsent: "on", submissionKey: `authorization-ask-${who}-0000000`, confirmed: "1" }),
      state: async () => db.question.count(),
      done: /\/interaction\/questions\/ask\?sent=\d+$/,
    },
  };
  itAllowsOnly("questions", cases);

  it("questions: a handler cannot answer another department's question (an error, nothing changes)", async () => {
    await signInAs("handler");
    const form = new FormData();
    form.set("questionId", String(others.id));
    form.set("answer", "越权的答复");
    const result = await questionActions.answerQuestionAction({ status: "idle" }, form);
    expect(result).toMatchObject({ status: "error", formError: expect.stringContaining("不在您的办理范围内") });
    expect(await db.question.findUnique({ where: { id: others.id }, select: { state: true, answer: true } })).toEqual({ state: "open", answer: null });
  });
});
