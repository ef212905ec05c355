"use client";

import { useEffect, useState } from "react";
import type { PublicTurn } from "@/lib/interviews/public";

// The transcript of an interview. Rendered on the server with the turns so far (the page
// works without JavaScript: its 刷新 link reloads it); while the interview is live (or about to
// start) the browser listens to /api/interviews/<id>/live (server-sent events) and appends new
// turns. The list is a polite live region: screen readers announce new turns without the focus
// moving.

const roleStyle: Record<PublicTurn["role"], string> = {
  host: "border-l-4 border-line",
  guest: "border-l-4 border-gov-red",
  netizen: "border-l-4 border-line bg-paper",
};

export function TurnItem({ turn }: { turn: PublicTurn }) {
  return (
    <li id={`turn-${turn.id}`} className={`py-3 pl-3 ${roleStyle[turn.role]}`} data-turn={turn.id}>
      <p className="font-semibold">
        <span className="text-muted">〔{turn.roleLabel}〕</span>
        {turn.speaker}：
      </p>
      <p className="whitespace-pre-line">{turn.body}</p>
      {turn.photoId ? (
        // eslint-disable-next-line @next/next/no-img-element -- a stored upload served by /files/interview, not a static asset
        <img src={`/files/interview/${turn.photoId}`} alt={`${turn.speaker}发言时的现场图片`} className="mt-2 max-h-80 max-w-full" loading="lazy" />
      ) : null}
    </li>
  );
}

export function Transcript({ interviewId, turns, listen }: { interviewId: number; turns: PublicTurn[]; listen: boolean }) {
  const [shown, setShown] = useState(turns);
  const [ended, setEnded] = useState(false);

  useEffect(() => {
    if (!listen || typeof EventSource === "undefined") return;
    const lastId = turns.at(-1)?.id ?? 0;
    const source = new EventSource(`/api/interviews/${interviewId}/live?after=${lastId}`);
    source.addEventListener("turn", (event) => {
      const turn = JSON.parse((event as MessageEvent<string>).data) as PublicTurn;
      setShown((current) => (current.some((item) => item.id === turn.id) ? current : [...current, turn]));
    });
    source.addEventListener("end", () => {
      source.close();
      setEnded(true);
    });
    return () => source.close();
  }, [interviewId, listen, turns]);

  return (
    <>
      {shown.length === 0 ? <p className="text-muted">访谈开始后，文字实录将在这里实时更新。</p> : null}
      <ol aria-live="polite" aria-relevant="additions" className="space-y-2" data-testid="transcript">
        {shown.map((turn) => (
          <TurnItem key={turn.id} turn={turn} />
        ))}
      </ol>
      {ended ? (
        <p role="status" className="mt-3 font-semibold">
          本场访谈已结束，感谢收看。
        </p>
      ) : null}
    </>
  );
}
