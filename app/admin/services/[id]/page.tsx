import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BlankFormUpload, GuideTransitionForm, RemoveBlankForm, ServiceGuideForm } from "@/components/admin/service-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { STATUS_LABELS, TRANSITIONS, transitionsFrom } from "@/lib/content/workflow";
import { ATTACHMENT_HINT } from "@/lib/content/attachments";
import { formatFileSize } from "@/lib/format";
import { listBlankForms } from "@/lib/services/blank-forms";
import { labelOf } from "@/lib/services/catalog";
import { departmentChoices, getGuideForEdit, servicePermissionFor } from "@/lib/services/guides";

export const metadata: Metadata = { title: "编辑办事指南" };

const doneNotices: Record<string, string> = {
  submit: "已送审。",
  return: "已退回修改，办事指南回到草稿状态。",
  publish: "已发布，网站上立即可见。",
  archive: "已下线归档，网站上不再显示。",
  reopen: "办事指南回到草稿状态。",
};

export default async function EditGuidePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const user = await requireStaffPermission("manage:service:any", `/admin/services/${/^\d+$/.test(id) ? id : ""}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const guide = await getGuideForEdit(Number(id));
  if (!guide) notFound();
  const departments = await departmentChoices(Number(guide.form.departmentId));
  const query = await searchParams;
  const done = typeof query.done === "string" ? doneNotices[query.done] : undefined;
  const blankForms = await listBlankForms(guide.id);
  const materials = guide.materials;
  const formNotice = query.form === "added" ? "空白表格已上传。" : query.form === "removed" ? "空白表格已删除。" : undefined;
  const transitions = transitionsFrom(guide.status).filter((name) => can(user, servicePermissionFor(name)));
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/services">返回办事指南管理</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">编辑办事指南</h1>
      {query.saved === "1" ? <StatusNotice>已保存。</StatusNotice> : null}
      {done ? <StatusNotice>{done}</StatusNotice> : null}
      <section aria-labelledby="workflow-title" className="mb-6 rounded border border-line bg-white p-4">
        <h2 id="workflow-title" className="mb-2 text-xl font-bold">
          状态
        </h2>
        <p className="mb-3" data-testid="guide-status">
          {labelOf(STATUS_LABELS, guide.status)}
          {guide.status === "published" ? (
            <>
              {" "}
              （<Link href={`/services/${guide.code}`} className="underline">在网站上查看</Link>）
            </>
          ) : null}
        </p>
        <div className="flex flex-wrap gap-4">
          {transitions.map((name) => (
            <GuideTransitionForm key={name} id={guide.id} transition={name} label={TRANSITIONS[name].label} />
          ))}
        </div>
        {guide.status === "published" ? <p className="mt-3 text-muted">已发布办事指南的修改保存后在网站上立即生效。</p> : null}
      </section>
      <ServiceGuideForm id={guide.id} stored={guide.form} departments={departments} />
      <section id="blank-forms" aria-labelledby="blank-forms-title" className="mt-8">
        <h2 id="blank-forms-title" className="mb-2 text-xl font-bold">
          空白表格
        </h2>
        {formNotice ? <StatusNotice>{formNotice}</StatusNotice> : null}
        <p className="mb-2">申请人可在办事指南页面下载申请材料的空白表格；同一材料再次上传会替换原文件。材料名称修改后，请重新上传其表格。</p>
        {blankForms.length === 0 ? (
          <p className="mb-4">暂无空白表格。</p>
        ) : (
          <ul className="mb-4 space-y-1" data-testid="blank-forms">
            {blankForms.map((form) => (
              <li key={form.id}>
                {form.materialName}：{form.fileName}（{formatFileSize(form.size)}）
                {materials.includes(form.materialName) ? "" : "（该材料已不在材料清单中，不再显示）"} <RemoveBlankForm formId={form.id} fileName={form.fileName} />
              </li>
            ))}
          </ul>
        )}
        {materials.length > 0 ? <BlankFormUpload guideId={guide.id} materials={materials} hint={ATTACHMENT_HINT} /> : <p>请先在上方填写申请材料。</p>}
      </section>
    </>
  );
}
