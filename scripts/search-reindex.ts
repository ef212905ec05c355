// `npm run search:reindex`: rebuilds the site search's index from the published content
// (lib/search/reindex.ts). Safe while the site serves: the index stays usable throughout.
import { env } from "@/lib/env";

async function main() {
  env();
  const { db } = await import("@/lib/db/client");
  const { rebuildSearchIndex } = await import("@/lib/search/reindex");
  const started = Date.now();
  try {
    const report = await rebuildSearchIndex(db, (done, total) => {
      process.stdout.write(`\rIndexed ${done.toLocaleString("en")} of ${total.toLocaleString("en")} documents`);
    });
    process.stdout.write("\n");
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${report.indexed} documents indexed, ${report.removed} stale removed.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`search:reindex failed: ${(error as Error).message}`);
  process.exit(1);
});
