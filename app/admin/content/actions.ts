"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requestClientAddress } from "@/lib/http/request";
import { assertSameOrigin, requireStaffPermission } from "@/lib/auth/current";
import { addAttachment, removeAttachment } from "@/lib/content/attachments";
import { createArticle, transitionArticle, updateArticle } from "@/lib/content/articles";
import { deleteCategory, saveCategory } from "@/lib/content/categories";
import { articleSchema, categorySchema, pageSchema } from "@/lib/content/forms";
import { renderMarkdown } from "@/lib/content/markdown";
import { updatePage } from "@/lib/content/pages";
import { isTransition, permissionFor } from "@/lib/content/workflow";
import { echoLimits, echoValues, validatedAction, type FormState } from "@/lib/forms/action";

// Server actions of /admin/content. Each checks the origin and its permission itself; the
// lib/content functions check the permission again and audit every change.

export type PreviewData = { preview: string; values: Record<string, string> };

async function prepareContent(returnTo: string) {
  await assertSameOrigin();
  return requireStaffPermission("manage:content:any", returnTo);
}

const optionalId = z.union([z.literal(""), z.coerce.number().int().positive()]).optional();

/** The 预览 button: the form again, with the body rendered as the public site would. */
async function previewOf(formData: FormData, returnTo: string): Promise<FormState<PreviewData>> {
  await prepareContent(returnTo);
  const body = formData.get("body");
  const limit = echoLimits(articleSchema);
  return { status: "success", data: { preview: renderMarkdown(typeof body === "string" ? body.slice(0, limit("body")) : ""), values: echoValues(formData, limit) } };
}

const saveArticle = validatedAction({
  schema: articleSchema.extend({ id: optionalId }),
  prepare: () => prepareContent("/admin/content"),
  handler: async ({ id, ...input }, actor) => {
    const ip = await requestClientAddress();
    const result = id ? await updateArticle(actor, id, input, ip) : await createArticle(actor, input, ip);
    if (!result.ok) return "notFound" in result ? { fieldErrors: {}, formError: "未找到该文章" } : { fieldErrors: result.fieldErrors };
    redirect(`/admin/content/${result.id}?saved=1`);
  },
});

export async function saveArticleAction(previous: FormState<PreviewData>, formData: FormData): Promise<FormState<PreviewData>> {
  if (formData.get("intent") === "preview") return previewOf(formData, "/admin/content");
  return saveArticle(previous as FormState, formData) as Promise<FormState<PreviewData>>;
}

export const transitionArticleAction = validatedAction({
  schema: z.object({ id: z.coerce.number().int().positive("文章编号无效"), transition: z.string().refine(isTransition, "操作无效") }),
  prepare: () => prepareContent("/admin/content"),
  handler: async ({ id, transition }, actor) => {
    if (!isTransition(transition)) return { fieldErrors: {}, formError: "操作无效" };
    await requireStaffPermission(permissionFor(transition), `/admin/content/${id}`);
    const result = await transitionArticle(actor, id, transition, await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: result.reason === "not_found" ? "未找到该文章" : "文章当前状态不允许此操作，请刷新页面" };
    redirect(`/admin/content/${id}?done=${result.scheduled ? "scheduled" : transition}`);
  },
});

export const uploadAttachmentAction = validatedAction({
  schema: z.object({ articleId: z.coerce.number().int().positive("文章编号无效") }),
  prepare: () => prepareContent("/admin/content"),
  handler: async ({ articleId }, actor, formData) => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: ["请选择要上传的文件"] } };
    const result = await addAttachment(actor, articleId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, await requestClientAddress());
    if (!result.ok) return { fieldErrors: { file: [result.error] } };
    redirect(`/admin/content/${articleId}?uploaded=1#attachments`);
  },
});

export const removeAttachmentAction = validatedAction({
  schema: z.object({ attachmentId: z.coerce.number().int().positive("附件编号无效") }),
  prepare: () => prepareContent("/admin/content"),
  handler: async ({ attachmentId }, actor) => {
    const result = await removeAttachment(actor, attachmentId, await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: "未找到该附件" };
    redirect(`/admin/content/${result.articleId}?removed=1#attachments`);
  },
});

export const saveCategoryAction = validatedAction({
  schema: categorySchema.extend({ id: optionalId }),
  prepare: () => prepareContent("/admin/content/categories"),
  handler: async ({ id, ...input }, actor) => {
    const result = await saveCategory(actor, id || null, input, await requestClientAddress());
    if (!result.ok) return "notFound" in result ? { fieldErrors: {}, formError: "未找到该栏目" } : { fieldErrors: result.fieldErrors };
    redirect(`/admin/content/categories?saved=${result.id}`);
  },
});

const DELETE_REFUSALS = { not_found: "未找到该栏目", has_articles: "该栏目下还有文章，不能删除", has_children: "该栏目下还有子栏目，不能删除" };

export const deleteCategoryAction = validatedAction({
  schema: z.object({ id: z.coerce.number().int().positive("栏目编号无效") }),
  prepare: () => prepareContent("/admin/content/categories"),
  handler: async ({ id }, actor) => {
    const result = await deleteCategory(actor, id, await requestClientAddress());
    if (!result.ok) return { fieldErrors: {}, formError: DELETE_REFUSALS[result.reason] };
    redirect("/admin/content/categories?deleted=1");
  },
});

const savePage = validatedAction({
  schema: pageSchema.extend({ slug: z.string() }),
  prepare: () => prepareContent("/admin/content/pages"),
  handler: async ({ slug, ...input }, actor) => {
    const result = await updatePage(actor, slug, input, await requestClientAddress());
    if (!result.ok) return "notFound" in result ? { fieldErrors: {}, formError: "未找到该页面" } : { fieldErrors: result.fieldErrors };
    redirect(`/admin/content/pages/${slug}?saved=1`);
  },
});

export async function savePageAction(previous: FormState<PreviewData>, formData: FormData): Promise<FormState<PreviewData>> {
  if (formData.get("intent") === "preview") return previewOf(formData, "/admin/content/pages");
  return savePage(previous as FormState, formData) as Promise<FormState<PreviewData>>;
}
