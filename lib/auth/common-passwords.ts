import { readFileSync } from "node:fs";
import path from "node:path";

// The shipped list of common and breached passwords (lib/auth/common-passwords.txt; its
// header says where it comes from). Read once, on first use.

let list: Set<string> | undefined;

function load(): Set<string> {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "auth", "common-passwords.txt");
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  return new Set(lines.map((line) => line.trim().toLowerCase()).filter((line) => line && !line.startsWith("#")));
}

export function isCommonPassword(password: string): boolean {
  list ??= load();
  return list.has(password.trim().toLowerCase());
}
