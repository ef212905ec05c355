import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

// `npm start`'s steps with bad settings: each failure is one clear line on stderr and a
// non-zero exit. Spawns scripts/prestart.ts and scripts/server.mjs; needs no build.

const DIR = path.resolve(".test-db", `start-up-${process.pid}`);
mkdirSync(DIR, { recursive: true });
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const SECRETS = { NEXTAUTH_SECRET: "start-up-test-secret-start-up-test-0123", ID_CARD_KEY: Buffer.alloc(32, 5).toString("base64") };

function run(script: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const command = script.endsWith(".ts") ? path.join("node_modules", ".bin", "tsx") : process.execPath;
  // Not the test's own database, nor Vitest's markers (the logger would report through console.error).
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "DATABASE_URL" && !name.startsWith("VITEST")));
  const child = spawn(command, [script], { env: { ...inherited, ...SECRETS, NODE_ENV: "production", ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

describe("scripts/prestart.ts", () => {
  it("stops when the database cannot be opened (a path through a file)", async () => {
    writeFileSync(path.join(DIR, "a-file"), "");
    const result = await run("scripts/prestart.ts", { DATABASE_URL: `file:${path.join(DIR, "a-file", "portal.db")}` });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Configuration checked");
    expect(result.stdout).not.toContain("Database opened");
    expect(result.stderr).toMatch(/^Start-up failed: Cannot open the database \(SQLite .*a-file\/portal\.db\): /m);
  });

  it("stops when the file is not a database", async () => {
    writeFileSync(path.join(DIR, "garbage.db"), "this is not an SQLite database, just text ".repeat(50));
    const result = await run("scripts/prestart.ts", { DATABASE_URL: `file:${path.join(DIR, "garbage.db")}` });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Start-up failed: Cannot open the database .*not a database/);
  });

  it("stops when a migration fails, naming it, and leaves the database as it was", async () => {
    // The first migration creates a table that is already there.
    const first = readdirSync(path.join("prisma", "migrations")).sort()[0]!;
    const table = /CREATE TABLE "(\w+)"/.exec(readFileSync(path.join("prisma", "migrations", first, "migration.sql"), "utf8"))![1]!;
    const file = path.join(DIR, "clash.db");
    const sqlite = new Database(file);
    sqlite.exec(`CREATE TABLE "${table}" ("x" INTEGER)`);
    sqlite.close();
    const result = await run("scripts/prestart.ts", { DATABASE_URL: `file:${file}` });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Database opened");
    expect(result.stderr).toContain(`Start-up failed: Migration ${first} failed: table "${table}" already exists`);
    const after = new Database(file, { readonly: true });
    expect(after.prepare(`SELECT count(*) AS n FROM "_app_migrations"`).get()).toEqual({ n: 0 });
    after.close();
  });

  it("stops on a bad setting, naming it", async () => {
    const result = await run("scripts/prestart.ts", { DATABASE_URL: `file:${path.join(DIR, "unused.db")}`, METRICS_TOKEN: "short" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("METRICS_TOKEN: must be at least 32 characters");
    expect(result.stdout).not.toContain("Configuration checked");
  });
});

describe("scripts/server.mjs", () => {
  it("stops at once when the port is taken, before loading the site", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "::", resolve));
    try {
      const port = (taken.address() as AddressInfo).port;
      const result = await run("scripts/server.mjs", { PORT: String(port), DATABASE_URL: `file:${path.join(DIR, "unused.db")}` });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(`Start-up failed: port ${port} is already in use (is another server running? stop it or set PORT)`);
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });
});
