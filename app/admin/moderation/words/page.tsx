import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/admin/ActionButton";
import { AddReasonForm, AddWordForm } from "@/components/admin/moderation-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { listReasons } from "@/lib/comments/moderation";
import { listSensitiveWords } from "@/lib/comments/words";
import { removeReasonAction, removeWordAction } from "../actions";

export const metadata: Metadata = { title: "敏感词和驳回理由" };

const NOTICES: Record<string, string> = {
  word_added: "敏感词已添加。",
  word_removed: "敏感词已删除。",
  reason_added: "驳回理由已添加。",
  reason_removed: "驳回理由已删除。",
};

// The two lists moderation works with, kept as data: sensitive words (they flag new comments,
// never reject them) and the template reasons for a rejection. Every change is audited.
export default async function ModerationWordsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPermission("moderate:comment:any", "/admin/moderation/words");
  const done = (await searchParams).done;
  const notice = typeof done === "string" ? NOTICES[done] : undefined;
  const [words, reasons] = await Promise.all([listSensitiveWords(), listReasons()]);
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/moderation">返回评论审核</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">敏感词和驳回理由</h1>
      {notice ? <StatusNotice>{notice}</StatusNotice> : null}
      <section aria-labelledby="words-title" className="mb-8">
        <h2 id="words-title" className="mb-2 text-xl font-bold">
          敏感词（{words.length}）
        </h2>
        <p className="mb-3">新提交的评论含有这些词时，在审核列表中标出；已提交的评论不受修改影响。</p>
        <ul className="mb-4 flex flex-wrap gap-3">
          {words.map((word) => (
            <li key={word.id} className="flex items-center gap-2 rounded border border-line px-2 py-1">
              <span>{word.word}</span>
              <ActionButton action={removeWordAction} fields={{ id: word.id }} label={`删除敏感词 ${word.word}`}>
                删除
              </ActionButton>
            </li>
          ))}
        </ul>
        <AddWordForm />
      </section>
      <section aria-labelledby="reasons-title">
        <h2 id="reasons-title" className="mb-2 text-xl font-bold">
          驳回理由模板（{reasons.length}）
        </h2>
        <ul className="mb-4 space-y-2">
          {reasons.map((reason) => (
            <li key={reason.id} className="flex items-center gap-3">
              <span>{reason.text}</span>
              <ActionButton action={removeReasonAction} fields={{ id: reason.id }} label={`删除驳回理由 ${reason.text}`}>
                删除
              </ActionButton>
            </li>
          ))}
        </ul>
        <AddReasonForm />
      </section>
    </>
  );
}
