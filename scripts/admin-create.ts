// npm run admin:create -- --email E --role R
// Creates a staff account (admin | editor | handler | moderator | disclosure) on the database of
// DATABASE_URL (SQLite or PostgreSQL; migrations are applied first). Prompts for nothing:
// prints a random initial password once, which must be changed at the first login; a
// non-demo database then also asks the new staff member to set up two-factor sign-in.
import { parseArgs } from "node:util";
import { env, secrets } from "@/lib/env";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" } }, strict: true });
  if (!values.email || !values.role) {
    console.error("usage: npm run admin:create -- --email someone@example.gov.cn --role admin|editor|handler|moderator|disclosure");
    return 2;
  }
  const config = env();
  secrets();
  const { migrate } = await import("@/lib/db/migrate");
  await migrate(config.DATABASE_URL);
  const { db } = await import("@/lib/db/client");
  const { createStaffAccount } = await import("@/lib/accounts/staff-accounts");
  try {
    const result = await createStaffAccount({ email: values.email, role: values.role });
    if (!result.ok) {
      console.error(`admin:create: ${result.error}`);
      return 1;
    }
    console.log(`Created staff account #${result.id} ${values.email.trim().toLowerCase()} (${values.role}).`);
    console.log(`Initial password (shown once; must be changed at first login): ${result.password}`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
