import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import type { FieldErrors } from "@/lib/forms/action";
import type { CategoryInput } from "./forms";
import { assertCan } from "./permission";
import { forgetCategoryTree } from "./queries";
import { syncCategory } from "@/lib/search/sources";
import { revalidatePublic } from "@/lib/site/revalidate";

// Categories (栏目) in the staff console. The navigation of every public page is built from
// them, so a change revalidates the whole public site. A category that still has articles
// or sub-categories cannot be deleted (the foreign keys restrict it too).

export async function listCategoriesForStaff() {
  const rows = await db.category.findMany({
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      sortOrder: true,
      isPolicy: true,
      commentsEnabled: true,
      parentId: true,
      _count: { select: { articles: true, children: true } },
    },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
  // Roots in order, each followed by its children.
  const roots = rows.filter((row) => row.parentId === null);
  const ordered = roots.flatMap((root) => [root, ...rows.filter((row) => row.parentId === root.id)]);
  const placed = new Set(ordered.map((row) => row.id));
  return [...ordered, ...rows.filter((row) => !placed.has(row.id))];
}

/** For the article form: every category, a child shown under its parent's name. */
export async function categoryChoices() {
  const rows = await listCategoriesForStaff();
  const names = new Map(rows.map((row) => [row.id, row.name]));
  return rows.map((row) => ({
    id: row.id,
    label: row.parentId === null ? row.name : `${names.get(row.parentId) ?? ""} / ${row.name}`,
    isPolicy: row.isPolicy,
  }));
}

type SaveResult = { ok: true; id: number } | { ok: false; fieldErrors: FieldErrors };

/** Only two levels (a parent must itself be a top-level category), and never itself. */
async function checkParent(parentId: number | null, id: number | null): Promise<FieldErrors | null> {
  if (parentId === null) return null;
  if (parentId === id) return { parentId: ["上级栏目不能是本栏目"] };
  const parent = await db.category.findUnique({ where: { id: parentId }, select: { parentId: true } });
  if (!parent) return { parentId: ["上级栏目不存在"] };
  if (parent.parentId !== null) return { parentId: ["上级栏目须为一级栏目"] };
  if (id !== null && (await db.category.count({ where: { parentId: id } })) > 0) {
    return { parentId: ["本栏目有下级栏目，不能再设上级栏目"] };
  }
  return null;
}

function slugTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function saveCategory(actor: Actor, id: number | null, input: CategoryInput, ip: string | null): Promise<SaveResult | { ok: false; notFound: true }> {
  await assertCan(actor, "manage:content:any", ip);
  if (id !== null && !(await db.category.findUnique({ where: { id }, select: { id: true } }))) return { ok: false, notFound: true };
  const parentErrors = await checkParent(input.parentId, id);
  if (parentErrors) return { ok: false, fieldErrors: parentErrors };
  const data = { ...input };
  let saved: { id: number };
  try {
    saved =
      id === null
        ? await db.category.create({ data, select: { id: true } })
        : await db.$transaction(async (tx) => {
            const updated = await tx.category.update({ where: { id }, data, select: { id: true } });
            await syncCategory(tx, id);
            return updated;
          });
  } catch (error) {
    if (slugTaken(error)) return { ok: false, fieldErrors: { slug: ["该栏目标识已被使用"] } };
    throw error;
  }
  await record({
    actor,
    action: id === null ? "content.category_create" : "content.category_update",
    outcome: "success",
    targetType: "category",
    targetId: saved.id,
    ip,
    detail: `${input.name}（${input.slug}）`,
  });
  forgetCategoryTree();
  revalidatePublic(["/sitemap"], { everything: true });
  return { ok: true, id: saved.id };
}

export type DeleteResult = { ok: true } | { ok: false; reason: "not_found" | "has_articles" | "has_children" };

export async function deleteCategory(actor: Actor, id: number, ip: string | null): Promise<DeleteResult> {
  await assertCan(actor, "manage:content:any", ip);
  const category = await db.category.findUnique({
    where: { id },
    select: { name: true, slug: true, _count: { select: { articles: true, children: true } } },
  });
  if (!category) return { ok: false, reason: "not_found" };
  const reason = category._count.articles > 0 ? "has_articles" : category._count.children > 0 ? "has_children" : null;
  if (reason) {
    await record({ actor, action: "content.category_delete", outcome: "failed", targetType: "category", targetId: id, ip, detail: reason });
    return { ok: false, reason };
  }
  try {
    await db.category.delete({ where: { id }, select: { id: true } });
  } catch (error) {
    // An article added meanwhile: the foreign key refuses the delete.
    if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2003" || error.code === "P2014")) {
      return { ok: false, reason: "has_articles" };
    }
    throw error;
  }
  await record({ actor, action: "content.category_delete", outcome: "success", targetType: "category", targetId: id, ip, detail: `${category.name}（${category.slug}）` });
  forgetCategoryTree();
  revalidatePublic(["/sitemap", `/category/${category.slug}`], { everything: true });
  return { ok: true };
}
