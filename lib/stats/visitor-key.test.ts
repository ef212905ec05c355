import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chinaDayNumber, createDailySalt, visitorKey } from "./visitor-key.mjs";

const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const IP = "203.0.113.45";

describe("visitorKey", () => {
  it("is a short keyed hash that contains nothing of the address", () => {
    const salt = Buffer.alloc(32, 9); // fixed, so that the substring checks below are deterministic
    const key = visitorKey(salt, IP, CHROME);
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    for (const part of ["203", "113", "45", IP.replace(/\./g, "")]) expect(key).not.toContain(part);
    // Without the salt the address cannot be found, even by trying every address of the block.
    const guesses = Array.from({ length: 256 }, (_, i) => `203.0.113.${i}`);
    const otherSalt = randomBytes(32);
    expect(guesses.map((ip) => visitorKey(otherSalt, ip, CHROME))).not.toContain(key);
  });

  it("is the same for the same address and browser within a day, different otherwise", () => {
    const salt = randomBytes(32);
    expect(visitorKey(salt, IP, CHROME)).toBe(visitorKey(salt, IP, CHROME));
    expect(visitorKey(salt, "203.0.113.46", CHROME)).not.toBe(visitorKey(salt, IP, CHROME));
    expect(visitorKey(salt, IP, `${CHROME} Edg/131`)).not.toBe(visitorKey(salt, IP, CHROME));
  });

  it("changes when the day changes (midnight China time), because the salt does", () => {
    let now = Date.parse("2026-11-29T15:59:00Z"); // 23:59 in China
    const currentSalt = createDailySalt({ now: () => now });
    const lateEvening = visitorKey(currentSalt(), IP, CHROME);
    now += 30_000;
    expect(visitorKey(currentSalt(), IP, CHROME)).toBe(lateEvening);
    now = Date.parse("2026-11-29T16:00:01Z"); // 00:00:01 the next day in China
    const nextDay = visitorKey(currentSalt(), IP, CHROME);
    expect(nextDay).not.toBe(lateEvening);
    now += 3600_000;
    expect(visitorKey(currentSalt(), IP, CHROME)).toBe(nextDay);
  });

  it("counts days in China time", () => {
    expect(chinaDayNumber(Date.parse("2026-11-29T15:59:59Z"))).toBe(chinaDayNumber(Date.parse("2026-11-29T00:00:00+08:00")));
    expect(chinaDayNumber(Date.parse("2026-11-29T16:00:00Z"))).toBe(chinaDayNumber(Date.parse("2026-11-29T00:00:00+08:00")) + 1);
  });
});
