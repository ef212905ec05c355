import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeResident } from "@/test/accounts";
import { submitTestLetter, setLetterState } from "@/test/mailbox-submissions";
import { hashedKey } from "@/lib/limits/rate-limit";
import { TRACK_ADDRESS_RULE, TRACK_LETTER_RULE, trackLetter } from "./track";

describe("trackLetter", () => {
  it("the right pair shows status, the notes meant for the writer and the reply", async () => {
    const resident = await makeResident();
    const letter = await submitTestLetter(resident);
    await setLetterState(letter.id, { status: "replied", reply: "已安排增设站点。", notes: { writer: "已受理，转交交通运输局。", staff: "内部：请加急" } });
    const result = await trackLetter(letter.number, letter.trackingCode.toLowerCase().replace(/(.{4})/g, "$1 "), "203.0.113.1");
    expect(result.kind).toBe("found");
    if (result.kind !== "found") return;
    expect(result.letter).toMatchObject({ number: letter.number, status: "replied", reply: "已安排增设站点。" });
    expect(result.letter.events.map((event) => event.note)).toEqual(["信件已提交，等待受理。", "已受理，转交交通运输局。"]);
    expect(JSON.stringify(result)).not.toContain("内部");
    expect(result.letter).not.toHaveProperty("trackingCodeHash");
    expect(result.letter).not.toHaveProperty("contactPhone");
  });

  it("a wrong code and an unknown number get the same answer", async () => {
    const resident = await makeResident();
    const letter = await submitTestLetter(resident);
    const wrongCode = await trackLetter(letter.number, "ABCDEFGHJKMN", "203.0.113.2");
    const unknownNumber = await trackLetter("20261129-9999999", letter.trackingCode, "203.0.113.2");
    const malformed = await trackLetter("nonsense", "x", "203.0.113.2");
    expect(wrongCode).toEqual({ kind: "not-found" });
    expect(unknownNumber).toEqual(wrongCode);
    expect(malformed).toEqual(wrongCode);
  });

  it("limits wrong codes per letter number, not per address: a shared address is not locked out", async () => {
    const resident = await makeResident();
    const guessed = await submitTestLetter(resident);
    const other = await submitTestLetter(resident);
    const now = new Date("2026-11-29T03:00:00Z");
    const shared = "198.51.100.7";
    for (let i = 0; i < TRACK_LETTER_RULE.limit; i++) expect(await trackLetter(guessed.number, "WRONGWRONG22", shared, now)).toEqual({ kind: "not-found" });
    // The guessed letter is closed for an hour, even for the right code and from other addresses.
    expect(await trackLetter(guessed.number, guessed.trackingCode, shared, now)).toEqual({ kind: "rate-limited", per: "letter" });
    expect(await trackLetter(guessed.number, guessed.trackingCode, "203.0.113.50", now)).toEqual({ kind: "rate-limited", per: "letter" });
    // Another resident behind the same address tracks their own letter.
    expect((await trackLetter(other.number, other.trackingCode, shared, now)).kind).toBe("found");
    const later = new Date(now.getTime() + TRACK_LETTER_RULE.windowMs + 1);
    expect((await trackLetter(guessed.number, guessed.trackingCode, shared, later)).kind).toBe("found");

    const keys = await db.rateLimitHit.findMany({ where: { bucket: { in: [TRACK_LETTER_RULE.bucket, TRACK_ADDRESS_RULE.bucket] } }, select: { key: true } });
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((hit) => /^[0-9a-f]{64}$/.test(hit.key))).toBe(true);
    // The key changes with the (China-time) day.
    expect(hashedKey("198.51.100.7", now)).not.toBe(hashedKey("198.51.100.7", new Date(now.getTime() + 86_400_000)));
  });

  it("unknown numbers count like known ones, and one address may not sweep many numbers", async () => {
    const resident = await makeResident();
    const letter = await submitTestLetter(resident);
    const now = new Date("2026-11-29T05:00:00Z");
    for (let i = 0; i < TRACK_LETTER_RULE.limit; i++) await trackLetter("20200101-0001", "WRONGWRONG22", "192.0.2.1", now);
    expect(await trackLetter("20200101-0001", "WRONGWRONG22", "192.0.2.1", now)).toEqual({ kind: "rate-limited", per: "letter" });

    const sweeper = "203.0.113.99";
    for (let i = 0; i < TRACK_ADDRESS_RULE.limit; i++) {
      expect(await trackLetter(`20200102-${String(i).padStart(4, "0")}`, "WRONGWRONG22", sweeper, now)).toEqual({ kind: "not-found" });
    }
    expect(await trackLetter(letter.number, letter.trackingCode, sweeper, now)).toEqual({ kind: "rate-limited", per: "address" });
    expect((await trackLetter(letter.number, letter.trackingCode, "203.0.113.100", now)).kind).toBe("found");
  });
});
