import { expect, it } from "vitest";
import { changePassword } from "@/lib/accounts/accounts";
import { makeResident, PASSWORD } from "@/test/accounts";
import { makeStaff } from "@/test/staff";
import { authOptions } from "./options";

// next-auth's own endpoints (/api/auth/session, the Credentials callback) use these options.

type Callbacks = Required<ReturnType<typeof authOptions>>["callbacks"];

it("the Credentials provider logs in and the jwt callback ends the session after a password change", async () => {
  const resident = await makeResident({ email: "na@example.com" });
  const options = authOptions();
  const provider = options.providers[0] as unknown as { options: { authorize: (c: Record<string, string>) => Promise<unknown> } };
  await expect(provider.options.authorize({ email: "na@example.com", password: "wrong one" })).rejects.toThrow("账号或密码错误");
  const user = (await provider.options.authorize({ email: "NA@example.com", password: PASSWORD })) as { id: string; sid: string; sv: number };
  expect(user).toMatchObject({ id: String(resident.id), sv: 0 });

  const callbacks = options.callbacks as Callbacks;
  const jwt = callbacks.jwt as (args: { token: Record<string, unknown>; user?: unknown }) => Promise<Record<string, unknown>>;
  const session = callbacks.session as (args: { session: { expires: string }; token: Record<string, unknown> }) => Promise<unknown>;
  const token = await jwt({ token: { sub: user.id }, user });
  expect(await session({ session: { expires: "x" }, token })).toEqual({ expires: "x", user: { id: resident.id, role: "resident" } });

  await changePassword(resident, PASSWORD, "a new long passphrase");
  const ended = await jwt({ token });
  expect(await session({ session: { expires: "x" }, token: ended })).toEqual({ expires: "x" });
});

it("the Credentials provider refuses staff accounts (they need the TOTP step on /login)", async () => {
  const staff = await makeStaff("admin");
  const provider = authOptions().providers[0] as unknown as { options: { authorize: (c: Record<string, string>) => Promise<unknown> } };
  await expect(provider.options.authorize({ email: staff.email, password: staff.password })).rejects.toThrow("工作人员请通过登录页面登录");
});
