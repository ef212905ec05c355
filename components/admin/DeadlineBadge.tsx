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

/** The 期限 filter's choices (letters, information requests). */
export const DEADLINE_CHOICES = [
  ["overdue", "已超期"],
  ["soon", "即将到期"],
] as const;

/** A list row's background for its deadline (the badge carries the words). */
export function deadlineRowClass(deadline: "overdue" | "soon" | null): string {
  return `border-b border-line ${deadline === "overdue" ? "bg-red-50" : deadline === "soon" ? "bg-amber-50" : ""}`;
}
