// Shared by scripts/start.mjs and scripts/e2e-server.mjs: run a command or stop, and build
// the site only when .next/BUILD_ID is missing or a source is newer than it.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const bin = (name) => path.join("node_modules", ".bin", name);

/** Runs a command with inherited output; exits this process with its status on failure. */
export function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "package-lock.json",
  "prisma/schema.prisma",
];

function newestSourceTime(entries) {
  let newest = 0;
  for (const entry of entries) {
    if (!existsSync(entry)) continue;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      const children = readdirSync(entry)
        .filter((name) => name !== "generated")
        .map((name) => path.join(entry, name));
      newest = Math.max(newest, newestSourceTime(children));
    } else if (!/\.test\.[cm]?[jt]sx?$/.test(entry)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}

export function needsBuild() {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  return newestSourceTime(SOURCES) > statSync(buildId).mtimeMs;
}

/** `next build` when the sources changed since the last build (or there is none). */
export function buildIfNeeded(env = process.env) {
  if (!needsBuild()) {
    console.log("Build up to date");
    return;
  }
  console.log("Building the site (sources changed since the last build) ...");
  run(bin("next"), ["build"], env);
  console.log("Built the site");
}
