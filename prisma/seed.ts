// Loads the demo content into an empty database (npm start does this on first start).
// Never run against production: the content is fictional.
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { uploadRoot } from "@/lib/files/uploads";
import { BLANK_FORM_FOLDER } from "@/lib/services/blank-forms";
import { rebuildSearchIndex } from "@/lib/search/reindex";
import { syncPage } from "@/lib/search/sources";
import { DEMO_SETTING } from "@/lib/auth/staff";
import { articles as mainArticles } from "./seed-data/articles";
import { categories as mainCategories } from "./seed-data/categories";
import { gkArticles, gkCategories, policyFacts } from "./seed-data/gk";
import { DEMO_HANDLER_DEPARTMENTS, departments } from "./seed-data/departments";
import { serviceDepartments, serviceGuides } from "./seed-data/services";
import { pages } from "./seed-data/pages";
import { interactionPage } from "./seed-data/interaction";
import { seedDemoInfoRequests } from "./seed-data/info-requests";
import { DEMO_CLOSED_ROUND, DEMO_OPEN_ROUND, demoRating } from "./seed-data/evaluations";
import { seedDemoLetters } from "./seed-data/letters";
import { seedDemoConsultations } from "./seed-data/consultations";
import { seedDemoInterviews } from "./seed-data/interviews";
import { seedDemoQuestions } from "./seed-data/questions";
import { PRIVACY_POLICY_VERSION, privacyPage } from "./seed-data/privacy";
import { textPdf } from "./seed-pdf";
import { WORK_CALENDAR } from "./seed-data/work-calendar";
import { COMMENT_CATEGORIES, DEMO_COMMENTS, MODERATION_REASONS, SENSITIVE_WORDS } from "./seed-data/comments";

const categories = [...mainCategories, ...gkCategories];
const articles = [...mainArticles, ...gkArticles];

export async function isSeeded(client: Db): Promise<boolean> {
  return (await client.category.count()) > 0;
}

/**
 * `accounts: false` (production start-up on an empty database) loads the content without
 * the demo accounts and without the demo flag: there, staff accounts come from admin:create
 * and two-factor sign-in stays required.
 */
export async function seedDemoContent(client: Db, uploadDir: string, options: { accounts?: boolean } = {}): Promise<{ articles: number }> {
  const files: { file: string; bytes: Buffer }[] = [];
  await client.$transaction(async (tx) => {
    const ids = new Map<string, number>();
    for (const category of [...categories].sort((a, b) => Number(!!a.parentSlug) - Number(!!b.parentSlug))) {
      const parentId = category.parentSlug ? ids.get(category.parentSlug) : undefined;
      const created = await tx.category.create({
        data: {
          slug: category.slug,
          name: category.name,
          description: category.description,
          sortOrder: category.sortOrder,
          isPolicy: category.isPolicy ?? false,
          commentsEnabled: COMMENT_CATEGORIES.includes(category.slug),
          parentId: parentId ?? null,
        },
        select: { id: true },
      });
      ids.set(category.slug, created.id);
    }
    // Oldest first, so ids grow with publish time as they would on a live site.
    const ordered = [...articles].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
    for (const article of ordered) {
      const categoryId = ids.get(article.categorySlug);
      if (!categoryId) throw new Error(`Unknown category ${article.categorySlug} for "${article.title}"`);
      const attachments = (article.attachments ?? []).map((attachment) => {
        const bytes = textPdf(attachment.fileName.replace(/\.pdf$/, ""), attachment.text);
        const storageKey = `attachments/${randomUUID()}.pdf`;
        files.push({ file: path.join(uploadDir, storageKey), bytes });
        return { fileName: attachment.fileName, storageKey, mimeType: "application/pdf", size: bytes.length };
      });
      const facts = article.docNumber ? policyFacts[article.docNumber] : undefined;
      if (article.docNumber && !facts) throw new Error(`No 索引号/主题分类 for ${article.docNumber} in seed-data/gk.ts`);
      await tx.article.create({
        data: {
          categoryId,
          title: article.title,
          summary: article.summary,
          body: article.body,
          source: article.source,
          author: article.author,
          status: "published",
          publishedAt: new Date(article.publishedAt),
          isHeadline: article.isHeadline ?? false,
          docNumber: article.docNumber ?? null,
          validity: article.validity ?? null,
          validityNote: article.validityNote ?? null,
          indexNumber: facts?.indexNumber ?? null,
          issuer: facts?.issuer ?? null,
          writtenAt: facts ? new Date(`${facts.writtenAt}T00:00:00+08:00`) : null,
          topic: facts?.topic ?? null,
          viewCount: 0,
          attachments: { create: attachments },
        },
        select: { id: true },
      });
    }
    for (const page of [privacyPage, interactionPage, ...pages]) {
      await tx.page.create({ data: page, select: { slug: true } });
    }
    await tx.sensitiveWord.createMany({ data: SENSITIVE_WORDS.map((word) => ({ word })) });
    await tx.moderationReason.createMany({ data: MODERATION_REASONS.map((text, index) => ({ text, sortOrder: index + 1 })) });
    // A loaded machine (CI, parallel test files) takes longer than Prisma's default 5 s.
  }, { timeout: 60_000 });
  for (const { file, bytes } of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  // The demo accounts' step publishes letters and rebuilds the search index itself.
  if (options.accounts ?? true) await seedDemoAccounts(client, new Date(), uploadDir);
  else await rebuildSearchIndex(client);
  return { articles: articles.length };
}

/**
 * The demo accounts (README lists them), one per role, and the "demo" site flag that makes
 * two-factor sign-in optional for staff, so they sign in with the password alone. Only the
 * demo seed calls this; admin:create is the way to make staff accounts elsewhere. The
 * passwords pass the password rules (12+ characters, not on the breached list); they are
 * hashed here directly, so the seed does not depend on that list.
 */
export const DEMO_ACCOUNTS = [
  { email: "admin@demo.gov.cn", password: "Admin#2026demo", role: "admin" },
  { email: "editor@demo.gov.cn", password: "Editor#2026demo", role: "editor" },
  { email: "handler@demo.gov.cn", password: "Handler#2026demo", role: "handler" },
  { email: "moderator@demo.gov.cn", password: "Moderator#2026demo", role: "moderator" },
  { email: "disclosure@demo.gov.cn", password: "Disclosure#2026demo", role: "disclosure" },
  { email: "resident@demo.gov.cn", password: "Resident#2026demo", role: "resident" },
] as const;

/** True when the database has no staff account yet. */
export async function hasNoStaff(client: Db): Promise<boolean> {
  return (await client.user.count({ where: { role: { not: "resident" } } })) === 0;
}

export async function seedDemoAccounts(client: Db, now = new Date(), uploadDir = uploadRoot()): Promise<void> {
  await client.siteSetting.upsert({
    where: { key: DEMO_SETTING },
    create: { key: DEMO_SETTING, value: "true" },
    update: { value: "true" },
    select: { key: true },
  });
  for (const account of DEMO_ACCOUNTS) {
    const exists = await client.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (exists) continue;
    const passwordHash = await hashPassword(account.password);
    await client.user.create({
      data: {
        email: account.email,
        passwordHash,
        role: account.role,
        passwordChangedAt: now,
        ...(account.role === "resident"
          ? {
              profile: { create: { name: "演示居民", phone: "13900000000" } },
              consents: { create: { policyVersion: PRIVACY_POLICY_VERSION, acceptedAt: now } },
            }
          : {}),
      },
      select: { id: true },
    });
  }
  const resident = await client.user.findUnique({ where: { email: "resident@demo.gov.cn" }, select: { id: true } });
  if (resident) await seedDemoLetters(client, resident.id, now);
  await seedDemoInfoRequests(client, resident?.id ?? null, now);
  if (resident) await seedDemoComments(client, resident.id, now);
  await seedDemoDepartments(client);
  await seedDemoServices(client, now, uploadDir);
  await seedDemoConsultations(client, resident?.id ?? null, now);
  await seedDemoEvaluations(client, resident?.id ?? null, now);
  await seedDemoInterviews(client, resident?.id ?? null, now);
  await seedDemoQuestions(client, resident?.id ?? null, now);
  await rebuildSearchIndex(client);
}

/** The demo 网上评议 rounds (when there are none yet), published. The search index is rebuilt by the caller. */
export async function seedDemoEvaluations(client: Db, residentId: number | null, now = new Date()): Promise<void> {
  if ((await client.evaluationRound.count()) > 0) return;
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000);
  const [departmentRows, guideRows] = await Promise.all([
    client.department.findMany({ where: { active: true }, select: { id: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], take: DEMO_OPEN_ROUND.departments }),
    client.serviceGuide.findMany({ where: { status: "published" }, select: { id: true }, orderBy: { id: "asc" }, take: DEMO_CLOSED_ROUND.services }),
  ]);
  const rounds = [
    { round: DEMO_OPEN_ROUND, objects: departmentRows.map((row) => ({ kind: "department", departmentId: row.id })) },
    { round: DEMO_CLOSED_ROUND, objects: guideRows.map((row) => ({ kind: "service", serviceGuideId: row.id })) },
  ];
  await client.$transaction(async (tx) => {
    for (const { round, objects } of rounds) {
      const startsAt = day(round.startDay);
      const created = await tx.evaluationRound.create({
        data: { title: round.title, intro: round.intro, criteria: JSON.stringify(round.criteria), startsAt, endsAt: day(round.endDay), published: true, publishedAt: startsAt },
        select: { id: true },
      });
      for (const [o, object] of objects.entries()) {
        const { id: objectId } = await tx.evaluationObject.create({ data: { roundId: created.id, sortOrder: o, ...object }, select: { id: true } });
        for (let n = 0; n < (round.votesPerObject[o] ?? 0); n++) {
          const own = round === DEMO_CLOSED_ROUND && o === 0 && n === 0 && residentId !== null;
          const at = day(round.startDay + 1 + n);
          await tx.evaluationVote.create({
            data: {
              roundId: created.id,
              objectId,
              userId: own ? residentId : null,
              createdAt: at,
              ...(own ? { comment: DEMO_CLOSED_ROUND.residentComment, commentStatus: "approved", commentModeratedAt: at } : {}),
              ratings: { create: round.criteria.map((criterion, c) => ({ objectId, criterion, rating: demoRating(o, n, c) })) },
            },
            select: { id: true },
          });
        }
      }
    }
  });
}

/**
 * The demo 办事指南 (when there are none yet), published; the departments they name that the
 * demo departments lack are created after them. The search index is rebuilt by the caller.
 */
export async function seedDemoServices(client: Db, now = new Date(), uploadDir = uploadRoot()): Promise<void> {
  if ((await client.serviceGuide.count()) > 0) return;
  const form = DEMO_BLANK_FORM;
  const bytes = textPdf(form.materialName, form.text);
  const storageKey = `${BLANK_FORM_FOLDER}/${randomUUID()}.pdf`;
  await client.$transaction(async (tx) => {
    const ids = new Map<string, number>();
    let sortOrder = (await tx.department.count()) + 1;
    for (const department of Object.values(serviceDepartments)) {
      const existing = await tx.department.findUnique({ where: { name: department.name }, select: { id: true } });
      const id = existing?.id ?? (await tx.department.create({ data: { name: department.name, description: department.description, sortOrder: sortOrder++ }, select: { id: true } })).id;
      ids.set(department.name, id);
    }
    for (const { department, materials, steps, faq, ...guide } of serviceGuides) {
      await tx.serviceGuide.create({
        data: {
          ...guide,
          departmentId: ids.get(department)!,
          materials: JSON.stringify(materials),
          steps: JSON.stringify(steps),
          faq: JSON.stringify(faq),
          status: "published",
          publishedAt: now,
          ...(guide.name === form.guideName
            ? { blankForms: { create: { materialName: form.materialName, fileName: `${form.materialName}.pdf`, storageKey, mimeType: "application/pdf", size: bytes.length } } }
            : {}),
        },
        select: { id: true },
      });
    }
  });
  mkdirSync(path.join(uploadDir, BLANK_FORM_FOLDER), { recursive: true });
  writeFileSync(path.join(uploadDir, storageKey), bytes);
}

/** The one demo 空白表格 (the seed's other materials have none). */
export const DEMO_BLANK_FORM = {
  guideName: "企业设立登记",
  materialName: "公司登记（备案）申请书",
  text: "公司名称：\n住所：\n法定代表人：\n注册资本（万元）：\n公司类型：\n经营范围：\n股东（发起人）名称或姓名、出资额、出资方式：\n\n申请人签字（盖章）：　　　　　　　年　　月　　日",
};

/** The demo resident's comments (when there are none yet) on the newest article of the first comment category. */
async function seedDemoComments(client: Db, residentId: number, now: Date): Promise<void> {
  if ((await client.comment.count()) > 0) return;
  const article = await client.article.findFirst({
    where: { category: { slug: COMMENT_CATEGORIES[0]! }, status: "published" },
    select: { id: true },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  });
  const moderator = await client.user.findUnique({ where: { email: "moderator@demo.gov.cn" }, select: { id: true } });
  if (!article) return;
  for (const comment of DEMO_COMMENTS) {
    const at = new Date(now.getTime() - comment.daysAgo * 86_400_000);
    const decided = comment.status !== "pending";
    await client.comment.create({
      data: {
        subjectKind: "article",
        subjectId: article.id,
        authorId: residentId,
        body: comment.body,
        status: comment.status,
        rejectionReason: comment.reason ?? null,
        flaggedWords: JSON.stringify(SENSITIVE_WORDS.filter((word) => comment.body.includes(word))),
        moderatedById: decided ? (moderator?.id ?? null) : null,
        moderatedAt: decided ? new Date(at.getTime() + 3_600_000) : null,
        createdAt: at,
      },
      select: { id: true },
    });
  }
}

/** The demo departments (when there are none yet), the demo handler in the first two. */
async function seedDemoDepartments(client: Db): Promise<void> {
  if ((await client.department.count()) > 0) return;
  const handler = await client.user.findUnique({ where: { email: "handler@demo.gov.cn" }, select: { id: true, role: true } });
  for (const [index, department] of departments.entries()) {
    const assign = handler?.role === "handler" && index < DEMO_HANDLER_DEPARTMENTS;
    await client.department.create({
      data: { ...department, sortOrder: index + 1, ...(assign ? { members: { create: { userId: handler.id } } } : {}) },
      select: { id: true },
    });
  }
}

/**
 * The privacy policy is our own text, not demo content: when the code's policy version is
 * newer than the stored page's (its first line, 版本：...), start-up (prestart) writes the
 * current text, so the policy describes what the running code does. A page edited by staff
 * under the current version is left alone. Returns whether the page was written.
 */
export async function syncPrivacyPolicy(client: Db): Promise<boolean> {
  const current = await client.page.findUnique({ where: { slug: privacyPage.slug }, select: { body: true } });
  if (current?.body.startsWith(`版本：${PRIVACY_POLICY_VERSION}`)) return false;
  await client.$transaction(async (tx) => {
    await tx.page.upsert({
      where: { slug: privacyPage.slug },
      create: privacyPage,
      update: { title: privacyPage.title, body: privacyPage.body },
      select: { slug: true },
    });
    await syncPage(tx, privacyPage.slug);
  });
  return true;
}

/**
 * The working-day calendar (public holidays and 调休) is not demo content: start-up loads
 * each year of prisma/seed-data/work-calendar.ts into every database, production included,
 * unless that year already has entries (staff edit them at /admin/calendar and their edits
 * stay). Returns the years loaded.
 */
export async function seedWorkCalendar(client: Db, calendar = WORK_CALENDAR): Promise<number[]> {
  const loaded: number[] = [];
  for (const [year, entries] of Object.entries(calendar)) {
    const existing = await client.workCalendarDay.count({ where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } } });
    if (existing > 0) continue;
    await client.workCalendarDay.createMany({ data: entries });
    loaded.push(Number(year));
  }
  return loaded;
}
