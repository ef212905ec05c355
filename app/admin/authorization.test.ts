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
fakeRequest.headers = new Headers({ host: "localhost:3000", origin: "http://localhost:3000", "x-forwarded-for": "198.51.100.4" });
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";

const { issueSessionCookie } = await import("@/lib/auth/current");
const { default: AdminLayout } = await import("./layout");
const { default: AdminDashboard } = await import("./page");
const { default: AuditPage } = await import("./audit/page");
const { default: AdminUserPage } = await import("./users/[id]/page");
const { default: StatsPage } = await import("./stats/page");
const { GET: exportStats } = await import("./stats/export/route");
const { endSessionsAction } = await import("./actions");

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
const actors = new Map<Who, { id: number; sessionVersion: number } | null>();

beforeAll(async () => {
  target = await makeResident({ email: "target@example.com" });
  actors.set("anonymous", null);
  const resident = await makeResident();
  actors.set("resident", { id: resident.id, sessionVersion: 0 });
  for (const role of STAFF_ROLES) actors.set(role, await makeStaff(role));
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
  "/admin/stats": () => StatsPage({ searchParams: search }),
  "/admin/stats/export (CSV)": async () => {
    const response = await exportStats(new Request("http://localhost:3000/admin/stats/export?from=2026-11-01&to=2026-11-29"));
    if (response.status !== 200 || !response.headers.get("content-type")?.startsWith("text/csv")) throw new Error(`CSV export answered ${response.status}`);
  },
};

const expected: Record<string, Record<Who, Outcome>> = {
  "/admin (layout)": { anonymous: "login", resident: "403", admin: "ok", editor: "ok", handler: "ok", moderator: "ok" },
  "/admin": { anonymous: "login", resident: "403", admin: "ok", editor: "ok", handler: "ok", moderator: "ok" },
  "/admin/audit": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "403" },
  "/admin/users/[id]": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "403" },
  "/admin/stats": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "403" },
  "/admin/stats/export (CSV)": { anonymous: "login", resident: "403", admin: "ok", editor: "403", handler: "403", moderator: "403" },
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

  it("audits the CSV exports that were made, and only those", async () => {
    const exports = await db.auditEntry.findMany({ where: { action: "stats.export" }, select: { actorRole: true, ip: true, outcome: true } });
    expect(exports).toEqual([{ actorRole: "admin", ip: "198.51.100.4", outcome: "success" }]);
    const refused = await db.auditEntry.count({ where: { action: "access.denied", targetId: "read:stats:any" } });
    expect(refused).toBe(2 * 4); // page and export, for the resident and three roles
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
