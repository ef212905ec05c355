import { letterStatusLabel } from "./states";

// The steps of a letter's timeline as its writer sees them. An event that changes no status
// (a rating, with or without a comment) is named by what happened, and a step with nothing
// to say is left out rather than shown as a bare time.

const ACTION_LABELS: Record<string, string> = { rate: "已评价" };

export interface WriterEvent {
  action: string;
  toStatus: string | null;
  note: string | null;
  createdAt: Date;
}

export function writerSteps(events: WriterEvent[]): { createdAt: Date; text: string }[] {
  return events.flatMap((event) => {
    const label = event.toStatus ? letterStatusLabel(event.toStatus) : ACTION_LABELS[event.action];
    const text = [label, event.note?.trim()].filter(Boolean).join("：");
    return text ? [{ createdAt: new Date(event.createdAt), text }] : [];
  });
}
