import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeResident } from "@/test/accounts";
import { submitTestLetter, setLetterState } from "@/test/mailbox-submissions";
import { ALREADY_RATED_MESSAGE, NOT_RATABLE_MESSAGE, rateLetter } from "./rating";

describe("rateLetter", () => {
  it("the writer rates a replied letter once; rating closes it", async () => {
    const resident = await makeResident();
    const letter = await submitTestLetter(resident);
    await setLetterState(letter.id, { status: "replied" });
    expect(await rateLetter(resident, { letterId: letter.id, rating: "basic", ratingComment: "办理及时" })).toEqual({ ok: true });
    const stored = await db.letter.findUniqueOrThrow({
      where: { id: letter.id },
      select: { status: true, rating: true, ratingComment: true, ratedAt: true, closedAt: true, events: { select: { action: true, toStatus: true }, orderBy: { id: "asc" } } },
    });
    expect(stored).toMatchObject({ status: "closed", rating: "basic", ratingComment: "办理及时", ratedAt: expect.any(Date), closedAt: expect.any(Date) });
    expect(stored.events.map((event) => event.action)).toEqual(["submit", "rate", "close"]);

    expect(await rateLetter(resident, { letterId: letter.id, rating: "unsatisfied", ratingComment: null })).toEqual({ ok: false, formError: ALREADY_RATED_MESSAGE });
    expect(await db.letter.findUniqueOrThrow({ where: { id: letter.id }, select: { rating: true } })).toEqual({ rating: "basic" });
  });

  it("refuses letters not yet replied and other people's letters, changing nothing", async () => {
    const resident = await makeResident();
    const pending = await submitTestLetter(resident);
    expect(await rateLetter(resident, { letterId: pending.id, rating: "satisfied", ratingComment: null })).toEqual({ ok: false, formError: NOT_RATABLE_MESSAGE });
    const replied = await submitTestLetter(resident);
    await setLetterState(replied.id, { status: "replied" });
    const stranger = await makeResident();
    expect(await rateLetter(stranger, { letterId: replied.id, rating: "satisfied", ratingComment: null })).toEqual({ ok: false, formError: NOT_RATABLE_MESSAGE });
    expect(await db.letter.findMany({ where: { writerId: resident.id }, select: { status: true, rating: true } })).toEqual([
      { status: "submitted", rating: null },
      { status: "replied", rating: null },
    ]);
    expect(await db.letterEvent.count({ where: { letterId: { in: [pending.id, replied.id] }, action: { in: ["rate", "close"] } } })).toBe(0);
  });

  it("two concurrent ratings: exactly one wins", async () => {
    const resident = await makeResident();
    const letter = await submitTestLetter(resident);
    await setLetterState(letter.id, { status: "replied" });
    const results = await Promise.all([
      rateLetter(resident, { letterId: letter.id, rating: "satisfied", ratingComment: null }),
      rateLetter(resident, { letterId: letter.id, rating: "unsatisfied", ratingComment: null }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.letterEvent.count({ where: { letterId: letter.id, action: "rate" } })).toBe(1);
  });
});
