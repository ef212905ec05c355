// Run by `npm start` before the server: checks the environment, applies migrations and, on
// an empty database, loads the demo content. Exits non-zero with a clear message on failure.
import path from "node:path";
import { EnvError, env } from "@/lib/env";

async function main() {
  const config = env();
  const { migrate } = await import("@/lib/db/migrate");
  const applied = await migrate(config.DATABASE_URL);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);

  const { db } = await import("@/lib/db/client");
  const { isSeeded, seedDemoContent } = await import("@/prisma/seed");
  try {
    if (!(await isSeeded(db))) {
      const { articles } = await seedDemoContent(db, path.resolve(config.UPLOAD_DIR));
      console.log(`Loaded the demo content (${articles} articles).`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
