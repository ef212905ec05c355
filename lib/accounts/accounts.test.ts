import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authenticate } from "@/lib/auth/login";
import { createSession, validateSession } from "@/lib/auth/sessions";
import { PRIVACY_POLICY_VERSION } from "@/lib/privacy";
import { makeResident, PASSWORD } from "@/test/accounts";
import {
  changePassword,
  deleteAccount,
  EXPORT_FORMAT,
  exportAccount,
  getMyAccount,
  revealIdCard,
  updateProfile,
} from "./accounts";
import { profileSchema } from "./validation";

const ID = "652301198001011230";

function profile(change: Record<string, string> = {}) {
  return profileSchema.parse({
    name: "王五",
    birthDate: "1980-01-01",
    gender: "male",
    phone: "13612345678",
    address: "昌吉市延安北路 1 号",
    idCard: ID,
    education: "本科",
    occupation: "教师",
    ...change,
  });
}

describe("registration", () => {
  it("stores the account, profile and consent with the policy version", async () => {
    const before = new Date();
    const resident = await makeResident({ name: "赵六", email: "Zhao.Liu@Example.com" });
    const account = await getMyAccount(resident);
    expect(account).toMatchObject({ email: "zhao.liu@example.com", profile: { name: "赵六", idCardMasked: null } });
    expect(account?.consents).toHaveLength(1);
    expect(account?.consents[0]?.policyVersion).toBe(PRIVACY_POLICY_VERSION);
    expect(account?.consents[0]?.acceptedAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const stored = await db.user.findUnique({ where: { id: resident.id }, select: { passwordHash: true } });
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe("profile", () => {
  it("updates every field and shows the ID number masked", async () => {
    const resident = await makeResident();
    expect(await updateProfile(resident, profile())).toEqual({ ok: true, value: undefined });
    const account = await getMyAccount(resident);
    expect(account?.profile).toEqual({
      name: "王五",
      birthDate: "1980-01-01",
      gender: "male",
      phone: "13612345678",
      address: "昌吉市延安北路 1 号",
      idCardMasked: "652301********1230",
      education: "本科",
      occupation: "教师",
    });
    expect(JSON.stringify(account)).not.toContain(ID);
  });

  it("keeps the ID number encrypted at rest", async () => {
    const resident = await makeResident();
    await updateProfile(resident, profile());
    const rows = await db.$queryRaw<{ idCardCipher: string }[]>`SELECT "idCardCipher" FROM "Profile" WHERE "userId" = ${resident.id}`;
    expect(rows[0]?.idCardCipher).toMatch(/^v1:/);
    expect(rows[0]?.idCardCipher).not.toContain(ID);
    expect(rows[0]?.idCardCipher).not.toContain(ID.slice(6, 14));
  });

  it("keeps the stored ID number when the field is left empty, clears it on request", async () => {
    const resident = await makeResident();
    await updateProfile(resident, profile());
    await updateProfile(resident, profile({ idCard: "", occupation: "医生" }));
    expect((await getMyAccount(resident))?.profile).toMatchObject({ idCardMasked: "652301********1230", occupation: "医生" });
    await updateProfile(resident, profile({ idCard: "", clearIdCard: "on" }));
    expect((await getMyAccount(resident))?.profile.idCardMasked).toBeNull();
  });

  it("saves nothing when the birth date disagrees with the stored ID number", async () => {
    const resident = await makeResident();
    await updateProfile(resident, profile());
    const result = await updateProfile(resident, profile({ idCard: "", birthDate: "1981-01-01", name: "改名" }));
    expect(result).toEqual({ ok: false, fieldErrors: { birthDate: ["出生日期与身份证号码中的出生日期不一致"] } });
    expect((await getMyAccount(resident))?.profile).toMatchObject({ name: "王五", birthDate: "1980-01-01" });
  });

  it("reveals the full ID number to its owner only with the right password", async () => {
    const resident = await makeResident();
    await updateProfile(resident, profile());
    expect(await revealIdCard(resident, "wrong password!")).toEqual({ ok: false, fieldErrors: { password: ["密码不正确"] } });
    expect(await revealIdCard(resident, PASSWORD)).toEqual({ ok: true, value: ID });
  });

  it("counts wrong re-entered passwords toward the login throttle of that network", async () => {
    const resident = await makeResident();
    for (let i = 0; i < 3; i++) expect(await revealIdCard(resident, `wrong password ${i}`, "198.51.100.7")).toMatchObject({ ok: false });
    // Slowed down from that network: even the right password is not checked now.
    expect(await revealIdCard(resident, PASSWORD, "198.51.100.9")).toEqual({ ok: false, fieldErrors: { password: ["登录失败次数过多，请 2 秒后再试"] } });
    expect(await authenticate(resident.email, PASSWORD, "198.51.100.8")).toMatchObject({ ok: false, reason: "throttled" });
    // The owner on another network is not slowed.
    expect(await authenticate(resident.email, PASSWORD, "203.0.113.5")).toMatchObject({ ok: true });
  });
});

describe("export", () => {
  it("contains the whole profile, consents, sessions and login history", async () => {
    const resident = await makeResident({ email: "export@example.com" });
    await updateProfile(resident, profile());
    await authenticate("export@example.com", "a wrong password");
    await authenticate("export@example.com", PASSWORD);
    await createSession(resident.id);
    const data = await exportAccount(resident);
    expect(data).toMatchObject({
      format: EXPORT_FORMAT,
      account: { email: "export@example.com", role: "resident" },
      profile: {
        name: "王五",
        birthDate: "1980-01-01",
        gender: "male",
        phone: "13612345678",
        address: "昌吉市延安北路 1 号",
        idCard: ID,
        education: "本科",
        occupation: "教师",
      },
      consents: [{ policyVersion: PRIVACY_POLICY_VERSION }],
      loginHistory: { retentionDays: 30, attempts: [{ succeeded: false }, { succeeded: true }] },
      submissions: {},
    });
    expect(data?.activeSessions).toHaveLength(1);
    const json = JSON.stringify(data);
    expect(json).not.toContain("passwordHash");
    expect(json).not.toContain("$argon2");
    expect(json).not.toContain("idCardCipher");
    // Every stored profile column is in the export (a new column must be added to it).
    const columns = Object.keys((await db.profile.findFirst({ where: { userId: resident.id } })) ?? {});
    for (const column of columns.filter((name) => !["userId", "idCardCipher"].includes(name))) {
      expect(data?.profile, column).toHaveProperty(column);
    }
  });
});

describe("password change", () => {
  it("needs the current password and ends every session", async () => {
    const resident = await makeResident();
    const a = await createSession(resident.id);
    const b = await createSession(resident.id);
    expect(await validateSession({ sub: String(resident.id), sid: a.id, sv: 0 })).not.toBeNull();

    expect(await changePassword(resident, "not my password", "another long passphrase")).toMatchObject({ ok: false });
    expect(await validateSession({ sub: String(resident.id), sid: b.id, sv: 0 })).not.toBeNull();

    const result = await changePassword(resident, PASSWORD, "another long passphrase");
    expect(result).toEqual({ ok: true, value: { sessionVersion: 1 } });
    expect(await validateSession({ sub: String(resident.id), sid: a.id, sv: 0 })).toBeNull();
    expect(await validateSession({ sub: String(resident.id), sid: b.id, sv: 0 })).toBeNull();
    expect((await authenticate(resident.email, PASSWORD)).ok).toBe(false);
    expect((await authenticate(resident.email, "another long passphrase")).ok).toBe(true);
  });
});

describe("account deletion", () => {
  it("needs the password, erases everything at once and frees the e-mail", async () => {
    const resident = await makeResident({ email: "leaving@example.com" });
    await updateProfile(resident, profile());
    await authenticate("leaving@example.com", PASSWORD);
    const session = await createSession(resident.id);
    const other = await makeResident();

    expect(await deleteAccount(resident, "wrong password!!")).toMatchObject({ ok: false });
    expect(await db.user.count({ where: { id: resident.id } })).toBe(1);

    expect(await deleteAccount(resident, PASSWORD)).toEqual({ ok: true, value: undefined });
    expect(await db.user.count({ where: { id: resident.id } })).toBe(0);
    expect(await db.profile.count({ where: { userId: resident.id } })).toBe(0);
    expect(await db.consent.count({ where: { userId: resident.id } })).toBe(0);
    expect(await db.userSession.count({ where: { userId: resident.id } })).toBe(0);
    expect(await db.loginAttempt.count({ where: { email: "leaving@example.com" } })).toBe(0);
    expect(await validateSession({ sub: String(resident.id), sid: session.id, sv: 0 })).toBeNull();
    expect(await authenticate("leaving@example.com", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    // Others are untouched.
    expect(await getMyAccount(other)).not.toBeNull();

    const again = await makeResident({ email: "Leaving@example.com" });
    expect(again.id).not.toBe(resident.id);
    expect((await getMyAccount(again))?.profile.idCardMasked).toBeNull();
  });
});

describe("isolation", () => {
  it("a resident's functions touch only their own rows", async () => {
    const first = await makeResident();
    const second = await makeResident();
    await updateProfile(first, profile());
    await updateProfile(second, profile({ name: "第二位", idCard: "11010519491231002X", birthDate: "1949-12-31" }));

    expect((await getMyAccount(second))?.profile.name).toBe("第二位");
    expect((await exportAccount(second))?.profile.idCard).toBe("11010519491231002X");
    expect(JSON.stringify(await exportAccount(second))).not.toContain(ID);
    // The second resident's password does not open the first one's data, and deletion
    // with it removes only the second account.
    expect(await revealIdCard(second, PASSWORD)).toEqual({ ok: true, value: "11010519491231002X" });
    await deleteAccount(second, PASSWORD);
    expect((await getMyAccount(first))?.profile).toMatchObject({ name: "王五", idCardMasked: "652301********1230" });
  });

  it("a ciphertext copied into another profile does not decrypt", async () => {
    const first = await makeResident();
    const second = await makeResident();
    await updateProfile(first, profile());
    const row = await db.profile.findUnique({ where: { userId: first.id }, select: { idCardCipher: true } });
    await db.profile.update({ where: { userId: second.id }, data: { idCardCipher: row!.idCardCipher }, select: { userId: true } });
    await expect(getMyAccount(second)).rejects.toThrow();
  });
});
