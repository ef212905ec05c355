import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, parseSecrets, parseSecretsFile, usesDevSecrets } from "./env";

describe("parseEnv", () => {
  it("fills in the embedded defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/portal.db");
    expect(env.PORT).toBe(3000);
    expect(env.SITE_NAME).toBe("昌吉回族自治州人民政府");
    expect([env.STATS_RECORDING, env.STATS_FLUSH_MS, env.STATS_RAW_RETENTION_DAYS]).toEqual(["on", 5_000, 180]);
  });

  it("takes the backup settings: a 32-byte base64 key, a China time or off", () => {
    const key = Buffer.alloc(32, 9).toString("base64");
    const env = parseEnv({ BACKUP_KEY: key, BACKUP_TIME: "off" });
    expect([env.BACKUP_KEY, env.BACKUP_TIME, env.BACKUP_DIR, env.BACKUP_KEEP_DAILY, env.BACKUP_KEEP_WEEKLY]).toEqual([key, "off", "./data/backups", 7, 4]);
    expect(parseEnv({ BACKUP_KEY: "" }).BACKUP_KEY).toBeUndefined();
    expect(parseEnv({}).BACKUP_TIME).toBe("02:30");
  });

  it("takes an SMTP URL, and an empty one as unset", () => {
    expect(parseEnv({ SMTP_URL: "smtps://u:p@smtp.example.gov.cn:465" }).SMTP_URL).toBe("smtps://u:p@smtp.example.gov.cn:465");
    expect(parseEnv({ SMTP_URL: "" }).SMTP_URL).toBeUndefined();
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
  });

  it("takes a metrics token of 32 characters or more, and an empty one as unset; LOG_LEVEL defaults to info", () => {
    expect(parseEnv({ METRICS_TOKEN: "t".repeat(32) }).METRICS_TOKEN).toBe("t".repeat(32));
    expect(parseEnv({ METRICS_TOKEN: "" }).METRICS_TOKEN).toBeUndefined();
    expect(parseEnv({}).LOG_LEVEL).toBe("info");
    expect(parseEnv({ LOG_LEVEL: "warn" }).LOG_LEVEL).toBe("warn");
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
    [{ SITE_CODE: "65230" }, "SITE_CODE"],
    [{ SITE_ICP: "ICP 12345" }, "SITE_ICP"],
    [{ SITE_POLICE_RECORD: "新公网安备123号" }, "SITE_POLICE_RECORD"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
    [{ SMTP_URL: "mail.example.gov.cn" }, "SMTP_URL"],
    [{ SMTP_URL: "http://mail.example.gov.cn" }, "SMTP_URL"],
    [{ STATS_RECORDING: "yes" }, "STATS_RECORDING"],
    [{ STATS_FLUSH_MS: "10" }, "STATS_FLUSH_MS"],
    [{ STATS_RAW_RETENTION_DAYS: "0" }, "STATS_RAW_RETENTION_DAYS"],
    [{ STATS_RAW_RETENTION_DAYS: "many" }, "STATS_RAW_RETENTION_DAYS"],
    [{ BACKUP_KEY: "too-short" }, "BACKUP_KEY"],
    [{ BACKUP_KEY: Buffer.alloc(16, 1).toString("base64") }, "BACKUP_KEY"],
    [{ BACKUP_TIME: "25:00" }, "BACKUP_TIME"],
    [{ BACKUP_KEEP_DAILY: "0" }, "BACKUP_KEEP_DAILY"],
    [{ METRICS_TOKEN: "too-short" }, "METRICS_TOKEN"],
    [{ LOG_LEVEL: "verbose" }, "LOG_LEVEL"],
  ])("names the bad variable in %o", (source, name) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(new RegExp(`\\b${name}\\b`));
  });
});

describe("parseSecrets", () => {
  const key = Buffer.alloc(32, 3).toString("base64");
  const secret = "s".repeat(32);

  it("accepts a 32-byte base64 key and a long secret, from the environment or the dev file", () => {
    expect(parseSecrets({ NEXTAUTH_SECRET: secret, ID_CARD_KEY: key })).toEqual({ NEXTAUTH_SECRET: secret, ID_CARD_KEY: key });
    expect(parseSecrets({}, { NEXTAUTH_SECRET: secret, ID_CARD_KEY: key }).ID_CARD_KEY).toBe(key);
    expect(parseSecrets({ ID_CARD_KEY: key }, { NEXTAUTH_SECRET: secret, ID_CARD_KEY: "ignored" }).ID_CARD_KEY).toBe(key);
  });

  it.each([
    [{ ID_CARD_KEY: key }, "NEXTAUTH_SECRET"],
    [{ NEXTAUTH_SECRET: secret }, "ID_CARD_KEY"],
    [{ NEXTAUTH_SECRET: "short", ID_CARD_KEY: key }, "NEXTAUTH_SECRET"],
    [{ NEXTAUTH_SECRET: secret, ID_CARD_KEY: Buffer.alloc(16).toString("base64") }, "ID_CARD_KEY"],
    [{ NEXTAUTH_SECRET: secret, ID_CARD_KEY: "not base64!" }, "ID_CARD_KEY"],
  ])("names the missing or bad variable in %o", (source, name) => {
    expect(() => parseSecrets(source)).toThrow(EnvError);
    expect(() => parseSecrets(source)).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it("reads the dev file only for the embedded default database", () => {
    expect(usesDevSecrets({})).toBe(true);
    expect(usesDevSecrets({ DATABASE_URL: "file:./data/portal.db" })).toBe(true);
    expect(usesDevSecrets({ DATABASE_URL: "postgresql://u@h/portal" })).toBe(false);
    expect(parseSecretsFile("# comment\nNEXTAUTH_SECRET=abc\n\nID_CARD_KEY = k=\n")).toEqual({ NEXTAUTH_SECRET: "abc", ID_CARD_KEY: "k=" });
  });
});
