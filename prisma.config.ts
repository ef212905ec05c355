import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The Prisma CLI is used only for `generate` and `migrate diff` (lib/db/migrate.ts applies
// migrations; see docs/decisions/0002). The JS engine keeps the CLI from downloading engine
// binaries. PRISMA_TARGET=postgres selects the derived PostgreSQL schema, and DATABASE_URL
// must then be a PostgreSQL URL (`migrate diff` connects, though it reads nothing);
// scripts/prisma-cli.mjs sets both.
const postgres = process.env.PRISMA_TARGET === "postgres";

export default defineConfig({
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () =>
    postgres
      ? new PrismaPg({ connectionString: process.env.DATABASE_URL })
      : new PrismaBetterSQLite3({ url: ":memory:" }),
});
