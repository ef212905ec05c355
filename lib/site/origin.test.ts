import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/auth/current";
import { parseEnv } from "@/lib/env";
import { siteOrigin, siteUrl } from "./origin";

describe("SITE_URL", () => {
  it("defaults to this machine at PORT and is reduced to its origin", () => {
    expect(parseEnv({}).SITE_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "8080" }).SITE_URL).toBe("http://localhost:8080");
    expect(parseEnv({ SITE_URL: "https://www.changji.gov.cn/" }).SITE_URL).toBe("https://www.changji.gov.cn");
  });

  it.each(["www.changji.gov.cn", "ftp://changji.gov.cn", "https://changji.gov.cn/portal", "https://changji.gov.cn/?x=1", "https://u:p@changji.gov.cn"])(
    "refuses %s, naming the variable",
    (value) => expect(() => parseEnv({ SITE_URL: value })).toThrow(/SITE_URL/),
  );

  it("is where absolute URLs point, whatever the request's Host", () => {
    expect(siteOrigin()).toBe("http://localhost:3000");
    expect(siteUrl("/login?next=/admin").href).toBe("http://localhost:3000/login?next=/admin");
  });
});

describe("the same-origin check of server actions", () => {
  it("accepts the configured site and the host the browser connected to", () => {
    expect(isSameOrigin("http://localhost:3000", "localhost:3000")).toBe(true);
    expect(isSameOrigin("http://localhost:3000", "10.0.0.5:3000")).toBe(true);
    expect(isSameOrigin("http://[::1]:3000", "[::1]:3000")).toBe(true);
  });

  it("refuses a missing, malformed or foreign Origin", () => {
    expect(isSameOrigin(null, "localhost:3000")).toBe(false);
    expect(isSameOrigin("null", "localhost:3000")).toBe(false);
    expect(isSameOrigin("https://evil.example", "localhost:3000")).toBe(false);
    expect(isSameOrigin("http://localhost:3001", "localhost:3000")).toBe(false);
  });
});
