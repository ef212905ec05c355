import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit and integration tests sit next to the code they test (*.test.ts). Integration tests
// get a real database: a fresh SQLite file per test file, copied from a migrated base file,
// or a fresh PostgreSQL database from a migrated template when TEST_DATABASE_URL is a
// postgresql:// URL (CI runs both). See test/database.ts.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
