import { formatDateTime } from "@/lib/format";
import { letterStatusLabel, letterTypeLabel } from "@/lib/mailbox/states";
import { RATINGS, type Rating } from "@/lib/mailbox/fields";
import { writerSteps } from "@/lib/mailbox/steps";
import type { WriterLetter } from "@/lib/mailbox/track";

// A letter as its writer sees it (/account, /mailbox/track): status, the notes meant for the
// writer, the reply and the rating. Never staff-only notes.

const when = (date: Date | null | undefined) => (date ? formatDateTime(new Date(date)) : null);

export function LetterProgress({ letter, headingLevel = 3 }: { letter: WriterLetter; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const steps = writerSteps(letter.events);
  const rows: [string, React.ReactNode][] = [
    ["信件编号", letter.number],
    ["信件类型", letterTypeLabel(letter.type)],
    ["办理状态", <strong key="status" data-testid="letter-status">{letterStatusLabel(letter.status)}</strong>],
    ["提交时间", when(letter.createdAt)],
  ];
  if (letter.acceptedAt) rows.push(["受理时间", when(letter.acceptedAt)]);
  if (letter.dueAt && !letter.repliedAt) rows.push(["答复期限", when(letter.dueAt)]);
  if (letter.department) rows.push(["办理单位", letter.department.name]);
  if (letter.repliedAt) rows.push(["答复时间", when(letter.repliedAt)]);
  if (letter.closedAt) rows.push(["办结时间", when(letter.closedAt)]);
  return (
    <div className="space-y-3">
      <Heading className="text-lg font-bold">{letter.title}</Heading>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[7rem_1fr] elder:sm:grid-cols-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {steps.length > 0 ? (
        <div>
          <p className="font-semibold">办理情况</p>
          <ol className="list-decimal space-y-1 pl-6" data-testid="letter-steps">
            {steps.map((step, index) => (
              <li key={index}>
                <time dateTime={step.createdAt.toISOString()}>{when(step.createdAt)}</time>
                {`　${step.text}`}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {letter.reply ? (
        <div className="border-l-4 border-gov-red bg-paper p-3">
          <p className="font-semibold">答复内容</p>
          <p className="whitespace-pre-line" data-testid="letter-reply">{letter.reply}</p>
        </div>
      ) : null}
      {letter.rating ? (
        <p>
          您的评价：{RATINGS[letter.rating as Rating] ?? letter.rating}
          {letter.ratingComment ? `（${letter.ratingComment}）` : ""}
        </p>
      ) : null}
    </div>
  );
}
