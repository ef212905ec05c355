import { randomBytes } from "node:crypto";
import { z } from "zod";
import { Prisma, db } from "@/lib/db/client";
import { record } from "@/lib/audit/audit";
import { hashPassword } from "@/lib/auth/password";
import { PASSWORD_MIN } from "@/lib/auth/password-rules";
import { STAFF_ROLES, type Actor, type StaffRole } from "@/lib/auth/permissions";

// Staff accounts, created by npm run admin:create (the way to bootstrap a production
// database) or by an admin in the console. The initial password is random and must be
// changed at first login.

export const staffAccountSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("电子邮箱格式不正确").max(254, "电子邮箱不能超过 254 个字符")),
  role: z.enum(STAFF_ROLES, `角色必须是 ${STAFF_ROLES.join(", ")} 之一`),
});

/** 24 characters from 18 random bytes (144 bits), base64url. */
export function generateInitialPassword(): string {
  const password = randomBytes(18).toString("base64url");
  if (password.length < PASSWORD_MIN) throw new Error("unreachable");
  return password;
}

export type CreateStaffResult = { ok: true; id: number; password: string } | { ok: false; error: string };

/**
 * `by`: the admin creating the account in the console (lib/accounts/management.ts checks
 * the permission); without it the caller is npm run admin:create.
 */
export async function createStaffAccount(
  input: { email: string; role: string },
  now = new Date(),
  by: { actor: Actor; ip: string | null } | null = null,
): Promise<CreateStaffResult> {
  const parsed = staffAccountSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((issue) => issue.message).join("; ") };
  const { email, role } = parsed.data as { email: string; role: StaffRole };
  const password = generateInitialPassword();
  try {
    const user = await db.user.create({
      data: { email, role, passwordHash: await hashPassword(password), passwordChangedAt: now, mustChangePassword: true },
      select: { id: true },
    });
    await record({ actor: by?.actor ?? null, action: "user.create", outcome: "success", targetType: "user", targetId: user.id, ip: by?.ip, detail: `${by ? "console" : "admin:create"} role=${role}`, at: now });
    return { ok: true, id: user.id, password };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, error: `${email} 已有账户` };
    throw error;
  }
}
