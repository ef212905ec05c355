import { rmSync } from "node:fs";
import { afterAll, afterEach, beforeEach, expect, vi, type MockInstance } from "vitest";
import { createTestDatabase } from "./database";

// Each test file gets its own fresh database, set before any module reads DATABASE_URL.
const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;
// Uploads beside the SQLite file, or one folder per PostgreSQL test database.
process.env.UPLOAD_DIR = `${database.url.startsWith("file:") ? database.url.slice(5) : `.test-db/pg-${new URL(database.url).pathname.slice(1)}`}-uploads`;

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  await database.drop();
  rmSync(process.env.UPLOAD_DIR!, { recursive: true, force: true });
});

// An unexpected console error fails the test; a test that expects one mocks console.error.
let consoleError: MockInstance;
beforeEach(() => {
  consoleError = vi.spyOn(console, "error");
});
afterEach(() => {
  const calls = consoleError.getMockImplementation() ? [] : consoleError.mock.calls;
  consoleError.mockRestore();
  expect(calls, "unexpected console.error").toEqual([]);
});

// Secrets for lib/auth (fixed test values, never used elsewhere).
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
process.env.ID_CARD_KEY ??= Buffer.alloc(32, 7).toString("base64");
