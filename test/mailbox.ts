import { createHash, randomUUID } from "node:crypto";
import { db, type Db } from "@/lib/db/client";
import type { LetterStatus, LetterType } from "@/lib/mailbox/states";

// Letters for the mailbox tests, inserted directly (the resident's submission code is
// another module). Also used by e2e/mailbox-staff.spec.ts against the e2e server's database.

let counter = 0;

/** A department placed last, as /admin/departments adds one (the demo departments stay first). */
export async function makeDepartment(name = `测试部门${++counter}`, client: Db = db) {
  const last = await client.department.aggregate({ _max: { sortOrder: true } });
  return client.department.create({ data: { name, sortOrder: (last._max.sortOrder ?? 0) + 1 }, select: { id: true, name: true } });
}

export async function addMember(userId: number, departmentId: number, client: Db = db) {
  await client.departmentMember.create({ data: { userId, departmentId }, select: { userId: true } });
}

export interface LetterFixture {
  type?: LetterType;
  title?: string;
  content?: string;
  agreePublic?: boolean;
  status?: LetterStatus;
  departmentId?: number | null;
  writerId?: number | null;
  contactEmail?: string;
  acceptedAt?: Date | null;
  dueAt?: Date | null;
  reply?: string | null;
  repliedAt?: Date | null;
  createdAt?: Date;
}

export async function makeLetter(fixture: LetterFixture = {}, client: Db = db) {
  counter += 1;
  const key = randomUUID();
  return client.letter.create({
    data: {
      number: `T${Date.now().toString(36)}-${key.slice(0, 8)}`,
      trackingCodeHash: createHash("sha256").update(key).digest("hex"),
      submissionKey: key,
      writerId: fixture.writerId ?? null,
      type: fixture.type ?? "consult",
      title: fixture.title ?? `关于测试事项的咨询${counter}`,
      content: fixture.content ?? "请问这个事项应当如何办理？我的电话是13812345678。",
      agreePublic: fixture.agreePublic ?? true,
      contactName: "张三",
      contactPhone: "13812345678",
      contactEmail: fixture.contactEmail ?? "writer@example.com",
      status: fixture.status ?? "submitted",
      departmentId: fixture.departmentId ?? null,
      acceptedAt: fixture.acceptedAt ?? null,
      dueAt: fixture.dueAt ?? null,
      reply: fixture.reply ?? null,
      repliedAt: fixture.repliedAt ?? null,
      ...(fixture.createdAt ? { createdAt: fixture.createdAt } : {}),
    },
    select: { id: true, number: true, title: true },
  });
}
