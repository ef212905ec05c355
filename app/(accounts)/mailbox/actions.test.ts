import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { STAFF_ROLES } from "@/lib/auth/permissions";
import { makeResident } from "@/test/accounts";
import { letterForm, submitTestLetter, pngFile, setLetterState } from "@/test/mailbox-submissions";
import { fakeRequest, requestHeaders } from "@/test/next-request";
import { makeStaff } from "@/test/staff";

// The mailbox's server actions and pages as the browser reaches them (next/headers stood in
// for), and who may use them: anonymous, a resident, each staff role.

const jar = fakeRequest.cookies;
vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders);
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";

const { issueSessionCookie } = await import("@/lib/auth/current");
const { RECEIPT_COOKIE } = await import("@/lib/mailbox/receipt");
const actions = await import("./actions");
const { default: WritePage } = await import("./write/page");
const { default: ReceiptPage } = await import("./write/done/page");

const html = (element: unknown) => renderToStaticMarkup(element as React.ReactElement);

type Outcome = { redirect: string } | { forbidden: true } | { state: unknown };

async function outcome(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { state: await work() };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] ?? "" };
    if (digest.includes(";403")) return { forbidden: true };
    throw error;
  }
}

function form(entries: Record<string, string>, files: File[] = []) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  for (const file of files) data.append("attachments", file);
  return data;
}

const submit = (entries: Record<string, string>, files: File[] = []) =>
  outcome(() => actions.submitLetterAction({ status: "idle" }, form(entries, files)));

let resident: { id: number; role: string; email: string };

beforeAll(async () => {
  resident = await makeResident();
});

beforeEach(async () => {
  jar.clear();
  fakeRequest.headers = requestHeaders({ host: "localhost:3000", origin: "http://localhost:3000" }, "192.0.2.10");
  await issueSessionCookie({ id: resident.id, sessionVersion: 0 });
});

describe("writing a letter", () => {
  it("bad input returns the field errors with what was typed and changes nothing", async () => {
    const before = await db.letter.count();
    const result = await submit(letterForm({ title: "", content: "短", type: "report", agreePublic: "on" }), [pngFile()]);
    expect(result).toMatchObject({
      state: {
        status: "error",
        fieldErrors: { title: ["请填写标题"], content: ["内容不能少于 10 个字"], agreePublic: [expect.stringContaining("举报")] },
        values: { type: "report", content: "短" },
      },
    });
    expect(await db.letter.count()).toBe(before);
    expect(await db.letterAttachment.count()).toBe(0);
  });

  it("a valid letter redirects to the confirmation, which shows the number and the code; a re-sent form shows the same letter", async () => {
    const entries = letterForm();
    const first = await submit(entries, [pngFile()]);
    expect(first).toEqual({ redirect: expect.stringMatching(/^\/mailbox\/write\/done\?number=\d{8}-\d{4,}$/) });
    const number = decodeURIComponent((first as { redirect: string }).redirect.split("=")[1]!);
    expect(jar.get(RECEIPT_COOKIE)).toBeTruthy();
    expect(jar.get(RECEIPT_COOKIE)).not.toContain(number); // encrypted

    const page = html(await ReceiptPage({ searchParams: Promise.resolve({ number }) }));
    expect(page).toContain(number);
    const code = page.match(/data-testid="tracking-code"[^>]*>([2-9A-HJKMNP-Z]{12})</)?.[1];
    expect(code).toBeDefined();
    const { trackLetter } = await import("@/lib/mailbox/track");
    expect((await trackLetter(number, code!, "192.0.2.99")).kind).toBe("found");

    expect(await submit(entries, [pngFile()])).toEqual(first);
    expect(await db.letter.count({ where: { submissionKey: entries.submissionKey } })).toBe(1);

    // Without the receipt cookie the page cannot show the code again, and offers a new one.
    jar.delete(RECEIPT_COOKIE);
    const without = html(await ReceiptPage({ searchParams: Promise.resolve({ number }) }));
    expect(without).not.toContain(code!);
    expect(without).toContain("生成新的查询码");
    const reset = await outcome(() => actions.resetTrackingCodeAction(form({ number })));
    expect(reset).toEqual(first);
    const newCode = html(await ReceiptPage({ searchParams: Promise.resolve({ number }) })).match(/data-testid="tracking-code"[^>]*>([2-9A-HJKMNP-Z]{12})</)?.[1];
    expect(newCode).toBeDefined();
    expect((await trackLetter(number, code!, "192.0.2.99")).kind).toBe("not-found");
    expect((await trackLetter(number, newCode!, "192.0.2.99")).kind).toBe("found");
  });

  it("the form is pre-filled from the profile", async () => {
    const page = html(await WritePage());
    expect(page).toContain(resident.email);
  });
});

describe("tracking and rating", () => {
  it("tracking answers 未找到 for a wrong pair and the letter for the right one", async () => {
    const letter = await submitTestLetter(resident);
    jar.clear(); // no login needed
    const track = (number: string, code: string) => actions.trackLetterAction({ status: "idle" }, form({ number, code }));
    expect(await track(letter.number, "WRONGCODE234")).toMatchObject({ status: "error", formError: expect.stringContaining("未找到") });
    expect(await track("20991231-0001", letter.trackingCode)).toMatchObject({ status: "error", formError: expect.stringContaining("未找到") });
    expect(await track(letter.number, letter.trackingCode)).toMatchObject({ status: "success", data: { number: letter.number, status: "submitted" } });
  });

  it("the writer rates a replied letter from /account", async () => {
    const letter = await submitTestLetter(resident);
    await setLetterState(letter.id, { status: "replied" });
    const rate = (rating: string) => outcome(() => actions.rateLetterAction({ status: "idle" }, form({ letterId: String(letter.id), rating, ratingComment: "" })));
    expect(await rate("bogus")).toMatchObject({ state: { status: "error", fieldErrors: { rating: ["请选择评价"] } } });
    expect(await rate("satisfied")).toEqual({ redirect: "/account?rated=1" });
    expect(await rate("basic")).toMatchObject({ state: { status: "error", formError: expect.stringContaining("只能评价一次") } });
  });
});

describe("who may write and rate", () => {
  const WHO = ["anonymous", "resident", ...STAFF_ROLES] as const;
  const actors = new Map<string, { id: number; sessionVersion: number } | null>();

  beforeAll(async () => {
    actors.set("anonymous", null);
    actors.set("resident", { id: (await makeResident()).id, sessionVersion: 0 });
    for (const role of STAFF_ROLES) actors.set(role, await makeStaff(role));
  });

  const kind = (result: Outcome) => ("forbidden" in result ? "403" : "redirect" in result ? (result.redirect.startsWith("/login") ? "login" : "ok") : "ok");

  for (const who of WHO) {
    it(`${who}: write page, submit, rate, new code`, async () => {
      jar.clear();
      const actor = actors.get(who);
      if (actor) await issueSessionCookie(actor);
      const expected = who === "anonymous" ? "login" : who === "resident" ? "ok" : "403";
      const before = { letters: await db.letter.count(), events: await db.letterEvent.count() };
      expect(kind(await outcome(() => WritePage()))).toBe(expected);
      expect(kind(await submit(letterForm()))).toBe(expected);
      expect(kind(await outcome(() => ReceiptPage({ searchParams: Promise.resolve({}) })))).toBe(expected);
      const letter = await db.letter.findFirstOrThrow({ where: { writerId: resident.id }, select: { id: true, number: true } });
      const rated = await outcome(() => actions.rateLetterAction({ status: "idle" }, form({ letterId: String(letter.id), rating: "satisfied", ratingComment: "" })));
      expect(kind(rated)).toBe(expected === "ok" ? "ok" : expected);
      expect(kind(await outcome(() => actions.resetTrackingCodeAction(form({ number: letter.number }))))).toBe(expected);
      if (expected !== "ok") expect({ letters: await db.letter.count(), events: await db.letterEvent.count() }).toEqual(before);
    });
  }

  it("refuses a request from another origin", async () => {
    fakeRequest.headers = requestHeaders({ host: "localhost:3000", origin: "https://evil.example" });
    expect(await submit(letterForm())).toEqual({ forbidden: true });
  });
});
