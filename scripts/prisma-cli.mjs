// Runs the Prisma CLI for one provider ("sqlite" | "postgres") without touching the app's database.
import { execFileSync } from "node:child_process";

// `generate` connects to nothing; PostgreSQL's `migrate diff` opens a connection that it
// does not use, so it needs a reachable server (the local one on these machines).
const urls = {
  sqlite: "file:./unused.db",
  postgres: process.env.PRISMA_CLI_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
};

export function prisma(target, args, options = {}) {
  return execFileSync("npx", ["--no-install", "prisma", ...args], {
    encoding: "utf8",
    stdio: ["ignore", options.capture ? "pipe" : "ignore", "inherit"],
    env: { ...process.env, PRISMA_TARGET: target, DATABASE_URL: urls[target] },
  });
}
