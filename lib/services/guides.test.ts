import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { makeDepartment } from "@/test/mailbox";
import { makeStaff } from "@/test/staff";

// Integration tests of 办事指南 (lib/services) on a real database: the form's validation, the
// workflow, refusals, the audit trail, the search index and the public queries. next/cache
// needs a request: it is replaced by a recorder.

const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string, type?: string) => void revalidated.push(type ? `${path} (${type})` : path) }));

const { serviceGuideSchema, materialsToText, faqToText } = await import("./fields");
const { createGuide, getGuideForEdit, transitionGuide, updateGuide } = await import("./guides");
const { getPublishedGuide, guidesByAudience, guidesByDepartment, guidesByTheme, searchGuides, serviceDirectory } = await import("./queries");
const { ContentPermissionError } = await import("@/lib/content/permission");
const { parseSearchParams, searchSite } = await import("@/lib/search/search");

type Staff = Awaited<ReturnType<typeof makeStaff>>;
let editor: Staff;
let handler: Staff;
let departmentId: number;
const ip = "198.51.100.9";

const raw = (overrides: Record<string, string> = {}) => ({
  code: "11652300MB1583021K-QR-0001",
  name: "出生登记（新生儿落户）",
  serviceType: "qr",
  departmentId: String(departmentId),
  audience: "person",
  theme: "huji",
  conditions: "新生儿父母一方户籍在本州。",
  materials: "出生医学证明 | 原件 | 1 | 必需\r\n父母双方居民身份证 | 原件和复印件 | 2 | 必需 | 复印件正反面\n结婚证 | 复印件 | 1 | 非必需",
  steps: "1. 申请\n2、受理\n审核并办结",
  legalDays: "7",
  promisedDays: "1",
  fee: "",
  location: "州政务服务中心一楼",
  hours: "工作日",
  phone: "0994-2362110",
  complaintPhone: "12345",
  online: "on",
  onlineUrl: "https://zwfw.xinjiang.gov.cn/item/1",
  visits: "1",
  faq: "问：有期限吗？\n答：建议一个月内办理。\n逾期仍可办理。\n问：要本人到场吗？\n答：不需要。",
  ...overrides,
});
const parse = (overrides: Record<string, string> = {}) => serviceGuideSchema.parse(raw(overrides));
const errorsOf = (overrides: Record<string, string | undefined>) => {
  const merged: Record<string, string | undefined> = { ...raw(), ...overrides };
  const result = serviceGuideSchema.safeParse(Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)));
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
};

async function statusOf(id: number) {
  return (await db.serviceGuide.findUnique({ where: { id }, select: { status: true } }))?.status;
}

async function newGuide(overrides: Record<string, string> = {}) {
  const result = await createGuide(editor, parse(overrides), ip);
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.id;
}

const found = async (q: string) => (await searchSite(parseSearchParams({ q, type: "service" }))).results.map((result) => result.url);

beforeAll(async () => {
  editor = await makeStaff("editor");
  handler = await makeStaff("handler");
  departmentId = (await makeDepartment("州公安局")).id;
});

describe("the form", () => {
  it("parses the lists typed line by line", () => {
    const input = parse();
    expect(input.materials).toEqual([
      { name: "出生医学证明", form: "original", copies: 1, required: true, note: "" },
      { name: "父母双方居民身份证", form: "both", copies: 2, required: true, note: "复印件正反面" },
      { name: "结婚证", form: "copy", copies: 1, required: false, note: "" },
    ]);
    expect(input.steps).toEqual(["申请", "受理", "审核并办结"]);
    expect(input.faq).toEqual([
      { question: "有期限吗？", answer: "建议一个月内办理。\n逾期仍可办理。" },
      { question: "要本人到场吗？", answer: "不需要。" },
    ]);
    expect(input.onlineUrl).toBe("https://zwfw.xinjiang.gov.cn/item/1");
    expect(parse({ online: "" }).onlineUrl).toBeNull();
    // The stored lists read back as the same text.
    expect(serviceGuideSchema.parse(raw({ materials: materialsToText(input.materials), faq: faqToText(input.faq) }))).toEqual(input);
  });

  it("names each problem in Chinese on its field", () => {
    expect(errorsOf({ code: "abc/1" }).code).toMatch(/事项编码/);
    expect(errorsOf({ name: " " }).name).toBe("请填写事项名称");
    expect(errorsOf({ serviceType: "x" }).serviceType).toBe("请选择事项类型");
    expect(errorsOf({ theme: "" }).theme).toBe("请选择主题");
    expect(errorsOf({ materials: "身份证 | 扫描件 | 1 | 必需" }).materials).toBe("申请材料第 1 行：第二项须为 原件、复印件 或 原件和复印件");
    expect(errorsOf({ materials: "身份证 | 原件 | 0" }).materials).toMatch(/份数/);
    expect(errorsOf({ steps: "" }).steps).toMatch(/办理流程/);
    expect(errorsOf({ legalDays: "二十" }).legalDays).toMatch(/法定时限/);
    expect(errorsOf({ legalDays: "5", promisedDays: "10" }).promisedDays).toBe("承诺时限不能长于法定时限");
    expect(errorsOf({ onlineUrl: "http://zwfw.xinjiang.gov.cn/" }).onlineUrl).toMatch(/https/);
    expect(errorsOf({ onlineUrl: "javascript:alert(1)" }).onlineUrl).toMatch(/https/);
    expect(errorsOf({ online: undefined, onlineUrl: "" })).toEqual({});
    expect(errorsOf({ onlineUrl: "" }).onlineUrl).toMatch(/可在线办理/);
    expect(errorsOf({ onlineUrl: "https://user:pw@zwfw.xinjiang.gov.cn/" }).onlineUrl).toMatch(/https/);
    expect(errorsOf({ phone: "<script>" }).phone).toMatch(/咨询电话/);
    expect(errorsOf({ faq: "答：没有问题" }).faq).toMatch(/问：/);
    expect(errorsOf({ faq: "问：只有问题" }).faq).toMatch(/缺少/);
  });
});

describe("the staff workflow", () => {
  it("creates a draft, then 送审 -> 发布 -> 下线 -> 重新编辑, audited, in search only while published", async () => {
    const id = await newGuide({ code: "WF-QR-0001", name: "新生儿落户登记" });
    expect(await statusOf(id)).toBe("draft");
    expect(await getPublishedGuide("WF-QR-0001")).toBeNull();
    expect(await found("新生儿落户登记")).toEqual([]);

    expect(await transitionGuide(editor, id, "publish", ip)).toEqual({ ok: false, reason: "not_allowed" });
    expect(await transitionGuide(editor, id, "submit", ip)).toEqual({ ok: true, status: "review" });
    revalidated.length = 0;
    expect(await transitionGuide(editor, id, "publish", ip)).toEqual({ ok: true, status: "published" });
    expect(revalidated).toEqual(expect.arrayContaining(["/std/services/WF-QR-0001", "/elder-signed-in/services", "/[mode]/services (layout)"]));
    expect(await found("新生儿落户登记")).toEqual(["/services/WF-QR-0001"]);
    expect(await found("WF-QR-0001")).toEqual(["/services/WF-QR-0001"]);

    const guide = await getPublishedGuide("WF-QR-0001");
    expect(guide).toMatchObject({ name: "新生儿落户登记", typeLabel: "行政确认", audienceLabel: "个人", themeLabel: "户籍办理", department: { name: "州公安局" } });
    expect(guide?.materials[1]).toMatchObject({ formLabel: "原件和复印件", copies: 2 });

    // Edits of a published guide are public at once, in the index too, under its new code.
    expect(await updateGuide(editor, id, parse({ code: "WF-QR-0002", name: "出生登记" }), ip)).toEqual({ ok: true, id });
    expect(await getPublishedGuide("WF-QR-0001")).toBeNull();
    expect((await getPublishedGuide("WF-QR-0002"))?.name).toBe("出生登记");
    expect(await found("出生登记")).toEqual(["/services/WF-QR-0002"]);

    expect(await transitionGuide(editor, id, "archive", ip)).toEqual({ ok: true, status: "archived" });
    expect(await getPublishedGuide("WF-QR-0002")).toBeNull();
    expect(await found("出生登记")).toEqual([]);
    expect(await transitionGuide(editor, id, "reopen", ip)).toEqual({ ok: true, status: "draft" });

    const actions = (await db.auditEntry.findMany({ where: { targetType: "service", targetId: String(id) }, select: { action: true, outcome: true }, orderBy: { id: "asc" } })).map((entry) => `${entry.action}:${entry.outcome}`);
    expect(actions).toEqual(["service.create:success", "service.publish:failed", "service.submit:success", "service.publish:success", "service.update:success", "service.archive:success", "service.reopen:success"]);

    const edit = await getGuideForEdit(id);
    expect(edit?.form.materials?.split("\n")).toHaveLength(3);
    expect(edit?.form.online).toBe("on");
  });

  it("refuses a taken 事项编码 and an unknown department on their fields", async () => {
    await newGuide({ code: "DUP-XK-0001" });
    expect(await createGuide(editor, parse({ code: "DUP-XK-0001" }), ip)).toEqual({ ok: false, fieldErrors: { code: ["该事项编码已被其他办事指南使用"] } });
    expect(await createGuide(editor, parse({ code: "DEPT-XK-0001", departmentId: "999999" }), ip)).toEqual({ ok: false, fieldErrors: { departmentId: ["请选择实施主体"] } });
  });

  it("a role without the permission changes nothing, and the refusal is audited", async () => {
    const id = await newGuide({ code: "REF-GG-0001" });
    const before = await db.serviceGuide.findUnique({ where: { id }, select: { name: true, status: true, updatedAt: true } });
    await expect(createGuide(handler, parse({ code: "REF-GG-0002" }), ip)).rejects.toBeInstanceOf(ContentPermissionError);
    await expect(updateGuide(handler, id, parse({ code: "REF-GG-0001", name: "改名" }), ip)).rejects.toBeInstanceOf(ContentPermissionError);
    await expect(transitionGuide(handler, id, "submit", ip)).rejects.toBeInstanceOf(ContentPermissionError);
    expect(await db.serviceGuide.findUnique({ where: { id }, select: { name: true, status: true, updatedAt: true } })).toEqual(before);
    expect(await db.serviceGuide.count({ where: { code: "REF-GG-0002" } })).toBe(0);
    expect(await db.auditEntry.count({ where: { actorId: handler.id, action: "access.denied", targetId: "manage:service:any" } })).toBe(3);
  });
});

describe("the public directory", () => {
  it("lists published guides by audience, theme, department and name", async () => {
    const other = (await makeDepartment("州税务局")).id;
    const ids = [
      await newGuide({ code: "PUB-GG-0001", name: "纳税证明开具", audience: "both", theme: "nashui", departmentId: String(other) }),
      await newGuide({ code: "PUB-XK-0002", name: "发票领用", audience: "legal", theme: "nashui", departmentId: String(other) }),
      await newGuide({ code: "PUB-XK-0003", name: "草稿事项 100%", audience: "legal", theme: "nashui", departmentId: String(other) }),
    ];
    for (const id of ids.slice(0, 2)) {
      await transitionGuide(editor, id, "submit", ip);
      await transitionGuide(editor, id, "publish", ip);
    }
    expect((await guidesByTheme("nashui")).map((guide) => guide.code).sort()).toEqual(["PUB-GG-0001", "PUB-XK-0002"]);
    expect((await guidesByAudience("person")).map((guide) => guide.code)).toContain("PUB-GG-0001");
    expect((await guidesByAudience("person")).map((guide) => guide.code)).not.toContain("PUB-XK-0002");
    expect((await guidesByAudience("legal")).map((guide) => guide.code)).toEqual(expect.arrayContaining(["PUB-GG-0001", "PUB-XK-0002"]));
    expect((await guidesByDepartment(other))?.guides).toHaveLength(2);
    expect(await guidesByDepartment(999999)).toBeNull();
    expect((await searchGuides("发票")).map((guide) => guide.code)).toEqual(["PUB-XK-0002"]);
    expect((await searchGuides("pub-gg")).map((guide) => guide.code)).toEqual(["PUB-GG-0001"]);
    expect(await searchGuides("100%")).toEqual([]);
    expect(await searchGuides("%")).toEqual([]);
    const directory = await serviceDirectory();
    expect(directory.themes.find((theme) => theme.theme === "nashui")?.count).toBe(2);
    expect(directory.tabs).toEqual([
      { tab: "person", label: "个人服务", count: expect.any(Number) },
      { tab: "legal", label: "法人服务", count: expect.any(Number) },
    ]);
    expect(directory.departments.find((department) => department.id === other)?.count).toBe(2);
    expect(await getPublishedGuide("../etc")).toBeNull();
  });
});
