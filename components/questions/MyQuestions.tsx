import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { myQuestions } from "@/lib/questions/ask";
import { questionStateLabel } from "@/lib/questions/fields";

// The resident's own 在线问答 questions on /account: state, the answer, a rejection's reason.
export function MyQuestions({ questions }: { questions: Awaited<ReturnType<typeof myQuestions>> }) {
  return (
    <ul className="space-y-3" data-testid="my-questions">
      {questions.map((question) => (
        <li key={question.id} className="rounded border border-line p-3" data-state={question.state}>
          <p className="mb-1 text-sm text-muted">
            {formatDateTime(question.createdAt)} · {question.department.name} · {question.theme.name} · {question.publicConsent ? "同意公开" : "不公开"} · <strong>{questionStateLabel(question.state)}</strong>
          </p>
          <p className="font-semibold break-words">
            {question.publicConsent && (question.state === "open" || question.state === "answered") ? <Link href={`/interaction/questions/${question.id}`}>{question.title}</Link> : question.title}
          </p>
          <p className="whitespace-pre-wrap break-words">{question.content}</p>
          {question.state === "answered" && question.answer ? (
            <div className="mt-2 border-l-4 border-gov-red pl-3">
              <p className="text-sm text-muted">回复{question.answeredAt ? `（${formatDateTime(question.answeredAt)}）` : ""}</p>
              <p className="whitespace-pre-wrap break-words">{question.answer}</p>
            </div>
          ) : null}
          {question.state === "rejected" && question.rejectionReason ? <p className="mt-1 text-red-800">未通过或已撤下的理由：{question.rejectionReason}</p> : null}
        </li>
      ))}
    </ul>
  );
}
