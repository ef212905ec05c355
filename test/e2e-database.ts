import path from "node:path";
import { createDb, type Db } from "@/lib/db/client";

// The database of the e2e server (scripts/e2e-server.mjs), for specs that need records the
// UI under test does not create (e.g. letters for the staff side of the mailbox).
export function e2eDatabase(): Db {
  const given = process.env.DATABASE_URL;
  if (given && /^postgres(ql)?:\/\//.test(given)) return createDb(given);
  return createDb(`file:${path.resolve(process.env.E2E_DATA_DIR || ".test-db", "e2e.db")}`);
}
