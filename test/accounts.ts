import { registerAccount } from "@/lib/accounts/registration";
import { db } from "@/lib/db/client";
import { registerSchema } from "@/lib/accounts/validation";

// Helpers for account tests.

export const PASSWORD = "correct horse battery staple";

let counter = 0;

/** Registers a resident through the real registration path, address confirmed; returns the actor. */
export async function makeResident(overrides: Partial<{ name: string; email: string; phone: string; password: string }> = {}) {
  counter += 1;
  const password = overrides.password ?? PASSWORD;
  const input = registerSchema.parse({
    name: overrides.name ?? `居民${counter}`,
    email: overrides.email ?? `resident${counter}@example.com`,
    phone: overrides.phone ?? `1391234${String(counter).padStart(4, "0")}`,
    password,
    confirmPassword: password,
    acceptPrivacy: "on",
  });
  const result = await registerAccount(input);
  if (!result.created) throw new Error(`${input.email} is already registered`);
  await db.user.update({ where: { id: result.userId }, data: { emailConfirmed: true }, select: { id: true } });
  return { id: result.userId, role: "resident", email: input.email, password };
}
