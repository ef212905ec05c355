import { describe, expect, it } from "vitest";
import { interviewStatus, takesQuestions } from "./status";

const startsAt = new Date("2026-12-10T02:00:00Z");
const endsAt = new Date("2026-12-10T03:30:00Z");
const at = (iso: string) => new Date(iso);

describe("interviewStatus", () => {
  it("follows the planned times when the switch is auto", () => {
    const times = { startsAt, endsAt, liveSwitch: "auto" };
    expect(interviewStatus(times, at("2026-12-10T01:59:59.999Z"))).toBe("upcoming");
    expect(interviewStatus(times, startsAt)).toBe("live");
    expect(interviewStatus(times, at("2026-12-10T03:29:59.999Z"))).toBe("live");
    expect(interviewStatus(times, endsAt)).toBe("archive");
  });

  it("is live whatever the time when staff switch it on (early start, overrun)", () => {
    const times = { startsAt, endsAt, liveSwitch: "live" };
    expect(interviewStatus(times, at("2026-12-09T00:00:00Z"))).toBe("live");
    expect(interviewStatus(times, at("2026-12-11T00:00:00Z"))).toBe("live");
  });

  it("is archived whatever the time when staff end it (early close)", () => {
    const times = { startsAt, endsAt, liveSwitch: "ended" };
    expect(interviewStatus(times, at("2026-12-09T00:00:00Z"))).toBe("archive");
    expect(interviewStatus(times, at("2026-12-10T02:30:00Z"))).toBe("archive");
  });

  it("treats an unknown switch value as auto", () => {
    expect(interviewStatus({ startsAt, endsAt, liveSwitch: "bogus" }, at("2026-12-10T02:30:00Z"))).toBe("live");
  });

  it("takes questions before and during the interview only", () => {
    expect([takesQuestions("upcoming"), takesQuestions("live"), takesQuestions("archive")]).toEqual([true, true, false]);
  });
});
