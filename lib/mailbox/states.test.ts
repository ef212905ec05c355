import { expect, it } from "vitest";
import { ALLOWED_TRANSITIONS, LETTER_STATUSES, canTransition, letterStatusLabel } from "./states";

it("allows only the mailbox's transitions", () => {
  const allowed = LETTER_STATUSES.flatMap((from) => LETTER_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}->${to}`));
  expect(allowed).toEqual([
    "submitted->accepted",
    "submitted->rejected",
    "accepted->processing",
    "processing->processing",
    "processing->replied",
    "replied->closed",
  ]);
  expect(ALLOWED_TRANSITIONS.rejected).toEqual([]);
  expect(ALLOWED_TRANSITIONS.closed).toEqual([]);
  expect(canTransition("submitted", "replied")).toBe(false);
  expect(canTransition("nonsense", "accepted")).toBe(false);
  expect(letterStatusLabel("processing")).toBe("办理中");
});
