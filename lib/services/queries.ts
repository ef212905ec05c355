import { cache } from "react";
import { db, Prisma } from "@/lib/db/client";
import { escapeLike } from "@/lib/db/text-search";
import { env } from "@/lib/env";
import { isPostgresUrl } from "@/lib/db/url";
import { AUDIENCES, AUDIENCE_TABS, MATERIAL_FORMS, SERVICE_THEMES, SERVICE_TYPES, isServiceCode, labelOf, type AudienceTab, type ServiceTheme } from "./catalog";
import { faqJson, materialsJson, readList, stepsJson } from "./fields";

// The public side of 在线服务 (/services): published guides only (docs/decisions/0017).

const listSelect = {
  id: true,
  code: true,
  name: true,
  serviceType: true,
  audience: true,
  theme: true,
  onlineUrl: true,
  visits: true,
  promisedDays: true,
  department: { select: { id: true, name: true } },
} as const;

export type GuideListItem = Prisma.ServiceGuideGetPayload<{ select: typeof listSelect }>;

const PUBLISHED = { status: "published" } as const;
const order = [{ name: "asc" }, { id: "asc" }] as const satisfies Prisma.ServiceGuideOrderByWithRelationInput[];

/** Audiences a tab covers: 个人服务 = 个人 + both, 法人服务 = 法人 + both. */
const audiencesOf = (tab: AudienceTab) => [tab, "both"];

export async function guidesByTheme(theme: ServiceTheme): Promise<GuideListItem[]> {
  return db.serviceGuide.findMany({ where: { ...PUBLISHED, theme }, select: listSelect, orderBy: [...order] });
}

export async function guidesByAudience(tab: AudienceTab): Promise<GuideListItem[]> {
  return db.serviceGuide.findMany({ where: { ...PUBLISHED, audience: { in: audiencesOf(tab) } }, select: listSelect, orderBy: [...order] });
}

/** The department and its published guides; null for an unknown department. */
export async function guidesByDepartment(departmentId: number) {
  const department = await db.department.findUnique({ where: { id: departmentId }, select: { id: true, name: true } });
  if (!department) return null;
  const guides = await db.serviceGuide.findMany({ where: { ...PUBLISHED, departmentId }, select: listSelect, orderBy: [...order] });
  return { department, guides };
}

/** Guides whose name or 事项编码 contains the words (a few hundred rows at most: a plain contains). */
export async function searchGuides(words: string): Promise<GuideListItem[]> {
  const text = words.trim().slice(0, 50);
  if (text === "") return [];
  // PostgreSQL's LIKE escapes with a backslash; SQLite's has no escape character, where a
  // wildcard in the words is matched by filtering in memory below (the rows are few).
  const pattern = isPostgresUrl(env().DATABASE_URL) ? escapeLike(text) : text;
  const rows = await db.serviceGuide.findMany({
    where: { ...PUBLISHED, OR: [{ name: { contains: pattern } }, { code: { contains: pattern.toUpperCase() } }] },
    select: listSelect,
    orderBy: [...order],
    take: 200,
  });
  return rows.filter((row) => row.name.includes(text) || row.code.includes(text.toUpperCase()));
}

/** The directory's overview: counts per theme, per audience tab and per department. */
export async function serviceDirectory() {
  const [byTheme, byAudience, byDepartment, departments] = await Promise.all([
    db.serviceGuide.groupBy({ by: ["theme"], where: PUBLISHED, _count: { _all: true } }),
    db.serviceGuide.groupBy({ by: ["audience"], where: PUBLISHED, _count: { _all: true } }),
    db.serviceGuide.groupBy({ by: ["departmentId"], where: PUBLISHED, _count: { _all: true } }),
    db.department.findMany({ select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
  ]);
  const themeCount = new Map(byTheme.map((row) => [row.theme, row._count._all]));
  const audienceCount = new Map(byAudience.map((row) => [row.audience, row._count._all]));
  const departmentCount = new Map(byDepartment.map((row) => [row.departmentId, row._count._all]));
  return {
    themes: (Object.keys(SERVICE_THEMES) as ServiceTheme[]).map((theme) => ({ theme, label: SERVICE_THEMES[theme], count: themeCount.get(theme) ?? 0 })),
    tabs: (Object.keys(AUDIENCE_TABS) as AudienceTab[]).map((tab) => ({
      tab,
      label: AUDIENCE_TABS[tab],
      count: audiencesOf(tab).reduce((sum, audience) => sum + (audienceCount.get(audience) ?? 0), 0),
    })),
    departments: departments.filter((department) => departmentCount.has(department.id)).map((department) => ({ ...department, count: departmentCount.get(department.id)! })),
  };
}

const detailSelect = {
  ...listSelect,
  conditions: true,
  materials: true,
  steps: true,
  legalDays: true,
  fee: true,
  location: true,
  hours: true,
  phone: true,
  complaintPhone: true,
  faq: true,
  publishedAt: true,
  updatedAt: true,
  blankForms: { select: { id: true, materialName: true, fileName: true, size: true } },
} as const;

/** A published guide by its 事项编码 with every field, labels resolved and lists parsed; null if none. */
export const getPublishedGuide = cache(async (code: string) => {
  if (!isServiceCode(code)) return null;
  const found = await db.serviceGuide.findFirst({ where: { ...PUBLISHED, code }, select: detailSelect });
  if (!found) return null;
  const { blankForms, ...guide } = found;
  const formOf = new Map(blankForms.map((form) => [form.materialName, form]));
  return {
    ...guide,
    typeLabel: labelOf(SERVICE_TYPES, guide.serviceType),
    audienceLabel: labelOf(AUDIENCES, guide.audience),
    themeLabel: labelOf(SERVICE_THEMES, guide.theme),
    materials: readList(materialsJson, guide.materials).map((item) => ({ ...item, formLabel: MATERIAL_FORMS[item.form], blankForm: formOf.get(item.name) ?? null })),
    steps: readList(stepsJson, guide.steps),
    faq: readList(faqJson, guide.faq),
  };
});
export type PublishedGuide = NonNullable<Awaited<ReturnType<typeof getPublishedGuide>>>;
