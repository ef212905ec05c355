/** 已超期 / 即将到期 marker of a letter's reply deadline (text, not colour alone). */
export function DeadlineBadge({ deadline }: { deadline: "overdue" | "soon" | null }) {
  if (!deadline) return null;
  return deadline === "overdue" ? (
    <span className="ml-2 inline-block rounded bg-red-800 px-2 py-0.5 text-sm font-semibold text-white" data-deadline="overdue">
      已超期
    </span>
  ) : (
    <span className="ml-2 inline-block rounded border-2 border-amber-700 bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-900" data-deadline="soon">
      即将到期
    </span>
  );
}
