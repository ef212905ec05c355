import { describe, expect, it, vi } from "vitest";
import { createLogger, logger, loggedPath } from "./logger.mjs";

function capture() {
  const lines: string[] = [];
  const log = createLogger({ level: "info", destination: { write: (line: string) => void lines.push(line) } });
  return { log, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("the logger", () => {
  it("writes JSON lines with time, level and message", () => {
    const { log, parsed } = capture();
    log.info({ route: "/article/[id]", status: 200 }, "request");
    expect(parsed()[0]).toMatchObject({ level: 30, msg: "request", route: "/article/[id]", status: 200 });
    expect(typeof parsed()[0]!.time).toBe("number");
  });

  it("never writes a password, ID number, 查询码, IP or e-mail address under their keys, nested too", () => {
    const { log, lines } = capture();
    const secrets = {
      password: "Admin#2026demo",
      email: "resident@demo.gov.cn",
      ip: "203.0.113.9",
      code: "ABCDEFGHJKMN",
      form: { idNumber: "110105194912310021", newPassword: "Other#2026", trackingCode: "K2K2K2K2K2K2" },
      user: { profile: { email: "deep@demo.gov.cn", remoteAddress: "2001:db8::7" } },
      authorization: "Bearer 0123456789abcdef0123456789abcdef",
    };
    log.warn(secrets, "something happened");
    const text = lines.join("");
    for (const value of ["Admin#2026demo", "resident@demo.gov.cn", "203.0.113.9", "ABCDEFGHJKMN", "110105194912310021", "Other#2026", "K2K2K2K2K2K2", "deep@demo.gov.cn", "2001:db8::7", "0123456789abcdef"]) {
      expect(text).not.toContain(value);
    }
    expect(JSON.parse(lines[0]!)).toMatchObject({ password: "[redacted]", form: { idNumber: "[redacted]" }, user: { profile: { email: "[redacted]" } } });
  });

  it("logs errors with their message and stack", () => {
    const { log, parsed } = capture();
    log.error({ err: new Error("database is locked") }, "job failed");
    expect(parsed()[0]).toMatchObject({ level: 50, err: { type: "Error", message: "database is locked" } });
  });

  it("reports errors through console.error under Vitest, so an unexpected one fails the test", () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    logger.info("not reported");
    logger.error({ job: "test" }, "reported");
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(String(consoleError.mock.calls[0]![0])).toContain('"msg":"reported"');
  });
});

describe("loggedPath", () => {
  it.each([
    ["/mailbox/track?number=X1&code=ABCDEFGHJKMN", "/mailbox/track"],
    ["/search?q=resident@demo.gov.cn", "/search"],
    ["/article/12#top", "/article/12"],
    ["/", "/"],
    ["", "/"],
    ["/a/resident@demo.gov.cn/b", "/a/[redacted]/b"],
    ["/x/110105194912310021", "/x/[redacted]"],
    ["/from/203.0.113.9", "/from/[redacted]"],
    ["/from/2001:db8::7/x", "/from/[redacted]/x"],
    ["/_next/static/chunks/app.1a2b.js", "/_next/static/chunks/app.1a2b.js"],
  ])("%s -> %s", (url, expected) => {
    expect(loggedPath(url)).toBe(expected);
  });

  it("cuts a long path", () => {
    expect(loggedPath(`/${"a".repeat(5000)}`).length).toBeLessThanOrEqual(201);
  });
});
