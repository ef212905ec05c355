"use client";

import { useActionState } from "react";
import {
  deleteCategoryAction,
  removeAttachmentAction,
  saveArticleAction,
  saveCategoryAction,
  savePageAction,
  transitionArticleAction,
  uploadAttachmentAction,
  type PreviewData,
} from "@/app/admin/content/actions";
import { RemoveFileForm, UploadFileForm } from "@/components/admin/file-forms";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ChoiceGroup, CheckboxField, errorsOf, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { TOPICS } from "@/lib/content/topics";
import { ARTICLE_COMMENT_LABELS, ARTICLE_COMMENT_SETTINGS } from "@/lib/comments/fields";
import { idleState, type FormState } from "@/lib/forms/action";

// The content forms of the staff console. They post to server actions with <form action>,
// so they work without JavaScript too; 预览 is a submit button that renders the Markdown on
// the server and shows the form again with the preview.

const initial = idleState as FormState<never>;
const initialPreview = idleState as FormState<PreviewData>;

/** What the user typed (after an error or a preview), else the stored value. */
function valuesOf(state: FormState<PreviewData>, stored: Record<string, string>) {
  const typed = state.status === "error" ? state.values : state.status === "success" ? state.data?.values : undefined;
  return (name: string) => typed?.[name] ?? stored[name] ?? "";
}

/**
 * A key that changes with what the server sent back: the fields are mounted anew with it,
 * so a <select> shows the returned value too (React's form reset does not re-read a
 * select's defaultValue).
 */
function fieldsKey(state: FormState<unknown>): string {
  const values = state.status === "error" ? state.values : state.status === "success" ? (state.data as PreviewData | undefined)?.values : undefined;
  if (!values) return state.status;
  let hash = 0;
  for (const char of JSON.stringify(values)) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return `${state.status}-${hash}`;
}

function Preview({ state }: { state: FormState<PreviewData> }) {
  if (state.status !== "success" || !state.data) return null;
  return (
    <section aria-labelledby="preview-title" className="mb-6 rounded border-2 border-dashed border-ink bg-white p-4" data-testid="preview">
      <h2 id="preview-title" className="mb-2 text-xl font-bold">
        预览（尚未保存）
      </h2>
      <div className="prose-gov" dangerouslySetInnerHTML={{ __html: state.data.preview }} />
    </section>
  );
}

function SaveAndPreviewButtons({ pending, saveLabel }: { pending: boolean; saveLabel: string }) {
  return (
    <div className="flex flex-wrap gap-4">
      <button type="submit" name="intent" value="save" disabled={pending} className="rounded bg-gov-red px-5 py-2.5 font-semibold text-white hover:bg-gov-red-dark disabled:opacity-60">
        {saveLabel}
      </button>
      <button type="submit" name="intent" value="preview" disabled={pending} className="rounded border-2 border-ink bg-white px-5 py-2 font-semibold">
        预览
      </button>
    </div>
  );
}

const ARTICLE_LABELS = {
  title: "标题",
  categoryId: "栏目",
  summary: "摘要",
  body: "正文",
  source: "来源",
  publishedAt: "发布时间",
  docNumber: "文号",
  validity: "文件效力",
  validityNote: "效力说明",
  indexNumber: "索引号",
  issuer: "发文机关",
  writtenAt: "成文日期",
  topic: "主题分类",
  comments: "评论",
};

export function ArticleForm({
  id,
  stored,
  categories,
}: {
  id: number | null;
  stored: Record<string, string>;
  categories: { id: number; label: string; isPolicy: boolean }[];
}) {
  const [state, action, pending] = useActionState(saveArticleAction, initialPreview);
  const e = errorsOf(state, ARTICLE_LABELS, Object.keys(ARTICLE_LABELS));
  const value = valuesOf(state, stored);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <Preview state={state} />
      <div key={fieldsKey(state)}>
        <input type="hidden" name="id" value={id ?? ""} />
        <TextField id="title" label="标题" defaultValue={value("title")} error={e.field("title")} required maxLength={200} />
        <SelectField
          id="categoryId"
          label="栏目"
          options={categories.map((category) => ({ value: String(category.id), label: category.isPolicy ? `${category.label}（政策文件）` : category.label, marked: category.isPolicy }))}
          defaultValue={value("categoryId")}
          error={e.field("categoryId")}
        />
        <TextAreaField id="summary" label="摘要" hint="列表中显示，可不填，不超过 500 字" rows={3} defaultValue={value("summary")} error={e.field("summary")} />
        <TextAreaField monospace id="body" label="正文" hint="Markdown 格式：## 小标题、- 列表、**加粗**、[链接](https://...)；点击“预览”查看效果" rows={16} defaultValue={value("body")} error={e.field("body")} />
        <TextField id="source" label="来源" hint="例如 州人民政府办公室，可不填" defaultValue={value("source")} error={e.field("source")} maxLength={100} />
        <TextField
          id="publishedAt"
          label="发布时间"
          type="datetime-local"
          hint="北京时间。不填则在发布时取当时的时间；填写将来的时间，文章在该时间才在网站上显示（定时发布）"
          defaultValue={value("publishedAt")}
          error={e.field("publishedAt")}
        />
        {/* Shown only while a policy category is chosen: CSS follows the select, with or without JavaScript. */}
        <fieldset className="mb-5 rounded border border-line p-4 [form:not(:has(option[data-marked]:checked))_&]:hidden" data-testid="policy-fields">
          <legend className="px-1 font-semibold">政策文件信息（仅政策文件栏目保存）</legend>
          <TextField id="docNumber" label="文号" hint="例如 昌州政发〔2026〕12号" defaultValue={value("docNumber")} error={e.field("docNumber")} maxLength={100} />
          <SelectField
            id="validity"
            label="文件效力"
            options={[
              { value: "valid", label: "有效" },
              { value: "amended", label: "已修改" },
              { value: "repealed", label: "已废止" },
            ]}
            defaultValue={value("validity")}
            error={e.field("validity")}
          />
          <TextField id="validityNote" label="效力说明" hint="例如 已被某某文件修改，可不填" defaultValue={value("validityNote")} error={e.field("validityNote")} maxLength={200} />
          <TextField id="indexNumber" label="索引号" hint="机构代码/年份-序号，例如 11652300010000000X/2026-00003，不得与其他文件重复" defaultValue={value("indexNumber")} error={e.field("indexNumber")} maxLength={40} />
          <TextField id="issuer" label="发文机关" hint="例如 昌吉回族自治州人民政府" defaultValue={value("issuer")} error={e.field("issuer")} maxLength={100} />
          <TextField id="writtenAt" label="成文日期" type="date" hint="年-月-日，不晚于今天" defaultValue={value("writtenAt")} error={e.field("writtenAt")} />
          <SelectField
            id="topic"
            label="主题分类"
            options={TOPICS.map((topic) => ({ value: topic, label: topic }))}
            defaultValue={value("topic")}
            error={e.field("topic")}
          />
        </fieldset>
        <ChoiceGroup
          id="comments"
          legend="评论"
          hint="开放后，登录的居民可在文章下发表评论，经审核后显示"
          options={ARTICLE_COMMENT_SETTINGS.map((setting) => ({ value: setting, label: ARTICLE_COMMENT_LABELS[setting] }))}
          defaultValue={value("comments") || "inherit"}
          error={e.field("comments")}
        />
      </div>
      <SaveAndPreviewButtons pending={pending} saveLabel={id === null ? "保存草稿" : "保存"} />
    </form>
  );
}

/** One workflow button (送审, 发布, ...), a form of its own. */
export function TransitionForm({ id, transition, label }: { id: number; transition: string; label: string }) {
  const [state, action, pending] = useActionState(transitionArticleAction, initial);
  return (
    <form action={action}>
      <ErrorSummary errors={[]} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="transition" value={transition} />
      <SubmitButton pending={pending}>{label}</SubmitButton>
    </form>
  );
}

export function UploadAttachmentForm({ articleId, hint }: { articleId: number; hint: string }) {
  return <UploadFileForm action={uploadAttachmentAction} hidden={{ articleId }} label="上传附件" hint={hint} />;
}

export function RemoveAttachmentForm({ attachmentId, fileName }: { attachmentId: number; fileName: string }) {
  return <RemoveFileForm action={removeAttachmentAction} name="attachmentId" id={attachmentId} fileName={fileName} what="附件" />;
}

const CATEGORY_LABELS = { name: "栏目名称", slug: "栏目标识", description: "栏目说明", parentId: "上级栏目", sortOrder: "排序" };

export function CategoryForm({
  id,
  stored,
  parents,
}: {
  id: number | null;
  stored: Record<string, string>;
  parents: { id: number; name: string }[];
}) {
  const [state, action, pending] = useActionState(saveCategoryAction, initial);
  const e = errorsOf(state, CATEGORY_LABELS, Object.keys(CATEGORY_LABELS));
  const value = (name: string) => (state.status === "error" ? (state.values[name] ?? "") : (stored[name] ?? ""));
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <div key={fieldsKey(state)}>
        <input type="hidden" name="id" value={id ?? ""} />
        <TextField id="name" label="栏目名称" defaultValue={value("name")} error={e.field("name")} maxLength={50} />
        <TextField id="slug" label="栏目标识" hint="网址中使用，例如 tzgg（/category/tzgg）；修改后旧网址失效" defaultValue={value("slug")} error={e.field("slug")} maxLength={40} />
        <TextField id="description" label="栏目说明" defaultValue={value("description")} error={e.field("description")} maxLength={200} />
        <SelectField
          id="parentId"
          label="上级栏目"
          hint="不选则为一级栏目"
          options={parents.filter((parent) => parent.id !== id).map((parent) => ({ value: String(parent.id), label: parent.name }))}
          defaultValue={value("parentId")}
          error={e.field("parentId")}
        />
        <TextField id="sortOrder" label="排序" type="number" hint="数字小的排在前面" defaultValue={value("sortOrder") || "0"} error={e.field("sortOrder")} min={0} max={9999} />
        <CheckboxField id="isPolicy" defaultChecked={(state.status === "error" ? state.values.isPolicy : stored.isPolicy) === "on"}>
          政策文件栏目（文章有文号和文件效力）
        </CheckboxField>
        <CheckboxField id="commentsEnabled" defaultChecked={(state.status === "error" ? state.values.commentsEnabled : stored.commentsEnabled) === "on"}>
          开放评论（本栏目文章默认允许居民评论，文章可单独设置）
        </CheckboxField>
      </div>
      <SubmitButton pending={pending}>{id === null ? "新建栏目" : "保存栏目"}</SubmitButton>
    </form>
  );
}

export function DeleteCategoryForm({ id }: { id: number }) {
  const [state, action, pending] = useActionState(deleteCategoryAction, initial);
  return (
    <form action={action}>
      <ErrorSummary errors={[]} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="rounded border-2 border-red-800 bg-white px-4 py-2 font-semibold text-red-800">
        删除栏目
      </button>
    </form>
  );
}

export function PageForm({ slug, stored, bodyHint }: { slug: string; stored: Record<string, string>; bodyHint: string }) {
  const [state, action, pending] = useActionState(savePageAction, initialPreview);
  const e = errorsOf(state, { title: "标题", body: "正文" }, ["title", "body"]);
  const value = valuesOf(state, stored);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={e.summary} message={state.status === "error" ? state.formError : undefined} focusKey={state} />
      <Preview state={state} />
      <input type="hidden" name="slug" value={slug} />
      <div key={fieldsKey(state)}>
        <TextField id="title" label="标题" defaultValue={value("title")} error={e.field("title")} maxLength={100} />
        <TextAreaField monospace id="body" label="正文" hint={bodyHint} rows={20} defaultValue={value("body")} error={e.field("body")} />
      </div>
      <SaveAndPreviewButtons pending={pending} saveLabel="保存并发布" />
    </form>
  );
}
