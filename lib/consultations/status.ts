// The status of a 民意征集 follows from its dates and its feedback; it is never stored, so it
// cannot go stale (docs/decisions/0020). Instants compare as instants; the pages show them in
// China time (lib/format.ts).

export const CONSULTATION_STATUSES = {
  upcoming: "未开始",
  open: "征集中",
  closed: "已结束",
  answered: "已反馈",
} as const;
export type ConsultationStatus = keyof typeof CONSULTATION_STATUSES;

export function isConsultationStatus(value: string): value is ConsultationStatus {
  return Object.hasOwn(CONSULTATION_STATUSES, value);
}

export interface ConsultationDates {
  startsAt: Date;
  endsAt: Date;
  feedbackPublishedAt: Date | null;
}

/** 未开始 before startsAt, 征集中 until endsAt (exclusive), then 已结束 until the feedback is published. */
export function consultationStatus(dates: ConsultationDates, now = new Date()): ConsultationStatus {
  if (dates.feedbackPublishedAt) return "answered";
  if (now < dates.startsAt) return "upcoming";
  if (now < dates.endsAt) return "open";
  return "closed";
}

/** The where-clause of the consultations in a status at `now` (for the public filter). */
export function statusWhere(status: ConsultationStatus, now = new Date()) {
  switch (status) {
    case "upcoming":
      return { feedbackPublishedAt: null, startsAt: { gt: now } };
    case "open":
      return { feedbackPublishedAt: null, startsAt: { lte: now }, endsAt: { gt: now } };
    case "closed":
      return { feedbackPublishedAt: null, endsAt: { lte: now } };
    case "answered":
      return { feedbackPublishedAt: { not: null } };
  }
}
