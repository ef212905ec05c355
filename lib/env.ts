import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { defaultSiteUrl, siteUrlProblem } from "./site/site-url.mjs";

// Every setting the server reads, validated once at start-up (scripts/prestart.ts and
// instrumentation.ts). A bad value stops the server with a message naming the variable.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql:// (PostgreSQL)")
    .default("file:./data/portal.db"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_NAME: z.string().trim().min(2).max(40).default("昌吉回族自治州人民政府"),
  UPLOAD_DIR: z.string().min(1).default("./data/uploads"),
  /** Uploads no row names are deleted at start-up once this old (lib/files/sweep.ts) */
  UPLOAD_ORPHAN_MINUTES: z.coerce.number().int().min(0).max(10_080).default(10),
  // The footer's marks (lib/site/config.ts): 网站标识码, ICP备案号, 公安机关备案号.
  SITE_CODE: z.string().trim().regex(/^[0-9A-Z]{10}$/, "must be the 10-character 网站标识码, e.g. 6523000001").default("6523000001"),
  SITE_ICP: z.string().trim().regex(/^\p{Script=Han}{1,3}ICP备\d{6,12}号(-\d{1,3})?$/u, "must be an ICP备案号, e.g. 新ICP备05001234号-1").default("新ICP备05001234号-1"),
  SITE_POLICE_RECORD: z.string().trim().regex(/^\p{Script=Han}{1,3}公网安备\s?\d{14}号$/u, "must be a 公安机关备案号, e.g. 新公网安备65230102000123号").default("新公网安备65230102000123号"),
  /** smtp(s)://user:password@host:port; unset: mails stay in the outbox (/admin/outbox) */
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\/[^\s]+$/, "must be an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.gov.cn:465")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** The sender of the portal's e-mails */
  MAIL_FROM: z.string().trim().min(3).default("州长信箱 <noreply@changji.gov.cn>"),
  /** Letters a resident may send per China-time day. Raise it only for `npm run bench:mailbox`. */
  MAILBOX_DAILY_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(5),
  // Traffic statistics (docs/decisions/0010): recording by scripts/server.mjs, how often the
  // queued page views are written, and how long raw page views are kept before deletion.
  STATS_RECORDING: z.enum(["on", "off"], { message: "must be on or off" }).default("on"),
  STATS_FLUSH_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  STATS_RAW_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  // Backups (lib/backup, docs/decisions/0023): where they go, the nightly run (HH:MM China
  // time, "off" for none), how many nightly backups are kept, and the encryption key.
  BACKUP_DIR: z.string().min(1).default("./data/backups"),
  BACKUP_TIME: z
    .string()
    .trim()
    .regex(/^(off|([01]\d|2[0-3]):[0-5]\d)$/, "must be a China-time HH:MM such as 02:30, or off")
    .default("02:30"),
  BACKUP_KEEP_DAILY: z.coerce.number().int().min(1).max(366).default(7),
  BACKUP_KEEP_WEEKLY: z.coerce.number().int().min(0).max(520).default(4),
  /** AES-256-GCM key for backups: 32 random bytes, base64 (openssl rand -base64 32); unset: not encrypted */
  BACKUP_KEY: z
    .string()
    .trim()
    .refine((value) => value === "" || isBase64Key(value), { message: "must be 32 random bytes, base64-encoded (openssl rand -base64 32)" })
    .optional()
    .transform((value) => value || undefined),
  /** When the daily staff to-do digest is sent (lib/notices/schedule.ts), HH:MM China time */
  STAFF_DIGEST_TIME: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a China time HH:MM, e.g. 08:00")
    .default("08:00"),
  /** Bearer token that opens /metrics to a client other than this host (docs/decisions/0027); unset: local clients only */
  METRICS_TOKEN: z
    .string()
    .trim()
    .min(32, "must be at least 32 characters (openssl rand -hex 32)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** How much the server logs (JSON lines on stdout, lib/log/logger.mjs) */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { message: "must be fatal, error, warn, info, debug, trace or silent" }).default("info"),
  /** The public origin every absolute URL is built from (lib/site/origin.ts); default http://localhost:PORT */
  SITE_URL: z
    .string()
    .trim()
    .optional()
    .superRefine((value, context) => {
      const problem = value ? siteUrlProblem(value) : null;
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
}).transform((settings) => ({ ...settings, SITE_URL: new URL(settings.SITE_URL || defaultSiteUrl(settings.PORT)).origin }));

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

// ---- Secrets (docs/decisions/0004) ----
// Checked at server start (scripts/prestart.ts, lib/server-start.ts) and read lazily by
// lib/auth, so that `next build` needs none. For the embedded default database a
// development pair is generated once by prestart into DEV_SECRETS_FILE (git-ignored under
// data/); any other setup (PostgreSQL, production) must set both variables.

export const DEFAULT_DATABASE_URL = "file:./data/portal.db";
export const DEV_SECRETS_FILE = "data/secrets.env";

function isBase64Key(value: string): boolean {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, "base64").length === 32;
}

const base64Key = z
  .string({ message: "is required (openssl rand -base64 32)" })
  .trim()
  .refine(isBase64Key, { message: "must be 32 random bytes, base64-encoded (openssl rand -base64 32)" });

const secretsSchema = z.object({
  /** Signs and encrypts the session cookie (next-auth). */
  NEXTAUTH_SECRET: z.string({ message: "is required (openssl rand -base64 32)" }).min(32, "must be at least 32 characters"),
  /** AES-256-GCM key for 身份证号码 at rest. Changing it makes stored numbers unreadable. */
  ID_CARD_KEY: base64Key,
});

export type Secrets = z.infer<typeof secretsSchema>;

/** Reads KEY=value lines (no quoting, # comments). */
export function parseSecretsFile(text: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && !line.trimStart().startsWith("#")) entries[match[1]!] = match[2]!;
  }
  return entries;
}

/** Whether the development secrets file may be used: the embedded default database only. */
export function usesDevSecrets(source: Record<string, string | undefined>): boolean {
  return (source.DATABASE_URL ?? DEFAULT_DATABASE_URL) === DEFAULT_DATABASE_URL;
}

export function parseSecrets(source: Record<string, string | undefined>, file?: Record<string, string>): Secrets {
  const merged = { ...(file ?? {}), ...definedOnly(source) };
  const result = secretsSchema.safeParse({ NEXTAUTH_SECRET: merged.NEXTAUTH_SECRET, ID_CARD_KEY: merged.ID_CARD_KEY });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return result.data;
}

function definedOnly(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""));
}

function devSecretsFile(): Record<string, string> | undefined {
  if (!usesDevSecrets(process.env)) return undefined;
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), DEV_SECRETS_FILE);
  return existsSync(file) ? parseSecretsFile(readFileSync(file, "utf8")) : undefined;
}

let cachedSecrets: Secrets | undefined;

export function secrets(): Secrets {
  cachedSecrets ??= parseSecrets(process.env, devSecretsFile());
  return cachedSecrets;
}
