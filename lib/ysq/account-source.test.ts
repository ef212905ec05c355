import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deleteAccount, exportAccount } from "@/lib/accounts/accounts";
import { makeResident, PASSWORD } from "@/test/accounts";
import { submitInfoRequest } from "./submit";
import { infoRequestSchema } from "./validation";

async function apply(userId: number) {
  const input = infoRequestSchema.parse({
    submissionKey: randomBytes(18).toString("base64url"),
    applicantType: "citizen",
    name: "赵六",
    idType: "id_card",
    idCard: "11010519491231002X",
    phone: "13912345678",
    email: "zhao@example.com",
    address: "昌吉市",
    description: "请公开本市 2025 年的财政预算执行情况。",
    delivery: "post",
    declaration: "on",
  });
  const result = await submitInfoRequest({ id: userId, role: "resident" }, input, `198.51.100.${userId % 200}`);
  if (!result.ok) throw new Error("not submitted");
  return result.number;
}

describe("requests in the account export and deletion", () => {
  it("export holds the resident's requests with the ID number, and no tracking hash", async () => {
    const resident = await makeResident();
    const number = await apply(resident.id);
    const data = await exportAccount(resident);
    const requests = data?.submissions.infoRequests as Record<string, unknown>[];
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ number, name: "赵六", idNumber: "11010519491231002X", delivery: "post", events: [{ action: "submit" }] });
    const json = JSON.stringify(requests);
    expect(json).not.toContain("trackingCodeHash");
    expect(json).not.toContain("idNumberCipher");
    expect(json).not.toContain("submissionKey");
  });

  it("deletion keeps the request as the agency's record and drops the link to the account", async () => {
    const resident = await makeResident();
    const number = await apply(resident.id);
    expect(await deleteAccount(resident, PASSWORD)).toMatchObject({ ok: true });
    const request = await db.infoRequest.findUniqueOrThrow({ where: { number }, select: { userId: true, description: true, events: { select: { actorId: true } } } });
    expect(request).toEqual({ userId: null, description: "请公开本市 2025 年的财政预算执行情况。", events: [{ actorId: null }] });
  });
});
