// `npm start`: build if the sources changed since the last build, apply migrations, load the
// demo content into an empty database, then serve on IPv4 and IPv6 (::) at $PORT (3000).
// `npm run dev` does the same with the development server.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const dev = process.argv.includes("--dev");
const bin = (name) => path.join("node_modules", ".bin", name);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestSourceTime(entries) {
  let newest = 0;
  for (const entry of entries) {
    if (!existsSync(entry)) continue;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      const children = readdirSync(entry).filter((name) => name !== "generated").map((name) => path.join(entry, name));
      newest = Math.max(newest, newestSourceTime(children));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}

function needsBuild() {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const sources = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.mjs", "package-lock.json", "prisma/schema.prisma"];
  return newestSourceTime(sources) > statSync(buildId).mtimeMs;
}

run(bin("tsx"), ["scripts/prestart.ts"]);

if (!dev && needsBuild()) {
  console.log("Building the site (sources changed since the last build) ...");
  run(bin("next"), ["build"]);
}

const port = process.env.PORT ?? "3000";
const server = spawn(bin("next"), [dev ? "dev" : "start", "-H", "::", "-p", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
