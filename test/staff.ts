import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { StaffRole } from "@/lib/auth/permissions";

// Helpers for staff tests.

export const STAFF_PASSWORD = "staff passphrase 2026";
let counter = 0;
let cachedHash: Promise<string> | undefined;

/** A staff account with STAFF_PASSWORD (hashed once per file), password set now. */
export async function makeStaff(role: StaffRole, overrides: { email?: string; passwordChangedAt?: Date } = {}) {
  counter += 1;
  cachedHash ??= hashPassword(STAFF_PASSWORD);
  const email = overrides.email ?? `${role}${counter}@staff.example.gov.cn`;
  const user = await db.user.create({
    data: { email, role, passwordHash: await cachedHash, passwordChangedAt: overrides.passwordChangedAt ?? new Date() },
    select: { id: true, role: true, sessionVersion: true },
  });
  return { ...user, email, password: STAFF_PASSWORD };
}
