import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/admin/ActionButton";
import { FaqForm } from "@/components/admin/question-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { listDepartments } from "@/lib/departments/departments";
import { getFaqEntry } from "@/lib/questions/faq";
import { publicFilterChoices } from "@/lib/questions/public";
import { removeFaqAction } from "../actions";

export const metadata: Metadata = { title: "修改常见问题" };

export default async function AdminFaqEntryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  await requireStaffPermission("manage:faq:any", "/admin/faq");
  if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2_147_483_647) notFound();
  const entry = await getFaqEntry(Number(id));
  if (!entry) notFound();
  const promoted = (await searchParams).done === "promoted";
  const [departments, { themes }] = await Promise.all([listDepartments(), publicFilterChoices()]);
  const stored = {
    departmentId: String(entry.departmentId),
    themeId: String(entry.themeId),
    question: entry.question,
    answer: entry.answer,
    sortOrder: String(entry.sortOrder),
    published: entry.published ? "on" : "off",
  };
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/faq">返回常见问题</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">修改常见问题</h1>
      {promoted ? <StatusNotice>已选入常见问题并公开，可在下面修改措辞。</StatusNotice> : null}
      {entry.sourceQuestionId ? (
        <p className="mb-4">
          来源：<Link href={`/admin/questions/${entry.sourceQuestionId}`}>问答 {entry.sourceQuestionId}</Link>
        </p>
      ) : null}
      <FaqForm faqId={entry.id} stored={stored} departments={departments} themes={themes} />
      <div className="mt-8">
        <ActionButton action={removeFaqAction} fields={{ faqId: entry.id }}>
          删除条目
        </ActionButton>
      </div>
    </>
  );
}
