import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeResident } from "@/test/accounts";
import { submitTestLetter, setLetterState } from "@/test/mailbox-submissions";
import { hashedKey } from "@/lib/limits/rate-limit";
import { TRACK_BUCKET, TRACK_LIMIT, trackLetter } from "./track";

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

  it("limits attempts per client to 10 in 10 minutes, keyed by an HMAC of the IP", async () => {
    const resident = await makeResident();
    const letter = await submitTestLetter(resident);
    const now = new Date("2026-11-29T03:00:00Z");
    for (let i = 0; i < TRACK_LIMIT; i++) expect(await trackLetter(letter.number, "WRONGWRONG22", "198.51.100.7", now)).toEqual({ kind: "not-found" });
    // The 11th attempt is refused even with the right code.
    expect(await trackLetter(letter.number, letter.trackingCode, "198.51.100.7", now)).toEqual({ kind: "rate-limited" });
    // Another client is not affected; the first may try again after the window.
    expect((await trackLetter(letter.number, letter.trackingCode, "198.51.100.8", now)).kind).toBe("found");
    const later = new Date(now.getTime() + 10 * 60_000 + 1);
    expect((await trackLetter(letter.number, letter.trackingCode, "198.51.100.7", later)).kind).toBe("found");

    const keys = await db.rateLimitHit.findMany({ where: { bucket: TRACK_BUCKET }, select: { key: true } });
    expect(keys.every((hit) => /^[0-9a-f]{64}$/.test(hit.key) && !hit.key.includes("198.51"))).toBe(true);
    // The key changes with the (China-time) day.
    expect(hashedKey("198.51.100.7", now)).not.toBe(hashedKey("198.51.100.7", new Date(now.getTime() + 86_400_000)));
  });
});
