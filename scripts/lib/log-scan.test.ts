import { expect, it } from "vitest";
import { findPersonalData, personalDataIn } from "./log-scan.mjs";

// The check run on the e2e server's log (e2e/global-teardown.ts) must find what it looks for,
// and pass the lines the server writes.

it.each([
  ['{"msg":"sent to resident@demo.gov.cn"}', "e-mail address"],
  ['{"ip":"203.0.113.9"}', "IPv4 address"],
  ["from 127.0.0.1", "IPv4 address"],
  ["client ::1 connected", "IPv6 address"],
  ["http://[::1]:3100", "IPv6 address"],
  ["2001:db8::5", "IPv6 address"],
  ["::ffff:192.0.2.1", "IPv6 address"],
  ["id 11010519491231002X", "ID number"],
  ["code K7M2P9Q4R8S3", "查询码"],
  ["password Admin#2026demo", "known secret"],
])("finds personal data in %s", (line, kind) => {
  expect(personalDataIn(line, ["Admin#2026demo"])).toContain(kind);
});

it("passes the server's own lines", () => {
  const lines = [
    '{"level":30,"time":1796213172330,"pid":26112,"reqId":"3e941e2c-5c32-4b0f-b870-9a58a7c15f72","method":"GET","route":"/article/[id]","path":"/article/1","status":200,"ms":11.9,"cache":"hit","msg":"request"}',
    "Listening on http://localhost:3100, IPv4 and IPv6 (page cache 5000 ms, traffic recording on)",
    "✓ Running next.config.mjs took 128ms",
    "    at async Promise.all (index 0) node:internal/process/task_queues:105:5 12:34:56",
    "NEXT_REDIRECT next@16.4.6 DYNAMIC_SERVER_USAGE",
    '{"reqId":"724c1ea3-ee86-4ab7-8702-748776423293"}',
    "K7M2P9Q4R8S33 KMNPQRSTUVWX 234567892345",
  ];
  expect(findPersonalData(lines.join("\n"))).toEqual([]);
  expect(findPersonalData(`${lines[0]}\nok\nto resident@demo.gov.cn`)).toEqual([{ line: 3, kinds: ["e-mail address"] }]);
});
