import { describe, expect, it } from "vitest";
import { disableAccount } from "@/lib/accounts/accounts";
import { db } from "@/lib/db/client";
import { makeResident, PASSWORD } from "@/test/accounts";
import { authenticate, disabledMessage } from "./login";
import { createSession, IDLE_MS, validateSession, ABSOLUTE_MS } from "./sessions";
import { failureDelayMs, FREE_FAILURES, LOGIN_HISTORY_DAYS, MAX_DELAY_MS, NETWORK_LIMIT, pruneAttempts, recordAttempt, recordFailure } from "./throttle";

const minutes = (n: number) => n * 60_000;

describe("authenticate", () => {
  it("answers the same for a wrong password and an unknown e-mail", async () => {
    const resident = await makeResident({ email: "a@example.com" });
    expect(await authenticate("A@Example.com", PASSWORD)).toMatchObject({ ok: true, user: { id: resident.id } });
    expect(await authenticate("a@example.com", "wrong password 1")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("nobody@example.com", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  const ATTACKER = "198.51.100.23"; // network 198.51.100.0/24
  const ATTACKER_NEIGHBOUR = "198.51.100.200";
  const OWNER = "2001:db8:1:2::5"; // network 2001:db8:1:2::/64
  const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

  it("slows an attacker's network down progressively, while the owner on another network signs in", async () => {
    const resident = await makeResident({ email: "b@example.com" });
    const start = new Date("2026-11-29T10:00:00Z");
    let t = 0;
    for (let i = 0; i < FREE_FAILURES; i++) {
      expect(await authenticate("b@example.com", "wrong", ATTACKER, at(start, (t += 100)))).toEqual({ ok: false, reason: "invalid" });
    }
    // From now on each attempt from that network must wait, twice as long after each failure.
    const refused = await authenticate("b@example.com", PASSWORD, ATTACKER_NEIGHBOUR, at(start, (t += 100)));
    expect(refused).toEqual({ ok: false, reason: "throttled", message: "登录失败次数过多，请 2 秒后再试" });
    expect(await authenticate("b@example.com", "wrong", ATTACKER, at(start, (t += 2100)))).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("b@example.com", "wrong", ATTACKER, at(start, (t += 2100)))).toMatchObject({ reason: "throttled", message: "登录失败次数过多，请 4 秒后再试" });
    for (let i = 0; i < 20; i++) {
      t += failureDelayMs(FREE_FAILURES + 1 + i) + 100;
      expect(await authenticate("b@example.com", "wrong", ATTACKER, at(start, t))).toEqual({ ok: false, reason: "invalid" });
    }
    // The delay is capped; the owner, elsewhere, is never slowed and gets in at once.
    expect(failureDelayMs(100)).toBe(MAX_DELAY_MS);
    expect(await authenticate("b@example.com", "wrong", ATTACKER, at(start, t + MAX_DELAY_MS - 1000))).toMatchObject({ reason: "throttled" });
    expect(await authenticate("b@example.com", PASSWORD, OWNER, at(start, t + 1000))).toMatchObject({ ok: true, user: { id: resident.id } });
  });

  it("refuses a network outright after NETWORK_LIMIT failures over all accounts", async () => {
    await makeResident({ email: "c@example.com" });
    const start = new Date("2026-11-29T12:00:00Z");
    for (let i = 0; i < NETWORK_LIMIT; i++) await recordFailure(`victim${i}@example.com`, "192.0.2.1", at(start, i));
    const refused = await authenticate("c@example.com", PASSWORD, "192.0.2.99", at(start, 1000));
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticate("c@example.com", PASSWORD, "203.0.113.1", at(start, 1000))).toMatchObject({ ok: true });
    // An hour later the network may try again.
    expect(await authenticate("c@example.com", PASSWORD, "192.0.2.99", at(start, 3600_000 + 1000))).toMatchObject({ ok: true });
  });

  it("a success clears that network's count for the account", async () => {
    await makeResident({ email: "c2@example.com" });
    const start = new Date("2026-11-29T13:00:00Z");
    for (let i = 0; i < FREE_FAILURES - 1; i++) await authenticate("c2@example.com", "wrong", ATTACKER, at(start, i));
    expect((await authenticate("c2@example.com", PASSWORD, ATTACKER, at(start, 10))).ok).toBe(true);
    for (let i = 0; i < FREE_FAILURES - 1; i++) await authenticate("c2@example.com", "wrong", ATTACKER, at(start, 20 + i));
    expect((await authenticate("c2@example.com", PASSWORD, ATTACKER, at(start, 30))).ok).toBe(true);
  });

  it("slows unknown e-mails the same way (no account enumeration)", async () => {
    const now = new Date();
    for (let i = 0; i < FREE_FAILURES; i++) await authenticate("ghost@example.com", "x", ATTACKER, now);
    expect(await authenticate("ghost@example.com", "x", ATTACKER, now)).toMatchObject({ ok: false, reason: "throttled", message: "登录失败次数过多，请 2 秒后再试" });
  });

  it("refuses a disabled account (the reason only with the right password) and ends its sessions", async () => {
    const resident = await makeResident({ email: "d@example.com" });
    const session = await createSession(resident.id);
    await disableAccount(resident.id, new Date(), "违反用户协议");
    expect(await authenticate("d@example.com", "wrong password 1")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("d@example.com", PASSWORD)).toEqual({ ok: false, reason: "disabled", message: disabledMessage("违反用户协议") });
    expect(await validateSession({ sub: String(resident.id), sid: session.id, sv: 0 })).toBeNull();
  });

  it("prunes attempts after the retention period", async () => {
    const old = new Date(Date.now() - (LOGIN_HISTORY_DAYS + 1) * 24 * 3600_000);
    await recordAttempt("e@example.com", false, old);
    await recordAttempt("e@example.com", true);
    expect(await pruneAttempts()).toBe(1);
    expect(await db.loginAttempt.count({ where: { email: "e@example.com" } })).toBe(1);
  });
});

describe("sessions", () => {
  it("end after 30 minutes idle and 12 hours at most", async () => {
    const resident = await makeResident();
    const start = new Date("2026-11-29T08:00:00Z");
    const claims = (sid: string) => ({ sub: String(resident.id), sid, sv: 0 });

    const idle = await createSession(resident.id, start);
    expect(await validateSession(claims(idle.id), new Date(start.getTime() + IDLE_MS - 1000))).not.toBeNull();
    // that request counted as activity
    expect(await validateSession(claims(idle.id), new Date(start.getTime() + 2 * IDLE_MS - 2000))).not.toBeNull();
    expect(await validateSession(claims(idle.id), new Date(start.getTime() + 3 * IDLE_MS))).toBeNull();
    expect(await db.userSession.count({ where: { id: idle.id } })).toBe(0);

    const busy = await createSession(resident.id, start);
    let now = start.getTime();
    while (now + minutes(20) < start.getTime() + ABSOLUTE_MS) {
      now += minutes(20);
      expect(await validateSession(claims(busy.id), new Date(now))).not.toBeNull();
    }
    expect(await validateSession(claims(busy.id), new Date(start.getTime() + ABSOLUTE_MS))).toBeNull();
  });

  it("refuse a token whose user, version or session id does not match", async () => {
    const resident = await makeResident();
    const other = await makeResident();
    const session = await createSession(resident.id);
    expect(await validateSession({ sub: String(other.id), sid: session.id, sv: 0 })).toBeNull();
    const fresh = await createSession(resident.id);
    expect(await validateSession({ sub: String(resident.id), sid: fresh.id, sv: 1 })).toBeNull();
    expect(await validateSession({ sub: String(resident.id), sid: "nope", sv: 0 })).toBeNull();
    expect(await validateSession({})).toBeNull();
  });
});
