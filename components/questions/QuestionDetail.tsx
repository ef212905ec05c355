import Link from "next/link";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { formatDateTime } from "@/lib/format";
import { ANSWER_WORKING_DAYS } from "@/lib/questions/fields";

// One public question (/interaction/questions/<id>): the question with the masked name, and the
// department's answer once given. Every text is shown as text.

interface Question {
  id: number;
  title: string;
  content: string;
  maskedName: string;
  state: string;
  createdAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  department: { id: number; name: string };
  theme: { name: string };
}

export function QuestionDetail({ question }: { question: Question }) {
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "互动交流", href: "/interaction" }, { label: "在线问答", href: "/interaction/questions" }, { label: question.title }]} />
      <h1 className="mb-4 text-2xl font-bold break-words">{question.title}</h1>
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">提问人</dt>
        <dd data-testid="asker">{question.maskedName}</dd>
        <dt className="font-semibold">咨询部门</dt>
        <dd>{question.department.name}</dd>
        <dt className="font-semibold">主题</dt>
        <dd>{question.theme.name}</dd>
        <dt className="font-semibold">提问时间</dt>
        <dd>
          <time dateTime={question.createdAt.toISOString()}>{formatDateTime(question.createdAt)}</time>
        </dd>
        <dt className="font-semibold">状态</dt>
        <dd>{question.state === "answered" ? "已回复" : "待回复"}</dd>
      </dl>
      <section aria-labelledby="question-content" className="mb-6">
        <h2 id="question-content" className="mb-2 text-xl font-bold">
          问题内容
        </h2>
        <p className="whitespace-pre-wrap break-words" data-testid="question-content">
          {question.content}
        </p>
      </section>
      <section aria-labelledby="question-answer" className="mb-6 rounded border-l-4 border-gov-red bg-paper p-4">
        <h2 id="question-answer" className="mb-2 text-xl font-bold">
          部门回复
        </h2>
        {question.answer ? (
          <>
            <p className="mb-2 text-sm text-muted">
              {question.department.name} · <time dateTime={question.answeredAt?.toISOString()}>{question.answeredAt ? formatDateTime(question.answeredAt) : ""}</time>
            </p>
            <p className="whitespace-pre-wrap break-words" data-testid="answer">
              {question.answer}
            </p>
          </>
        ) : (
          <p>部门正在办理，将在审核通过后 {ANSWER_WORKING_DAYS} 个工作日内回复。</p>
        )}
      </section>
      <p className="flex flex-wrap gap-4">
        <Link href="/interaction/questions">返回在线问答</Link>
        <Link href={`/interaction/questions/faq/search?department=${question.department.id}`}>{question.department.name}的常见问题</Link>
      </p>
    </article>
  );
}
