import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPermission } from "@/lib/auth/current";
import { formatDateTime } from "@/lib/format";
import { isNoticeKind, NOTICE_KINDS } from "@/lib/notices/kinds";
import { listTemplates } from "@/lib/notices/templates";
import { StatusNotice } from "@/components/site/StatusNotice";

export const metadata: Metadata = { title: "通知模板" };

export default async function NoticeTemplatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPermission("manage:notice:any", "/admin/notices");
  const saved = (await searchParams).saved;
  const templates = await listTemplates();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">通知模板</h1>
      {typeof saved === "string" && isNoticeKind(saved) ? <StatusNotice>“{NOTICE_KINDS[saved].label}”的模板已保存。</StatusNotice> : null}
      <p className="mb-4">系统发出的通知邮件。“必发”的通知居民不能关闭；其余通知居民可在个人中心关闭。</p>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">通知</th>
            <th scope="col" className="p-2">收件人</th>
            <th scope="col" className="p-2">必发</th>
            <th scope="col" className="p-2">邮件标题</th>
            <th scope="col" className="p-2">修改时间</th>
          </tr>
        </thead>
        <tbody>
          {templates.map((template) => (
            <tr key={template.kind} className="border-b border-line" data-kind={template.kind}>
              <td className="p-2">
                <Link href={`/admin/notices/${template.kind}`}>{template.label}</Link>
              </td>
              <td className="p-2">{template.audience === "staff" ? "工作人员" : "居民"}</td>
              <td className="p-2">{template.required ? "是" : "否"}</td>
              <td className="p-2">{template.subject}</td>
              <td className="p-2">{template.updatedAt ? formatDateTime(template.updatedAt) : "默认"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
