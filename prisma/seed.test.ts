import { existsSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { INDEX_NUMBER, parseTopic } from "@/lib/content/topics";
import { validitySchema } from "@/lib/content/validity";
import { loadDemoContent } from "@/test/demo";
import { authenticate } from "@/lib/auth/login";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import { isDemoSite } from "@/lib/auth/staff";
import { handlerDepartmentIds } from "@/lib/departments/departments";
import { DEMO_ACCOUNTS, hasNoStaff, isSeeded } from "./seed";

it("loads realistic demo content once", async () => {
  expect(await isSeeded(db)).toBe(false);
  const { articles } = await loadDemoContent();
  expect(await isSeeded(db)).toBe(true);
  expect(articles).toBeGreaterThanOrEqual(60);
  expect(await db.article.count({ where: { status: "published" } })).toBe(articles);

  const names = (await db.category.findMany({ where: { parentId: null }, select: { name: true } })).map((c) => c.name);
  expect(names).toEqual(expect.arrayContaining(["要闻动态", "通知公告", "政策文件", "政策解读", "便民服务", "部门动态"]));

  const policies = await db.article.findMany({
    where: { category: { isPolicy: true } },
    select: { docNumber: true, validity: true, indexNumber: true, issuer: true, writtenAt: true, topic: true, publishedAt: true },
  });
  expect(policies.length).toBeGreaterThan(0);
  for (const policy of policies) {
    expect(policy.docNumber).toMatch(/〔\d{4}〕\d+号$/);
    expect(validitySchema.parse(policy.validity)).toBeTruthy();
    // Every demo policy document has its 索引号, 发文机关, 成文日期 (not after publishing) and 主题分类.
    expect(policy.indexNumber).toMatch(INDEX_NUMBER);
    expect(policy.issuer).toBeTruthy();
    expect(policy.writtenAt!.getTime()).toBeLessThanOrEqual(policy.publishedAt!.getTime());
    expect(parseTopic(policy.topic)).toBe(policy.topic);
  }
  expect(new Set(policies.map((p) => p.validity))).toEqual(new Set(["valid", "amended", "repealed"]));

  const pages = (await db.page.findMany({ select: { slug: true } })).map((p) => p.slug).sort();
  expect(pages).toEqual(["about", "contact", "disclaimer", "interaction", "privacy"]);
  // The about page promises only what the site does today.
  const about = (await db.page.findUnique({ where: { slug: "about" }, select: { body: true } }))!.body;
  for (const absent of ["在线咨询", "意见征集", "在线服务", "在线办理", "网上办事"]) expect(about).not.toContain(absent);
  for (const present of ["要闻动态", "政策文件", "便民服务", "州长信箱", "民意征集", "个人中心", "长者版"]) expect(about).toContain(present);

  const attachment = await db.attachment.findFirst({ select: { storageKey: true } });
  expect(existsSync(path.join(process.env.UPLOAD_DIR!, attachment!.storageKey))).toBe(true);
});

it("creates one demo account per role with passwords that pass the rules, and the demo flag", async () => {
  // The demo content was loaded by the test above (same database file).
  expect(await isDemoSite()).toBe(true);
  expect(await hasNoStaff(db)).toBe(false);
  expect(DEMO_ACCOUNTS.map((account) => account.role)).toEqual(["admin", "editor", "handler", "moderator", "disclosure", "resident"]);
  for (const account of DEMO_ACCOUNTS) {
    expect(newPasswordSchema.safeParse(account.password).success).toBe(true);
    expect(await authenticate(account.email, account.password)).toMatchObject({ ok: true, user: { role: account.role } });
  }
  expect(await db.profile.count({ where: { user: { email: "resident@demo.gov.cn" } } })).toBe(1);
});

it("creates the demo departments of 昌吉州 with the demo handler in two of them", async () => {
  const departments = await db.department.findMany({ select: { name: true, active: true, members: { select: { user: { select: { email: true } } } } }, orderBy: { sortOrder: "asc" } });
  expect(departments.map((department) => department.name)).toEqual(expect.arrayContaining(["州发展和改革委员会", "州教育局", "州人力资源和社会保障局", "州住房和城乡建设局", "州生态环境局", "州市场监督管理局"]));
  expect(departments.every((department) => department.active)).toBe(true);
  const handler = await db.user.findUnique({ where: { email: "handler@demo.gov.cn" }, select: { id: true, role: true } });
  expect(await handlerDepartmentIds(handler!)).toHaveLength(2);
  expect(departments.flatMap((department) => department.members.map((member) => member.user.email))).toEqual(["handler@demo.gov.cn", "handler@demo.gov.cn"]);
});

it("publishes at least 40 办事指南 across every theme and many departments, each well-formed", async () => {
  const { isServiceCode, SERVICE_THEMES } = await import("@/lib/services/catalog");
  const { faqJson, materialsJson, readList, stepsJson } = await import("@/lib/services/fields");
  const guides = await db.serviceGuide.findMany({ where: { status: "published" }, select: { code: true, theme: true, departmentId: true, materials: true, steps: true, faq: true, onlineUrl: true, legalDays: true, promisedDays: true } });
  expect(guides.length).toBeGreaterThanOrEqual(40);
  expect(new Set(guides.map((guide) => guide.theme))).toEqual(new Set(Object.keys(SERVICE_THEMES)));
  expect(new Set(guides.map((guide) => guide.departmentId)).size).toBeGreaterThanOrEqual(10);
  for (const guide of guides) {
    expect(isServiceCode(guide.code)).toBe(true);
    expect(readList(materialsJson, guide.materials).length).toBeGreaterThan(0);
    expect(readList(stepsJson, guide.steps).length).toBeGreaterThan(0);
    expect(readList(faqJson, guide.faq)).toEqual(JSON.parse(guide.faq));
    expect(guide.promisedDays).toBeLessThanOrEqual(guide.legalDays);
    if (guide.onlineUrl) expect(guide.onlineUrl).toMatch(/^https:\/\//);
  }
  expect(await db.searchDocument.count({ where: { kind: "service" } })).toBe(guides.length);
});

it("gives the demo's 意见征集 article a real consultation: closed, with feedback and public opinions", async () => {
  const article = await db.article.findFirst({ where: { title: { contains: "征求意见稿）》意见的公告" } }, select: { id: true, body: true } });
  const link = /\(\/interaction\/consultations\/(\d+)\)/.exec(article!.body);
  expect(link).not.toBeNull();
  const consultation = await db.consultation.findUnique({ where: { id: Number(link![1]) }, select: { published: true, feedbackPublishedAt: true, title: true } });
  expect(consultation).toMatchObject({ published: true, title: expect.stringContaining("供热管理办法") });
  expect(consultation!.feedbackPublishedAt).not.toBeNull();
  expect(await db.consultationOpinion.count({ where: { consultationId: Number(link![1]), publicConsent: true } })).toBeGreaterThan(0);
  const { consultationStatus } = await import("@/lib/consultations/status");
  const all = await db.consultation.findMany({ select: { startsAt: true, endsAt: true, feedbackPublishedAt: true } });
  expect(new Set(all.map((row) => consultationStatus(row)))).toEqual(new Set(["answered", "open", "upcoming"]));
  expect(await db.searchDocument.count({ where: { kind: "consultation" } })).toBe(all.length);
  // No demo text sends readers to a column that does not exist.
  const promising = await db.article.count({ where: { body: { contains: "“意见征集”栏目" } } });
  expect(promising).toBe(0);
});

it("seeds an archived 嘉宾访谈 with transcript and answered question, and an upcoming one", async () => {
  const { interviewStatus } = await import("@/lib/interviews/status");
  const all = await db.interview.findMany({ select: { id: true, startsAt: true, endsAt: true, liveSwitch: true, published: true, _count: { select: { turns: true, guests: true } } } });
  expect(all.map((row) => [interviewStatus(row), row.published])).toEqual([["archive", true], ["upcoming", true]]);
  expect(all[0]!._count.turns).toBeGreaterThan(3);
  expect(all[1]!._count.guests).toBe(2);
  expect(await db.interviewQuestion.count({ where: { interviewId: all[0]!.id, status: "approved", answeredTurnId: { not: null } } })).toBe(1);
  expect(await db.searchDocument.count({ where: { kind: "interview" } })).toBe(2);
});

it("gives one guide's material a blank form, a PDF on disk, and seeds 依申请公开 requests in each state", async () => {
  const { DEMO_BLANK_FORM } = await import("./seed");
  const { readPublishedBlankForm } = await import("@/lib/services/blank-forms");
  const forms = await db.serviceBlankForm.findMany({ select: { id: true, materialName: true, guide: { select: { name: true, materials: true } } } });
  expect(forms).toHaveLength(1);
  expect(forms[0]).toMatchObject({ materialName: DEMO_BLANK_FORM.materialName, guide: { name: DEMO_BLANK_FORM.guideName } });
  expect(JSON.parse(forms[0]!.guide.materials).map((material: { name: string }) => material.name)).toContain(DEMO_BLANK_FORM.materialName);
  const file = await readPublishedBlankForm(forms[0]!.id);
  expect(file?.bytes.subarray(0, 5).toString()).toBe("%PDF-");

  const requests = await db.infoRequest.findMany({ select: { status: true, outcome: true, extensionStatus: true, channel: true, dueAt: true, user: { select: { email: true } } } });
  expect(new Set(requests.map((request) => request.status))).toEqual(new Set(["submitted", "registered", "correction", "replied"]));
  expect(new Set(requests.map((request) => request.outcome).filter(Boolean)).size).toBeGreaterThanOrEqual(3);
  expect(requests.some((request) => request.extensionStatus === "granted")).toBe(true);
  expect(requests.some((request) => request.status === "registered" && request.dueAt! < new Date())).toBe(true);
  expect(requests.some((request) => request.channel !== "online")).toBe(true);
  expect(requests.filter((request) => request.user?.email === "resident@demo.gov.cn")).toHaveLength(1);
});

it("seeds 在线问答 in each state and 常见问题, the answered public questions in the search", async () => {
  const states = await db.question.groupBy({ by: ["state"], _count: { _all: true } });
  expect(new Set(states.map((row) => row.state))).toEqual(new Set(["answered", "open", "pending"]));
  const overdue = await db.question.count({ where: { state: "open", dueAt: { lt: new Date() }, department: { name: "州教育局" } } });
  expect(overdue).toBeGreaterThan(0);
  expect(await db.searchDocument.count({ where: { kind: "question" } })).toBe(await db.question.count({ where: { state: "answered", publicConsent: true } }));
  expect(await db.faqEntry.count({ where: { published: true, sourceQuestionId: { not: null } } })).toBe(1);
  expect(await db.faqEntry.count({ where: { department: { name: "州市场监督管理局" } } })).toBeGreaterThan(0);
});
