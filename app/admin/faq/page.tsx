import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/admin/ActionButton";
import { DataTable } from "@/components/admin/DataTable";
import { FaqForm } from "@/components/admin/question-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { activeDepartments } from "@/lib/departments/departments";
import { formatDate } from "@/lib/format";
import { listFaqForStaff, promotableQuestions } from "@/lib/questions/faq";
import { publicFilterChoices } from "@/lib/questions/public";
import { promoteQuestionAction } from "./actions";

export const metadata: Metadata = { title: "常见问题" };

const NOTICES: Record<string, string> = { created: "条目已新建。", updated: "条目已保存。", removed: "条目已删除。" };

// 常见问题: the entries by department, a form for a new one, and the latest answered public
// questions to promote.
export default async function AdminFaqPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPermission("manage:faq:any", "/admin/faq");
  const done = (await searchParams).done;
  const notice = typeof done === "string" ? NOTICES[done] : undefined;
  const [entries, promotable, departments, { themes }] = await Promise.all([listFaqForStaff(), promotableQuestions(), activeDepartments(), publicFilterChoices()]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">常见问题</h1>
      <p className="mb-4">
        公开的条目显示在<Link href="/interaction/questions/faq">常见问题</Link>页和该部门的办事指南页。
      </p>
      {notice ? <StatusNotice>{notice}</StatusNotice> : null}
      <DataTable caption="常见问题条目" columns={["问题", "部门", "主题", "排序", "公开", "来源", "修改时间"]} className="mb-8">
        {entries.map((entry) => (
          <tr key={entry.id} className="border-b border-line" data-faq={entry.id}>
            <td className="p-2">
              <Link href={`/admin/faq/${entry.id}`}>{entry.question}</Link>
            </td>
            <td className="p-2">{entry.department.name}</td>
            <td className="p-2">{entry.theme.name}</td>
            <td className="p-2">{entry.sortOrder}</td>
            <td className="p-2">{entry.published ? "是" : "否"}</td>
            <td className="p-2">{entry.sourceQuestionId ? <Link href={`/admin/questions/${entry.sourceQuestionId}`}>问答 {entry.sourceQuestionId}</Link> : "自行编写"}</td>
            <td className="p-2 whitespace-nowrap">{formatDate(entry.updatedAt)}</td>
          </tr>
        ))}
      </DataTable>
      <h2 className="mb-2 text-xl font-bold">从已回复的问答选入</h2>
      {promotable.length === 0 ? <p className="mb-8">没有可选入的问答。</p> : null}
      <ul className="mb-8 space-y-2">
        {promotable.map((question) => (
          <li key={question.id} className="flex flex-wrap items-center gap-3">
            <ActionButton action={promoteQuestionAction} fields={{ questionId: question.id }} label={`选入：${question.title}`}>
              选入
            </ActionButton>
            <Link href={`/interaction/questions/${question.id}`}>{question.title}</Link>
            <span className="text-sm text-muted">
              {question.department.name} · {question.theme.name}
            </span>
          </li>
        ))}
      </ul>
      <h2 className="mb-2 text-xl font-bold">新建条目</h2>
      <FaqForm faqId={null} stored={{ published: "on", sortOrder: "0" }} departments={departments} themes={themes} />
    </>
  );
}
