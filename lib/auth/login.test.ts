import { describe, expect, it } from "vitest";
import { disableAccount } from "@/lib/accounts/accounts";
import { db } from "@/lib/db/client";
import { makeResident, PASSWORD } from "@/test/accounts";
import { authenticate, disabledMessage } from "./login";
import { createSession, IDLE_MS, validateSession, ABSOLUTE_MS } from "./sessions";
import { LOGIN_HISTORY_DAYS, pruneAttempts, recordAttempt } from "./throttle";

const minutes = (n: number) => n * 60_000;

describe("authenticate", () => {
  it("answers the same for a wrong password and an unknown e-mail", async () => {
    const resident = await makeResident({ email: "a@example.com" });
    expect(await authenticate("A@Example.com", PASSWORD)).toMatchObject({ ok: true, user: { id: resident.id } });
    expect(await authenticate("a@example.com", "wrong password 1")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("nobody@example.com", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an account for 15 minutes after 5 failures within 15 minutes", async () => {
    await makeResident({ email: "b@example.com" });
    const start = new Date("2026-11-29T10:00:00Z");
    for (let i = 0; i < 4; i++) {
      expect(await authenticate("b@example.com", "wrong", new Date(start.getTime() + minutes(i)))).toEqual({ ok: false, reason: "invalid" });
    }
    // The 5th failure locks; even the right password is then refused.
    expect(await authenticate("b@example.com", "wrong", new Date(start.getTime() + minutes(4)))).toEqual({ ok: false, reason: "locked" });
    expect(await authenticate("b@example.com", PASSWORD, new Date(start.getTime() + minutes(10)))).toEqual({ ok: false, reason: "locked" });
    expect(await authenticate("b@example.com", PASSWORD, new Date(start.getTime() + minutes(18)))).toEqual({ ok: false, reason: "locked" });
    // 15 minutes after the 5th failure the right password works again.
    expect((await authenticate("b@example.com", PASSWORD, new Date(start.getTime() + minutes(19) + 1000))).ok).toBe(true);
  });

  it("does not lock for 5 failures spread over more than 15 minutes, or across a success", async () => {
    await makeResident({ email: "c@example.com" });
    const start = new Date("2026-11-29T10:00:00Z");
    for (const at of [0, 4, 8, 12, 16]) await authenticate("c@example.com", "wrong", new Date(start.getTime() + minutes(at)));
    expect((await authenticate("c@example.com", PASSWORD, new Date(start.getTime() + minutes(17)))).ok).toBe(true);
    for (const at of [18, 19, 20, 21]) await authenticate("c@example.com", "wrong", new Date(start.getTime() + minutes(at)));
    expect((await authenticate("c@example.com", PASSWORD, new Date(start.getTime() + minutes(22)))).ok).toBe(true);
  });

  it("locks unknown e-mails the same way (no account enumeration)", async () => {
    const now = new Date();
    for (let i = 0; i < 4; i++) await authenticate("ghost@example.com", "x", now);
    expect(await authenticate("ghost@example.com", "x", now)).toEqual({ ok: false, reason: "locked" });
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
