// The mailbox's shared vocabulary: letter types, statuses and which status may follow which.
// lib/mailbox/workflow.ts (staff transitions) and the resident-side code (submission,
// rating) both move letters only along ALLOWED_TRANSITIONS.

export const LETTER_TYPES = ["consult", "suggest", "complain", "report", "help"] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

export const LETTER_TYPE_LABELS: Record<LetterType, string> = {
  consult: "咨询",
  suggest: "建议",
  complain: "投诉",
  report: "举报",
  help: "求助",
};

/** 举报 letters are never published (they name people and protect the reporter). */
export function mayBePublished(type: string): boolean {
  return type !== "report";
}

export const LETTER_STATUSES = ["submitted", "accepted", "rejected", "processing", "replied", "closed"] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  submitted: "待受理",
  accepted: "已受理",
  rejected: "不予受理",
  processing: "办理中",
  replied: "已答复",
  closed: "已办结",
};

/** 待受理 -> 已受理 | 不予受理; 已受理 -> 办理中 (assigned); 办理中 -> 已答复 (or reassigned); 已答复 -> 已办结. */
export const ALLOWED_TRANSITIONS: Record<LetterStatus, readonly LetterStatus[]> = {
  submitted: ["accepted", "rejected"],
  accepted: ["processing"],
  rejected: [],
  processing: ["processing", "replied"],
  replied: ["closed"],
  closed: [],
};

export function isLetterStatus(value: string): value is LetterStatus {
  return (LETTER_STATUSES as readonly string[]).includes(value);
}

export function isLetterType(value: string): value is LetterType {
  return (LETTER_TYPES as readonly string[]).includes(value);
}

export function canTransition(from: string, to: string): boolean {
  return isLetterStatus(from) && isLetterStatus(to) && ALLOWED_TRANSITIONS[from].includes(to);
}

export function letterStatusLabel(status: string): string {
  return isLetterStatus(status) ? LETTER_STATUS_LABELS[status] : status;
}

export function letterTypeLabel(type: string): string {
  return isLetterType(type) ? LETTER_TYPE_LABELS[type] : type;
}

/** Reply deadline in working days from acceptance (the legal limit). */
export const REPLY_WORKING_DAYS = 15;
/** A replied letter the writer has not rated closes itself after this many days. */
export const AUTO_CLOSE_DAYS = 7;
