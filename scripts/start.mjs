// `npm start`: build if the sources changed since the last build, apply migrations, load the
// demo content into an empty database, then serve on IPv4 and IPv6 (::) at $PORT (3000).
// `npm run dev` does the same with the development server.
import { spawn } from "node:child_process";
import { bin, buildIfNeeded, run } from "./lib/build.mjs";

const dev = process.argv.includes("--dev");

run(bin("tsx"), ["scripts/prestart.ts"]);

if (!dev) buildIfNeeded();

const port = process.env.PORT ?? "3000";
const server = dev
  ? spawn(bin("next"), ["dev", "-H", "::", "-p", port], { stdio: "inherit", env: process.env })
  : spawn(process.execPath, ["scripts/server.mjs"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
