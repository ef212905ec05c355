import { expect, it } from "vitest";
import { writerSteps } from "./steps";

const at = new Date("2026-11-30T02:00:00Z");

it("names a rating step, with or without a comment, and leaves out steps with nothing to say", () => {
  const steps = writerSteps([
    { action: "submit", toStatus: "submitted", note: null, createdAt: at },
    { action: "rate", toStatus: null, note: null, createdAt: at },
    { action: "rate", toStatus: null, note: "办得快", createdAt: at },
    { action: "close", toStatus: "closed", note: "来信人已评价，信件办结", createdAt: at },
    { action: "other", toStatus: null, note: "  ", createdAt: at },
  ]);
  expect(steps.map((step) => step.text)).toEqual(["待受理", "已评价", "已评价：办得快", "已办结：来信人已评价，信件办结"]);
  expect(steps.every((step) => step.text.trim().length > 0)).toBe(true);
});
