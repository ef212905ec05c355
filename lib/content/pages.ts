import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { FieldErrors } from "@/lib/forms/action";
import { PRIVACY_POLICY_VERSION } from "@/lib/privacy";
import { STATIC_PAGE_SLUGS } from "@/lib/site/mode";
import type { PageInput } from "./forms";
import { assertCan } from "./permission";
import { syncPage } from "@/lib/search/sources";
import { revalidatePublic } from "@/lib/site/revalidate";

// The static pages (隐私保护, 免责声明, 联系我们, 关于本站, 互动交流: Page rows) in the staff
// console.
//
// The privacy policy is also written by start-up (syncPrivacyPolicy in prisma/seed.ts) when
// the code's policy version (lib/privacy.ts) differs from the page's first line. So that a
// staff edit is never lost silently, an edit must keep that first line, 版本：<current
// version>: it then stays until developers publish a new policy version, which replaces it
// (the edit form says so; docs/decisions/0006).

export const PRIVACY_SLUG = "privacy";
export const privacyVersionLine = () => `版本：${PRIVACY_POLICY_VERSION}`;

export function isStaticPage(slug: string): boolean {
  return (STATIC_PAGE_SLUGS as readonly string[]).includes(slug);
}

export async function listPagesForStaff() {
  return db.page.findMany({ where: { slug: { in: [...STATIC_PAGE_SLUGS] } }, select: { slug: true, title: true, updatedAt: true }, orderBy: { slug: "asc" } });
}

export async function getPageForEdit(slug: string) {
  if (!isStaticPage(slug)) return null;
  return db.page.findUnique({ where: { slug }, select: { slug: true, title: true, body: true, updatedAt: true } });
}

export async function updatePage(
  actor: Actor,
  slug: string,
  input: PageInput,
  ip: string | null,
): Promise<{ ok: true } | { ok: false; notFound: true } | { ok: false; fieldErrors: FieldErrors }> {
  await assertCan(actor, "manage:content:any", ip);
  if (!isStaticPage(slug) || !(await db.page.findUnique({ where: { slug }, select: { slug: true } }))) return { ok: false, notFound: true };
  if (slug === PRIVACY_SLUG && input.body.split("\n")[0]?.trim() !== privacyVersionLine()) {
    return { ok: false, fieldErrors: { body: [`隐私政策正文第一行须保持为“${privacyVersionLine()}”`] } };
  }
  await db.$transaction(async (tx) => {
    await tx.page.update({ where: { slug }, data: { title: input.title, body: input.body }, select: { slug: true } });
    await syncPage(tx, slug);
  });
  await record({ actor, action: "content.page_update", outcome: "success", targetType: "page", targetId: slug, ip, detail: input.title });
  revalidatePublic([`/${slug}`, "/sitemap"]);
  return { ok: true };
}
