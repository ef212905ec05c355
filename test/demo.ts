import { db } from "@/lib/db/client";
import { seedDemoContent } from "@/prisma/seed";

/** Loads the demo content into this test file's database. */
export async function loadDemoContent() {
  return seedDemoContent(db, process.env.UPLOAD_DIR ?? ".test-db/uploads");
}
