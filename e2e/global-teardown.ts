import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { findPersonalData } from "@/scripts/lib/log-scan.mjs";
import { DEMO } from "./session";

// After the e2e run: the server's log (written by scripts/e2e-server.mjs) must hold no personal
// data: no e-mail or IP address, no ID number or 查询码, none of the demo passwords
// (docs/decisions/0027). The 查询码 and ID numbers the specs type are caught by the patterns.
const KNOWN = [...Object.values(DEMO).map((account) => account.password), "ABCDEFGHJKMN", "AAAAAAAAAAAA"];

export default function checkServerLog(): void {
  const file = path.resolve(process.env.E2E_DATA_DIR || ".test-db", "e2e-server.log");
  if (!existsSync(file)) return; // a server started outside this run (reuseExistingServer)
  const findings = findPersonalData(readFileSync(file, "utf8"), KNOWN);
  if (findings.length > 0) {
    const lines = findings.slice(0, 20).map((finding) => `  line ${finding.line}: ${finding.kinds.join(", ")}`);
    throw new Error(`The e2e server's log (${file}) holds personal data:\n${lines.join("\n")}`);
  }
  console.log(`Server log checked for personal data: none (${file})`);
}
