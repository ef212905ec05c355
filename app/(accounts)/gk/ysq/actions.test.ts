import { randomBytes } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { makeResident } from "@/test/accounts";
import { fakeRequest, requestHeaders } from "@/test/next-request";
import { makeStaff } from "@/test/staff";

// 依申请公开's public actions and pages as the browser reaches them (next/headers stood in
// for): anonymous applying, the one-time 查询码 on the confirmation page, tracking and
// answering a 补正 through the one tracking action, and the origin check.

const jar = fakeRequest.cookies;
vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders);
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";

const { issueSessionCookie } = await import("@/lib/auth/current");
const actions = await import("./actions");
const { default: ApplyPage } = await import("./apply/page");
const { default: DonePage } = await import("./apply/done/page");
const { registerRequest, requestCorrection } = await import("@/lib/ysq/workflow");

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

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

const applyForm = (overrides: Record<string, string> = {}) => ({
  submissionKey: randomBytes(18).toString("base64url"),
  applicantType: "organisation",
  orgName: "昌吉某某建设有限公司",
  creditCode: "914403001922038216",
  legalRepresentative: "李四",
  contactPerson: "王五",
  phone: "0994-2345678",
  email: "org@example.com",
  address: "昌吉市北京南路 2 号",
  description: "请公开 2025 年本市建设工程招标投标情况。",
  delivery: "email",
  declaration: "on",
  ...overrides,
});

beforeEach(() => {
  jar.clear();
  fakeRequest.headers = requestHeaders({ host: "localhost:3000", origin: "http://localhost:3000" }, "192.0.2.20");
});

async function applied(): Promise<{ number: string; code: string }> {
  const result = await outcome(() => actions.submitInfoRequestAction({ status: "idle" }, form(applyForm())));
  if (!("redirect" in result)) throw new Error(JSON.stringify(result));
  const number = decodeURIComponent(result.redirect.split("number=")[1]!);
  const page = html(await DonePage({ searchParams: Promise.resolve({ number }) }));
  const code = /data-testid="ysq-code"[^>]*>([2-9A-Z]{12})</.exec(page)?.[1];
  if (!code) throw new Error("no code");
  return { number, code };
}

describe("applying", () => {
  it("lets an anonymous organisation apply and shows the number and the code once", async () => {
    const page = html(await ApplyPage());
    expect(page).toContain("政府信息公开申请");
    const { number, code } = await applied();
    expect(number).toMatch(/^YSQ\d{8}-\d{4,}$/);
    expect(code).toHaveLength(12);
    const row = await db.infoRequest.findUniqueOrThrow({ where: { number }, select: { userId: true, applicantType: true, name: true, creditCode: true, idNumberCipher: true } });
    expect(row).toEqual({ userId: null, applicantType: "organisation", name: "昌吉某某建设有限公司", creditCode: "914403001922038216", idNumberCipher: null });
    // Another browser (no receipt cookie) sees no code.
    jar.clear();
    expect(html(await DonePage({ searchParams: Promise.resolve({ number }) }))).not.toContain(code);
  });

  it("returns the field errors, never echoing the ID number, and saves nothing", async () => {
    const before = await db.infoRequest.count();
    const result = await outcome(() =>
      actions.submitInfoRequestAction({ status: "idle" }, form(applyForm({ applicantType: "citizen", name: "张三", idType: "id_card", idCard: "110105194912310021", declaration: "" }))),
    );
    expect(result).toMatchObject({ state: { status: "error", fieldErrors: { idCard: ["身份证号码校验位不正确，请核对"], declaration: ["请阅读并勾选声明"] } } });
    expect(JSON.stringify(result)).not.toContain("110105194912310021");
    expect(await db.infoRequest.count()).toBe(before);
  });

  it("pre-fills a signed-in resident's details and links the request to the account", async () => {
    const resident = await makeResident({ name: "孙七", email: "sun@example.com" });
    await issueSessionCookie({ id: resident.id, sessionVersion: 0 });
    expect(html(await ApplyPage())).toContain("sun@example.com");
    const { number } = await applied();
    expect((await db.infoRequest.findUniqueOrThrow({ where: { number }, select: { userId: true } })).userId).toBe(resident.id);
  });

  it("refuses a request from another origin", async () => {
    fakeRequest.headers = requestHeaders({ host: "localhost:3000", origin: "https://evil.example" });
    expect(await outcome(() => actions.submitInfoRequestAction({ status: "idle" }, form(applyForm())))).toEqual({ forbidden: true });
  });
});

describe("tracking and answering a 补正", () => {
  it("answers a wrong pair with 未找到, shows the 补正 and takes the answer", async () => {
    const { number, code } = await applied();
    const track = (entries: Record<string, string>) => outcome(() => actions.trackInfoRequestAction({ status: "idle" }, form(entries)));
    expect(await track({ number, code: "ZZZZZZZZZZZZ" })).toMatchObject({ state: { status: "error", formError: expect.stringContaining("未找到") } });
    const officer = await makeStaff("disclosure");
    const { id } = await db.infoRequest.findUniqueOrThrow({ where: { number }, select: { id: true } });
    await registerRequest(officer, id);
    await requestCorrection(officer, id, { request: "请写明招标项目名称。" });
    expect(await track({ number, code })).toMatchObject({ state: { status: "success", data: { request: { status: "correction", correctionRequest: "请写明招标项目名称。" } } } });
    expect(await track({ number, code, intent: "answer", answer: "" })).toMatchObject({ state: { status: "success", data: { answerError: "请填写补正内容" } } });
    expect(await track({ number, code, intent: "answer", answer: "昌吉市第一中学新建工程。" })).toMatchObject({
      state: { status: "success", data: { answered: true, request: { status: "registered", correctionAnswer: "昌吉市第一中学新建工程。" } } },
    });
  });
});
