// Writes a new migration for both providers from the change in prisma/schema.prisma since the
// last migration: `npm run db:migration -- add_accounts`. Each SQLite migration folder keeps
// the schema it produced (schema.prisma), which is the starting point of the next diff.
// No database is needed. Review both migration.sql files before committing them.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { prisma } from "./prisma-cli.mjs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name in snake_case>");
  process.exit(1);
}

execFileSync("node", ["scripts/db-generate.mjs"], { stdio: "inherit" });

const sqliteDir = "prisma/migrations";
const postgresDir = "prisma/postgres/migrations";
const previous = existsSync(sqliteDir)
  ? readdirSync(sqliteDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort().at(-1)
  : undefined;

function toPostgres(schemaFile) {
  const tmp = mkdtempSync(path.join(tmpdir(), "schema-"));
  const out = path.join(tmp, "schema.prisma");
  writeFileSync(out, readFileSync(schemaFile, "utf8").replace('provider = "sqlite"', 'provider = "postgresql"'));
  return out;
}

function diff(from, to, target) {
  const args = ["migrate", "diff", "--script", "--to-schema-datamodel", to];
  args.push(...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]));
  return prisma(target, args, { capture: true });
}

const previousSchema = previous ? path.join(sqliteDir, previous, "schema.prisma") : undefined;
const sqliteSql = diff(previousSchema, "prisma/schema.prisma", "sqlite");
const postgresSql = diff(previousSchema && toPostgres(previousSchema), "prisma/postgres/schema.prisma", "postgres");
if (!sqliteSql.trim() || /This is an empty migration/.test(sqliteSql)) {
  console.error("No change in prisma/schema.prisma since the last migration.");
  process.exit(1);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;
for (const [dir, sql] of [[sqliteDir, sqliteSql], [postgresDir, postgresSql]]) {
  mkdirSync(path.join(dir, folder), { recursive: true });
  writeFileSync(path.join(dir, folder, "migration.sql"), sql);
}
copyFileSync("prisma/schema.prisma", path.join(sqliteDir, folder, "schema.prisma"));
console.log(`Wrote ${sqliteDir}/${folder} and ${postgresDir}/${folder}`);
