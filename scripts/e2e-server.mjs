// The server for the end-to-end tests (playwright.config.ts starts it as its webServer):
// a fresh SQLite database with the demo content in .test-db/, a build when the sources
// changed, then the production server (scripts/server.mjs) on [::]:3100 (IPv4 and IPv6).
//
// When DATABASE_URL is already a postgresql:// URL (CI against PostgreSQL), it is used as
// given: nothing is deleted, migrations are applied and an empty database gets the demo
// content. UPLOAD_DIR, when set, is passed through too.
//
// The server's output is also written to <E2E_DATA_DIR>/e2e-server.log, which
// e2e/global-teardown.ts searches for personal data after the run.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { bin, buildIfNeeded, run } from "./lib/build.mjs";

// E2E_PORT moves the server off 3100 (e.g. when another checkout runs its e2e tests).
const PORT = process.env.E2E_PORT || "3100";
// E2E_DATA_DIR moves the files elsewhere.
const TEST_DIR = process.env.E2E_DATA_DIR || ".test-db";

const env = { ...process.env, PORT };
const postgres = /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? "");

if (postgres) {
  env.UPLOAD_DIR ||= path.join(TEST_DIR, "e2e-uploads");
} else {
  const dbFile = path.join(TEST_DIR, "e2e.db");
  const uploads = path.join(TEST_DIR, "e2e-uploads");
  for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`, uploads]) {
    rmSync(file, { recursive: true, force: true });
  }
  mkdirSync(TEST_DIR, { recursive: true });
  env.DATABASE_URL = `file:${path.resolve(dbFile)}`;
  env.UPLOAD_DIR = path.resolve(uploads);
}

// Accounts: the session secret and ID-card key (lib/env.ts), fixed values for this test
// server only; NEXTAUTH_URL so that e-mailed links (confirmation, password reset) name this port.
env.NEXTAUTH_URL ||= `http://localhost:${PORT}`;
env.NEXTAUTH_SECRET ||= "e2e-only-session-secret-not-for-production-0123";
env.ID_CARD_KEY ||= Buffer.alloc(32, 1).toString("base64");
// Traffic statistics: write recorded page views within a moment (e2e/stats.spec.ts).
env.STATS_FLUSH_MS ||= "300";

console.log(`e2e server: database ${postgres ? "(PostgreSQL from DATABASE_URL)" : env.DATABASE_URL}, uploads ${env.UPLOAD_DIR}`);
run(bin("tsx"), ["scripts/prestart.ts"], env);
buildIfNeeded(env);
// Pages rendered on request are cached in .next/server/route-cache, shared with any other
// server run from this build (npm start on data/portal.db): start from an empty cache so
// every page shows this run's database.
rmSync(path.join(".next", "server", "route-cache"), { recursive: true, force: true });

mkdirSync(TEST_DIR, { recursive: true });
const log = createWriteStream(path.join(TEST_DIR, "e2e-server.log"));
const server = spawn(process.execPath, ["scripts/server.mjs"], { stdio: ["inherit", "pipe", "pipe"], env: { ...env, NODE_ENV: "production" } });
for (const [from, to] of [[server.stdout, process.stdout], [server.stderr, process.stderr]]) {
  from.on("data", (chunk) => {
    to.write(chunk);
    log.write(chunk);
  });
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => server.kill(signal));
// The log is ended before exiting so its last lines reach the file the teardown scans.
server.on("exit", (code, signal) => log.end(() => process.exit(code ?? (signal ? 1 : 0))));
