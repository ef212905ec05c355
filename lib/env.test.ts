import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills in the embedded defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/portal.db");
    expect(env.PORT).toBe(3000);
    expect(env.SITE_NAME).toBe("昌吉回族自治州人民政府");
  });

  it("accepts a PostgreSQL URL and a port", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u@127.0.0.1:5432/portal", PORT: "8080" });
    expect(env.DATABASE_URL).toBe("postgresql://u@127.0.0.1:5432/portal");
    expect(env.PORT).toBe(8080);
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ PORT: "http" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ SITE_NAME: "" }, "SITE_NAME"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
  ])("names the bad variable in %o", (source, name) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(new RegExp(`\\b${name}\\b`));
  });
});
